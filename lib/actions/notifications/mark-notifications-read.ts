// Marks one of the caller's notifications read, or all of them. Only ever the caller's own: another
// member's id (or another organization's) matches nothing. Not audited: it is the reader's own
// state, not the organization's.
import "server-only";
import { findNotification, markNotificationsRead as markRead } from "@/db/queries/notifications";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { ActionError } from "@/lib/errors";
import { markNotificationsReadSchema } from "@/lib/validation/notifications";

export const markNotificationsRead = defineOrgAction({
  permission: "members.view",
  schema: markNotificationsReadSchema,
  async handler({ tx, organization, actor }, input) {
    const scope = { organizationId: organization.id, memberId: actor.id };
    if (input.id && !(await findNotification(tx, { ...scope, id: input.id }))) throw new ActionError("not_found", "Notification not found.");
    return { marked: await markRead(tx, { ...scope, id: input.id }) };
  },
});
