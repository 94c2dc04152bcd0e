// Invariant 1: an organization always keeps at least one active Owner. Checked inside the
// action's transaction, after the organization row lock, so two Owners demoting each other at
// the same moment are serialized and the second is refused.
import "server-only";
import type { Queryable } from "@/db/client";
import type { Member } from "@/db/schema";
import { countActiveOwners } from "@/db/queries/member-writes";
import { ActionError } from "@/lib/errors";
import { LAST_OWNER_MESSAGE } from "./rules";

/** Throws unless another active Owner remains once `member` stops being one. */
export async function assertAnotherOwnerRemains(tx: Queryable, member: Member): Promise<void> {
  if (member.role !== "owner" || member.status !== "active") return;
  const others = await countActiveOwners(tx, { organizationId: member.organizationId, exceptMemberId: member.id });
  if (others < 1) throw new ActionError("forbidden", LAST_OWNER_MESSAGE);
}
