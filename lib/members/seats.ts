// Seat accounting: active members plus pending invitations (Pending members) take a seat.
// Checked inside the action's transaction, after the organization row lock, so concurrent
// creates, invites and re-enables cannot overshoot the limit.
import "server-only";
import type { Queryable } from "@/db/client";
import type { Organization } from "@/db/schema";
import { countSeatsUsed } from "@/db/queries/members";
import { ActionError } from "@/lib/errors";
import { notifyIfSeatsFilled } from "@/lib/notifications/events";

export function seatLimitMessage(used: number, limit: number): string {
  return (
    `All seats are in use: ${used} of ${limit} (active members and pending invitations). ` +
    `Disable or remove members, cancel pending invitations, or raise the seat limit in Settings → Seats & Plan.`
  );
}

/**
 * Throws a seat_limit error unless `needed` more seats fit; when they take the last free seat, the
 * Owners and Admins are notified (in the same transaction). Call with the organization locked.
 */
export async function assertSeatsAvailable(tx: Queryable, organization: Organization, needed = 1): Promise<void> {
  const used = await countSeatsUsed(tx, organization.id);
  if (used + needed > organization.seatLimit) {
    throw new ActionError("seat_limit", seatLimitMessage(used, organization.seatLimit));
  }
  await notifyIfSeatsFilled(tx, organization, needed, used);
}
