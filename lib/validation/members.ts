// Zod schemas for member forms and actions: one schema per form, used by the form (zodResolver)
// and by the server action that receives it.
import { z } from "zod";
import { memberStatusEnum, roleEnum } from "@/db/schema/enums";
import { GRANTABLE_PERMISSIONS } from "@/lib/permissions";
import { emailAddressSchema } from "./email";

const trimmed = (max: number, label: string) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .max(max, `${label} must be at most ${max} characters`);

const optionalText = (max: number, label: string) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

/** Every address goes through the one email schema (lib/validation/email.ts). */
export const emailSchema = emailAddressSchema;

export const roleSchema = z.enum(roleEnum.enumValues, { error: "Choose a valid role" });
export const memberIdSchema = z.uuid({ error: "Unknown member" });

const permissionsSchema = z
  .array(z.enum(GRANTABLE_PERMISSIONS, { error: "Unknown permission" }))
  .max(GRANTABLE_PERMISSIONS.length)
  .default([])
  .transform((list) => [...new Set(list)]);

const teamIdsSchema = z
  .array(z.uuid({ error: "Unknown team" }))
  .max(100, "Too many teams")
  .default([])
  .transform((list) => [...new Set(list)]);

const phoneSchema = z
  .string()
  .trim()
  .max(40, "Phone number must be at most 40 characters")
  .regex(/^[+()0-9 .\-x]*$/, "Phone number may contain digits, spaces and + ( ) - . x")
  .nullish()
  .transform((v) => (v ? v : null));

export const memberFieldsSchema = z.object({
  name: trimmed(200, "Full name").min(1, "Full name is required"),
  email: emailSchema,
  phone: phoneSchema,
  department: trimmed(100, "Department").min(1, "Department is required"),
  jobTitle: optionalText(100, "Job title"),
  role: roleSchema,
  status: z.enum(["active", "inactive"] as const satisfies (typeof memberStatusEnum.enumValues)[number][], {
    error: "Choose Active or Inactive",
  }),
  permissions: permissionsSchema,
  teamIds: teamIdsSchema,
});

/** Create Member: invites the person; they are Pending until they accept. */
export const createMemberSchema = memberFieldsSchema;
export type CreateMemberInput = z.input<typeof createMemberSchema>;

/**
 * Edit Member: every field, for an existing member. A Pending member's status stays "pending"
 * (they become Active by accepting); otherwise Active or Inactive.
 */
export const updateMemberSchema = memberFieldsSchema.extend({
  memberId: memberIdSchema,
  status: z.enum(memberStatusEnum.enumValues, { error: "Choose Active or Inactive" }),
});
export type UpdateMemberInput = z.input<typeof updateMemberSchema>;

export const changeRoleSchema = z.object({ memberId: memberIdSchema, role: roleSchema });
export const memberRefSchema = z.object({ memberId: memberIdSchema });
export const setStatusSchema = z.object({ memberId: memberIdSchema, status: z.enum(["active", "inactive"]) });
