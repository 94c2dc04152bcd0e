// The invitation page's data (/invite/[token]): what the invitation says and, for a visitor signed
// in as the invited address, whether they already belong to the organization. Reading only.
import "server-only";
import { getDb } from "@/db";
import { findUserMembership, type InvitationView } from "@/db/queries/invitation-acceptance";
import type { SessionUser } from "@/lib/auth/org-context";
import { findInvitationView } from "./invitation-view";

export interface InvitationPageData {
  view: InvitationView | null;
  /** The invited person's existing membership of the organization, if any. */
  membership: { id: string; status: "active" | "inactive" | "pending" } | null;
}

export async function loadInvitationPage(token: unknown, user: SessionUser | null): Promise<InvitationPageData> {
  const db = await getDb();
  const view = await findInvitationView(db, token);
  const invitee = view?.status === "pending" && user !== null && user.email.trim().toLowerCase() === view.email;
  const membership = invitee ? await findUserMembership(db, { organizationId: view.organization.id, userId: user.id }) : null;
  return { view, membership };
}
