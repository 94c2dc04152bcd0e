// Zod schemas for the bell (mark read), team invitations and notification preferences.
import { z } from "zod";
import { emailFrequencyEnum } from "@/db/schema/enums";
import { NOTIFICATION_CATEGORIES } from "@/lib/notifications/categories";
import { teamRoleSchema } from "./teams";

/** How many notifications the bell lists. */
export const BELL_LIMIT = 30;

export const listNotificationsSchema = z.object({}).strict();

/** One notification by id, or (no id) all of the caller's. */
export const markNotificationsReadSchema = z.object({ id: z.uuid({ error: "Unknown notification" }).optional() }).strict();

export const notificationCategorySchema = z.enum(NOTIFICATION_CATEGORIES, { error: "Unknown notification category" });
export const emailFrequencySchema = z.enum(emailFrequencyEnum.enumValues, { error: "Choose Right away, Daily digest, Weekly digest or Off" });

export const preferenceSchema = z
  .object({
    category: notificationCategorySchema,
    /** "" for the general setting, a team id for that team's own. */
    scope: z.union([z.literal(""), z.uuid({ error: "Unknown team" })]).default(""),
    email: emailFrequencySchema,
    inApp: z.boolean({ error: "In-app must be on or off" }),
  })
  .strict();

export const updatePreferencesSchema = z
  .object({ preferences: z.array(preferenceSchema).max(NOTIFICATION_CATEGORIES.length * 101, "Too many settings") })
  .strict()
  .refine((value) => new Set(value.preferences.map((p) => `${p.category}:${p.scope}`)).size === value.preferences.length, {
    message: "Each category and team appears once",
    path: ["preferences"],
  });
export type UpdatePreferencesInput = z.input<typeof updatePreferencesSchema>;

export const inviteToTeamSchema = z
  .object({
    teamId: z.uuid({ error: "Unknown team" }),
    memberId: z.uuid({ error: "Choose a member" }),
    teamRole: teamRoleSchema.default("member"),
  })
  .strict();
export type InviteToTeamInput = z.input<typeof inviteToTeamSchema>;

export const respondToTeamInvitationSchema = z
  .object({
    invitationId: z.uuid({ error: "Unknown invitation" }),
    response: z.enum(["accept", "decline"], { error: "Accept or decline" }),
  })
  .strict();
