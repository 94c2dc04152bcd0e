// The bell's read: the caller's own newest notifications in this organization and their unread count.
import "server-only";
import { listNotifications as listNotificationRows } from "@/db/queries/notifications";
import { defineOrgQuery } from "@/lib/actions/kernel/define-org-query";
import { BELL_LIMIT, listNotificationsSchema } from "@/lib/validation/notifications";

export const listNotifications = defineOrgQuery({
  permission: "members.view",
  schema: listNotificationsSchema,
  handler: ({ db, organization, actor }) => listNotificationRows(db, { organizationId: organization.id, memberId: actor.id, limit: BELL_LIMIT }),
});
