// The REST API's query parameters: strict (a value that isn't valid is a 422, not silently ignored
// as in the browser's forgiving URL state), built from the members table's own vocabulary
// (lib/validation/members-search.ts) so both lists filter the same way.
import { z } from "zod";
import { invitationStatusEnum } from "@/db/schema/enums";
import { ROLES } from "@/lib/permissions";
import { ACTIVITY_LEVELS, JOINED_WINDOWS, MAX_QUERY_LENGTH, MEMBER_STATUSES } from "./members-search";

const MAX_LIST_VALUES = 50;

/** A comma-separated list ("role=admin,viewer"; repeated parameters are joined the same way). */
function csv<T extends z.ZodType>(item: T, description: string) {
  return z
    .string()
    .optional()
    .transform((value) =>
      (value ?? "")
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean),
    )
    // The split strings go on to the item schema, which checks each one.
    .pipe(z.array(item).max(MAX_LIST_VALUES, `At most ${MAX_LIST_VALUES} values`) as unknown as z.ZodType<z.output<T>[], string[]>)
    .meta({ description });
}

function wholeNumber(min: number, max: number, fallback: number, description: string) {
  return z
    .string()
    .regex(/^\d{1,6}$/, "Must be a whole number")
    .optional()
    .transform((value) => (value === undefined ? fallback : Number(value)))
    .pipe(z.number().int().min(min, `Must be at least ${min}`).max(max, `Must be at most ${max}`))
    .meta({ description });
}

const search = z.string().trim().max(MAX_QUERY_LENGTH).optional().meta({ description: "Matches name, email, team names and role names." });

export const API_MEMBERS_PAGE_SIZE = 50;

export const apiMembersQuerySchema = z.object({
  q: search,
  role: csv(z.enum(ROLES), "Roles, comma-separated."),
  status: csv(z.enum(MEMBER_STATUSES), "Statuses, comma-separated."),
  team: csv(z.uuid(), "Team ids, comma-separated: members of any of them."),
  department: csv(z.string().max(100), "Departments, comma-separated."),
  joined: z
    .enum(JOINED_WINDOWS.map(String) as [string, ...string[]])
    .optional()
    .transform((value) => (value === undefined ? undefined : Number(value)))
    .meta({ description: "Joined in the last 7, 30 or 90 days." }),
  activity: z.enum(ACTIVITY_LEVELS).optional().meta({ description: "active: seen within 7 days; low: 7–30 days ago; inactive: 30+ days or never." }),
  sort: z.enum(["name", "email"]).default("name"),
  dir: z.enum(["asc", "desc"]).default("asc"),
  limit: wholeNumber(1, 100, API_MEMBERS_PAGE_SIZE, "Members per page (1–100, default 50)."),
  cursor: z.string().max(1000).optional().meta({ description: "nextCursor of the previous page." }),
});
export type ApiMembersQuery = z.output<typeof apiMembersQuerySchema>;

export const apiInvitationsQuerySchema = z.object({
  status: z.enum(invitationStatusEnum.enumValues).optional(),
  q: z.string().trim().max(MAX_QUERY_LENGTH).optional().meta({ description: "Part of the email address." }),
  page: wholeNumber(1, 1_000_000, 1, "Page number, from 1."),
  pageSize: wholeNumber(1, 100, 50, "Invitations per page (1–100, default 50)."),
});

export const apiAuditQuerySchema = z.object({
  action: z
    .string()
    .max(100)
    .regex(/^[a-z_.]*$/, "Letters, dots and underscores only")
    .optional()
    .meta({ description: 'An action ("member.removed") or a prefix ending in a dot ("member.").' }),
  targetId: z.string().max(100).optional(),
  since: z.iso.datetime({ offset: true }).optional().meta({ description: "Only events at or after this time." }),
  limit: wholeNumber(1, 200, 50, "Events per page (1–200, default 50)."),
  cursor: z.string().max(1000).optional(),
});
