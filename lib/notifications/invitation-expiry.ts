// The worker's invitation expiry: overdue pending invitations become Expired, one organization per
// transaction (organization row locked first, the same order as the actions), and each inviter is
// notified in that transaction. Safe with several workers: a second one finds nothing left to expire.
import "server-only";
import type { Database } from "@/db/client";
import { expireOverdueInvitationsOf, findOrganizationsWithOverdueInvitations } from "@/db/queries/invitations";
import { lockOrganization } from "@/db/queries/organizations";
import { runTransactionWithRetry } from "@/db/transaction";
import { notifyInviter } from "./events";

/** Returns how many invitations were expired. */
export async function expireInvitationsAndNotify(db: Database): Promise<number> {
  let expired = 0;
  for (const organizationId of await findOrganizationsWithOverdueInvitations(db)) {
    expired += await runTransactionWithRetry(db, async (tx) => {
      const organization = await lockOrganization(tx, organizationId);
      if (!organization) return 0;
      const rows = await expireOverdueInvitationsOf(tx, organizationId);
      for (const invitation of rows) await notifyInviter(tx, organization, invitation, "expired");
      return rows.length;
    });
  }
  return expired;
}
