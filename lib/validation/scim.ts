// Zod schemas for the SCIM actions and the SCIM settings. Member and team fields reuse the
// members' and teams' own rules (one email schema, one phone rule, one team-name rule); what SCIM
// adds is the externalId, `active`, and PATCH operations (checked for shape in lib/scim/patch.ts).
import { z } from "zod";
import { memberFieldsSchema } from "./members";
import { createTeamSchema } from "./teams";

const externalIdSchema = z
  .string({ error: "externalId must be a string" })
  .trim()
  .max(255, "externalId must be at most 255 characters")
  .nullable()
  .transform((v) => (v ? v : null));

const optionalDepartment = z
  .string()
  .trim()
  .max(100, "Department must be at most 100 characters")
  .nullable()
  .transform((v) => (v ? v : null));

/** What a SCIM User sets on a member. */
export const scimUserFieldsSchema = z.object({
  email: memberFieldsSchema.shape.email,
  name: memberFieldsSchema.shape.name.regex(/^[^\p{Cc}]*$/u, "Full name can't contain control characters"),
  phone: memberFieldsSchema.shape.phone,
  department: optionalDepartment,
  jobTitle: memberFieldsSchema.shape.jobTitle,
  externalId: externalIdSchema,
  active: z.boolean().nullable(),
});
export type ScimUserFieldsInput = z.input<typeof scimUserFieldsSchema>;

export const scimPatchOperationSchema = z.object({
  op: z.enum(["add", "replace", "remove"]),
  path: z.string().max(1000).optional(),
  value: z.unknown().optional(),
});

const memberId = z.uuid({ error: "Unknown member" });
const teamId = z.uuid({ error: "Unknown team" });

/** PUT (the whole User) or PATCH (operations) of one member. */
export const updateScimUserSchema = z
  .object({ memberId, replace: scimUserFieldsSchema.optional(), operations: z.array(scimPatchOperationSchema).max(1000).optional() })
  .refine((v) => Boolean(v.replace) !== Boolean(v.operations), "Give either the whole User or PATCH operations");

/** What a SCIM Group sets on a team. Member ids that are no member of the organization are refused by the action. */
export const scimGroupFieldsSchema = z.object({
  name: createTeamSchema.shape.name,
  externalId: externalIdSchema,
  memberIds: z.array(z.string().max(100)).max(10_000).nullable(),
});

export const updateScimGroupSchema = z
  .object({ teamId, replace: scimGroupFieldsSchema.optional(), operations: z.array(scimPatchOperationSchema).max(1000).optional() })
  .refine((v) => Boolean(v.replace) !== Boolean(v.operations), "Give either the whole Group or PATCH operations");

/** A page of a list: 1-based startIndex and a count already clamped by the SCIM layer. */
export const scimPageSchema = z.object({
  startIndex: z.number().int().min(1).max(1_000_000_000),
  count: z.number().int().min(0).max(100),
});

export const scimUserRefSchema = z.object({ memberId: z.string().max(100) });
export const scimGroupRefSchema = z.object({ teamId: z.string().max(100), withMembers: z.boolean() });

// ---------------------------------------------------------------------------------------------
// Settings → SCIM

export const setScimEnabledSchema = z.object({ enabled: z.boolean({ error: "Choose on or off" }) });

/** How long a rotated token keeps working: at once, an hour, a day, a week. */
export const SCIM_GRACE_HOURS = [0, 1, 24, 168] as const;
export const issueScimTokenSchema = z.object({
  graceHours: z.coerce
    .number()
    .refine((v): v is (typeof SCIM_GRACE_HOURS)[number] => (SCIM_GRACE_HOURS as readonly number[]).includes(v), "Choose how long the old token keeps working"),
});
export type IssueScimTokenInput = z.input<typeof issueScimTokenSchema>;

export const revokeScimTokenSchema = z.object({ tokenId: z.uuid({ error: "Unknown token" }) });
