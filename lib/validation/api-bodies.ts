// Request bodies of REST API operations whose shape differs from the form behind the same action:
// a partial member update (PATCH) and a list of addresses to invite. Each field is the form's own
// schema, so the API and the UI accept exactly the same values.
import { z } from "zod";
import { bulkInviteSchema, MAX_BULK_INVITE_EMAILS } from "./invitations";
import { memberFieldsSchema } from "./members";

const fields = memberFieldsSchema.shape;

/** PATCH …/members/{memberId}: any of Edit Member's fields; those left out keep their value. */
export const patchMemberBodySchema = z
  .object({
    name: fields.name.optional(),
    email: fields.email.optional(),
    phone: fields.phone.optional(),
    department: fields.department.optional(),
    jobTitle: fields.jobTitle.optional(),
    role: fields.role.optional(),
    status: fields.status.optional(),
    permissions: fields.permissions.optional(),
    teamIds: fields.teamIds.optional().meta({ description: "Replaces the member's teams." }),
  })
  // Defaults fill in left-out lists, so "at least one field" is checked on the body as sent (api-routes).
  .strict();
export type PatchMemberBody = z.output<typeof patchMemberBodySchema>;

/** POST …/members/bulk-invite: addresses as a list instead of the dialog's text box. */
export const apiBulkInviteBodySchema = z.object({
  emails: z
    .array(z.string().max(320), { error: "Send a list of email addresses" })
    .min(1, "Send at least one email address")
    .max(MAX_BULK_INVITE_EMAILS, `Invite at most ${MAX_BULK_INVITE_EMAILS} addresses at a time`),
  role: bulkInviteSchema.shape.role,
  teamIds: bulkInviteSchema.shape.teamIds.optional(),
  message: bulkInviteSchema.shape.message.optional(),
});
