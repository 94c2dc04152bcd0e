// Zod schemas for bulk actions on members: what is selected (explicit ids, or "all matching" the
// members page's filter, resolved when the action is confirmed), what to do to them, and undo. One
// schema shared by the preview dialog's form and the actions.
import { z } from "zod";
import { roleEnum, teamRoleEnum } from "@/db/schema/enums";
import { findLink } from "@/lib/plain-text/links";

/** The most members one explicit selection may name (a larger one is "all matching" a filter). */
export const BULK_MAX_IDS = 10_000;
export const BULK_MESSAGE_MAX = 2_000;
export const BULK_SUBJECT_MAX = 150;
/** How long a bulk change, a removal or a disable can be undone. */
export const UNDO_WINDOW_MS = 10 * 60 * 1000;

export const bulkSelectionSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("ids"),
      ids: z
        .array(z.uuid({ error: "Unknown member" }))
        .min(1, "Select at least one member")
        .max(BULK_MAX_IDS, `Select at most ${BULK_MAX_IDS.toLocaleString("en-US")} members, or use Select all matching`)
        .transform((ids) => [...new Set(ids.map((id) => id.toLowerCase()))]),
    }),
    // The members page's query string ("?role=admin&status=active"); page and sort don't matter.
    z.object({ kind: z.literal("filter"), query: z.string().max(4_000) }),
  ],
  { error: "Choose the members to act on" },
);
export type BulkSelection = z.output<typeof bulkSelectionSchema>;

const plainText = (max: number, label: string) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max.toLocaleString("en-US")} characters`)
    .superRefine((text, ctx) => {
      const link = findLink(text);
      if (link) ctx.addIssue({ code: "custom", message: `${label} can't contain links or web or email addresses (found “${link}”). Write it as plain text.` });
    });

export const BULK_OPERATION_TYPES = ["change_role", "add_to_teams", "remove_from_team", "disable", "enable", "remove", "send_message"] as const;
export type BulkOperationType = (typeof BULK_OPERATION_TYPES)[number];

export const bulkOperationSchema = z.discriminatedUnion(
  "type",
  [
    z.object({ type: z.literal("change_role"), role: z.enum(roleEnum.enumValues, { error: "Choose a valid role" }) }),
    z.object({
      type: z.literal("add_to_teams"),
      teamIds: z
        .array(z.uuid({ error: "Unknown team" }))
        .min(1, "Choose at least one team")
        .max(20, "Choose at most 20 teams")
        .transform((ids) => [...new Set(ids.map((id) => id.toLowerCase()))]),
      teamRole: z.enum(teamRoleEnum.enumValues, { error: "Choose Maintainer or Member" }),
    }),
    z.object({ type: z.literal("remove_from_team"), teamId: z.uuid({ error: "Choose a team" }) }),
    z.object({ type: z.literal("disable") }),
    z.object({ type: z.literal("enable") }),
    z.object({ type: z.literal("remove") }),
    z
      .object({
        type: z.literal("send_message"),
        subject: plainText(BULK_SUBJECT_MAX, "Subject"),
        message: plainText(BULK_MESSAGE_MAX, "Message"),
        email: z.boolean().default(true),
        inApp: z.boolean().default(true),
      })
      .refine((m) => m.email || m.inApp, { message: "Send it by email, in the app, or both", path: ["email"] }),
  ],
  { error: "Choose a bulk action" },
);
export type BulkOperation = z.output<typeof bulkOperationSchema>;

export const bulkRequestSchema = z.object({ selection: bulkSelectionSchema, operation: bulkOperationSchema });
export type BulkRequest = z.output<typeof bulkRequestSchema>;
export type BulkRequestInput = z.input<typeof bulkRequestSchema>;

export const undoBulkOperationSchema = z.object({ operationId: z.uuid({ error: "Unknown operation" }) });

/** Export selection: the same two kinds of selection. */
export const exportSelectionSchema = z.object({ selection: bulkSelectionSchema });
