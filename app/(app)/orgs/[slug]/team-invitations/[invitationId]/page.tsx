// A team invitation, where its email and the bell lead: the team, who invited, the team role, and
// Accept / Decline while it is pending. Only the invited member sees it (anyone else: 404).
import type { Metadata } from "next";
import Link from "next/link";
import { TeamInvitationResponse } from "@/components/notifications/team-invitation-response";
import { Card, CardBody } from "@/components/ui/card";
import { requireOrgPermission } from "@/lib/auth/require-org-permission";
import { formatDateTime } from "@/lib/format-time";
import { loadTeamInvitationPage } from "@/lib/notifications/notifications-page-data";

export const metadata: Metadata = { title: "Team invitation" };

const STATUS_TEXT = {
  accepted: "You accepted this invitation.",
  declined: "You declined this invitation.",
  cancelled: "This invitation was cancelled.",
} as const;

export default async function TeamInvitationPage({ params }: PageProps<"/orgs/[slug]/team-invitations/[invitationId]">) {
  const { slug, invitationId } = await params;
  const context = await requireOrgPermission(slug, "members.view");
  const invitation = await loadTeamInvitationPage(context, invitationId);
  const roleLabel = invitation.teamRole === "maintainer" ? "Maintainer" : "Member";

  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Team invitation</h1>
        <p className="mt-1 text-sm text-slate-600">
          {invitation.inviterName ?? "Someone"} invited you to join a team in {context.organization.name}.
        </p>
      </div>
      <Card>
        <CardBody className="space-y-4">
          <dl className="grid grid-cols-[7rem_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-600">Team</dt>
            <dd className="font-medium break-words text-slate-900">{invitation.team.name}</dd>
            {invitation.team.description ? (
              <>
                <dt className="text-slate-600">About</dt>
                <dd className="break-words text-slate-800">{invitation.team.description}</dd>
              </>
            ) : null}
            <dt className="text-slate-600">Your team role</dt>
            <dd className="text-slate-900">{roleLabel}</dd>
            <dt className="text-slate-600">Invited by</dt>
            <dd className="break-words text-slate-900">{invitation.inviterName ?? "A former member"}</dd>
            <dt className="text-slate-600">Sent</dt>
            <dd className="text-slate-900">{formatDateTime(invitation.createdAt)}</dd>
          </dl>
          {invitation.status === "pending" ? (
            <TeamInvitationResponse slug={slug} invitationId={invitation.id} teamId={invitation.team.id} teamName={invitation.team.name} />
          ) : (
            <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700" role="status">
              {STATUS_TEXT[invitation.status]}{" "}
              {invitation.status === "accepted" ? (
                <Link href={`/orgs/${slug}/teams/${invitation.team.id}`} className="font-medium text-indigo-700 hover:underline">
                  Open {invitation.team.name}
                </Link>
              ) : null}
            </p>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
