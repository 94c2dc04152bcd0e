// Zod schemas for Invite Members (bulk), Bulk Import and changing an invitation: shared by the
// dialogs and the actions.
import { z } from "zod";
import { MAX_IMPORT_BYTES } from "@/lib/invitations/csv-import";
import { findLink } from "@/lib/plain-text/links";
import { roleSchema } from "./members";
import { createTeamSchema } from "./teams";

/** More than this at once belongs in a Bulk Import. */
export const MAX_BULK_INVITE_EMAILS = 500;
export const BULK_INVITE_TEXT_MAX = 50_000;
export const INVITE_MESSAGE_MAX = 1_000;
/** The browser sends the file gzipped and base64-encoded (~750 KB compressed): under Next's 1 MB action body limit. */
export const MAX_IMPORT_GZIP_CHARS = 1_000_000;
/** Unknown teams an import may create at once. */
export const MAX_IMPORT_NEW_TEAMS = 100;

/** "a@x.com, b@y.com\nc@z.com d@w.com" → the addresses as typed (commas, semicolons, spaces, lines). */
export function splitEmailList(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}

/**
 * The inviter's optional message, for every path that takes one: plain text, bounded, and without
 * links or addresses — it reaches people who never asked for it, under Roster's name.
 */
export const inviteMessageSchema = z
  .string({ error: "Message must be text" })
  .trim()
  .max(INVITE_MESSAGE_MAX, `Message must be at most ${INVITE_MESSAGE_MAX} characters`)
  .superRefine((text, ctx) => {
    const link = findLink(text);
    if (link) {
      ctx.addIssue({
        code: "custom",
        message: `The message can't contain links or web or email addresses (found “${link}”). Write it as plain text; invitees get the invitation link from Roster.`,
      });
    }
  })
  .nullish()
  .transform((v) => (v ? v : null));

/** Change a pending invitation's role and teams (the Change invitation dialog and its action). */
export const updateInvitationSchema = z.object({
  invitationId: z.uuid({ error: "Unknown invitation" }),
  role: roleSchema,
  teamIds: z
    .array(z.uuid({ error: "Unknown team" }))
    .max(100, "Too many teams")
    .default([])
    .transform((list) => [...new Set(list)]),
});
export type UpdateInvitationInput = z.input<typeof updateInvitationSchema>;
/** The dialog's part of it: the invitation is the one the dialog was opened for. */
export const invitationChangeSchema = updateInvitationSchema.omit({ invitationId: true });

const tooLarge = `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into smaller files.`;

export const bulkInviteSchema = z.object({
  emails: z
    .string({ error: "Enter at least one email address" })
    .max(BULK_INVITE_TEXT_MAX, "That list is too long. Use Bulk Import for large lists.")
    .refine((text) => splitEmailList(text).length > 0, "Enter at least one email address")
    .refine(
      (text) => splitEmailList(text).length <= MAX_BULK_INVITE_EMAILS,
      `Invite at most ${MAX_BULK_INVITE_EMAILS} addresses at a time. Use Bulk Import for more.`,
    ),
  role: roleSchema,
  teamIds: z
    .array(z.uuid({ error: "Unknown team" }))
    .max(100, "Too many teams")
    .default([])
    .transform((list) => [...new Set(list)]),
  message: inviteMessageSchema,
});
export type BulkInviteInput = z.input<typeof bulkInviteSchema>;

/** The uploaded CSV: plain text, or gzip + base64 (what the browser sends, to stay small). */
export const importFileSchema = z.discriminatedUnion(
  "encoding",
  [
    z.object({ encoding: z.literal("text"), data: z.string().max(MAX_IMPORT_BYTES, tooLarge) }),
    z.object({
      encoding: z.literal("gzip"),
      data: z
        .string()
        .max(MAX_IMPORT_GZIP_CHARS, "The file is too large to upload at once. Split it into smaller files.")
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, "The upload is damaged. Choose the file again."),
    }),
  ],
  { error: "Choose a CSV file" },
);
export type ImportFile = z.output<typeof importFileSchema>;

const newTeamsSchema = z
  .array(createTeamSchema.shape.name)
  .max(MAX_IMPORT_NEW_TEAMS, `Create at most ${MAX_IMPORT_NEW_TEAMS} teams at once`)
  .default([]);

/** Review a file; `createTeams` are unknown team names the admin chose to create. */
export const reviewImportSchema = z.object({ file: importFileSchema, createTeams: newTeamsSchema });
export type ReviewImportInput = z.input<typeof reviewImportSchema>;

/** Import the same file: it is parsed and reviewed again on the server, never taken from the client. */
export const importInvitationsSchema = reviewImportSchema;
export type ImportInvitationsInput = z.input<typeof importInvitationsSchema>;
