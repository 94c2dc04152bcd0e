// Access reviews' inputs: starting one (name, scope, reviewers, due date) and a reviewer's
// decision about one person (Keep, Change role or Remove, with a note).
import { z } from "zod";
import { reviewDecisionEnum } from "@/db/schema/enums";
import { roleSchema } from "./members";

export const REVIEW_SCOPE_KINDS = ["everyone", "team", "role", "inactive"] as const;
export const MAX_REVIEWERS = 20;
const DAY_MS = 24 * 60 * 60 * 1000;

export const reviewScopeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("everyone") }),
  z.object({ kind: z.literal("team"), teamId: z.uuid({ error: "Choose a team" }) }),
  z.object({ kind: z.literal("role"), role: roleSchema }),
  z.object({ kind: z.literal("inactive") }),
]);

/** A calendar day (the form's date input), due at the end of that day (UTC), from tomorrow to a year ahead. */
const dueDay = z
  .string({ error: "Choose a due date" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a due date")
  .transform((day) => new Date(`${day}T23:59:59.999Z`))
  .refine((date) => !Number.isNaN(date.getTime()), "Choose a due date")
  .refine((date) => date.getTime() > Date.now(), "The due date must be in the future")
  .refine((date) => date.getTime() < Date.now() + 366 * DAY_MS, "Choose a due date within a year");

export const startAccessReviewSchema = z.object({
  name: z.string().trim().min(1, "Give the review a name").max(100, "At most 100 characters"),
  scope: reviewScopeSchema,
  reviewerIds: z
    .array(z.uuid({ error: "Unknown reviewer" }))
    .min(1, "Choose at least one reviewer")
    .max(MAX_REVIEWERS, `At most ${MAX_REVIEWERS} reviewers`)
    .transform((ids) => [...new Set(ids)]),
  dueOn: dueDay,
});
export type StartAccessReviewInput = z.input<typeof startAccessReviewSchema>;

export const reviewDecisionSchema = z
  .object({
    reviewId: z.uuid({ error: "Unknown review" }),
    itemId: z.uuid({ error: "Unknown person" }),
    decision: z.enum(reviewDecisionEnum.enumValues, { error: "Choose Keep, Change role or Remove" }),
    newRole: roleSchema.optional(),
    note: z.string().trim().max(500, "At most 500 characters").optional().transform((note) => note || null),
  })
  .refine((input) => input.decision !== "change_role" || input.newRole !== undefined, { path: ["newRole"], message: "Choose the new role" });
export type ReviewDecisionInput = z.input<typeof reviewDecisionSchema>;

export const reviewRefSchema = z.object({ reviewId: z.uuid({ error: "Unknown review" }) });
