// The invitation page (/invite/[token]). It only reads — GET and HEAD (mail scanners) never change
// anything; Accept and Decline are server actions that re-check the token, session and address.
import type { Metadata } from "next";
import { connection } from "next/server";
import { AlreadyMember, ClosedInvitation, InvalidInvitation } from "@/components/invitations/accept/closed-invitation";
import { InvitationSummary } from "@/components/invitations/accept/invitation-summary";
import { InviteFrame } from "@/components/invitations/accept/invite-frame";
import { RespondPanel, type Visitor } from "@/components/invitations/accept/respond-panel";
import { getSessionUser } from "@/lib/auth/org-context";
import { loadInvitationPage } from "@/lib/invitations/invitation-page-data";

export const metadata: Metadata = {
  title: "Invitation",
  // The token is in this page's URL: keep it out of Referer headers and search indexes.
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};

export default async function InvitationPage({ params }: PageProps<"/invite/[token]">) {
  await connection();
  const [{ token }, user] = await Promise.all([params, getSessionUser()]);
  const { view, membership } = await loadInvitationPage(token, user);
  const signedInAs = user?.email ?? null;

  if (!view) {
    return (
      <InviteFrame signedInAs={signedInAs}>
        <InvalidInvitation />
      </InviteFrame>
    );
  }
  if (view.status !== "pending") {
    return (
      <InviteFrame signedInAs={signedInAs}>
        <ClosedInvitation view={view} viewerUserId={user?.id ?? null} />
      </InviteFrame>
    );
  }

  let visitor: Visitor = { kind: "signed-out" };
  if (user) {
    if (user.email.trim().toLowerCase() !== view.email) {
      visitor = { kind: "wrong-account", email: user.email };
    } else if (membership) {
      return (
        <InviteFrame signedInAs={signedInAs}>
          <AlreadyMember view={view} disabled={membership.status === "inactive"} />
        </InviteFrame>
      );
    } else {
      visitor = { kind: "invitee" };
    }
  }

  return (
    <InviteFrame signedInAs={signedInAs}>
      <InvitationSummary view={view} />
      <RespondPanel visitor={visitor} token={token} invitedEmail={view.email} organizationName={view.organization.name} />
    </InviteFrame>
  );
}
