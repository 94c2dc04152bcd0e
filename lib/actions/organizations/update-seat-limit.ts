// Seats & Plan: the Owner changes the seat limit, never below the seats in use (active members
// plus pending invitations), counted under the organization row lock the action holds, and never
// above the operator's maximum (ROSTER_MAX_SEAT_LIMIT).
import "server-only";
import { countSeatsUsed } from "@/db/queries/members";
import { setSeatLimit } from "@/db/queries/organizations";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { env } from "@/lib/env";
import { ActionError } from "@/lib/errors";
import { seatLimitSchemaFor } from "@/lib/validation/organizations";

export function seatLimitTooLowMessage(used: number): string {
  return (
    `${used} ${used === 1 ? "seat is" : "seats are"} in use (active members and pending invitations), so the limit can't be lower than ${used}. ` +
    "Disable or remove members, or cancel pending invitations first."
  );
}

export const updateSeatLimit = defineOrgAction({
  permission: "billing.manage",
  schema: seatLimitSchemaFor(env.ROSTER_MAX_SEAT_LIMIT),
  async handler({ tx, organization, audit }, input) {
    const used = await countSeatsUsed(tx, organization.id);
    if (input.seatLimit < used) {
      const message = seatLimitTooLowMessage(used);
      throw new ActionError("invalid_input", message, { seatLimit: [message] });
    }
    if (input.seatLimit === organization.seatLimit) return { seatLimit: input.seatLimit, used };
    await setSeatLimit(tx, { organizationId: organization.id, seatLimit: input.seatLimit });
    await audit({
      action: "organization.seat_limit_changed",
      target: { type: "organization", id: organization.id, name: organization.name },
      metadata: { from: organization.seatLimit, to: input.seatLimit, used },
    });
    return { seatLimit: input.seatLimit, used };
  },
});
