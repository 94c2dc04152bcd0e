// Zod schemas for team forms and actions.
import { z } from "zod";
import { teamRoleEnum } from "@/db/schema/enums";

const teamId = z.uuid({ error: "Unknown team" });
const name = z
  .string({ error: "Team name is required" })
  .trim()
  .min(1, "Team name is required")
  .max(80, "Team name must be at most 80 characters");
const description = z
  .string()
  .trim()
  .max(500, "Description must be at most 500 characters")
  .optional()
  .transform((v) => (v ? v : null));

export const teamRoleSchema = z.enum(teamRoleEnum.enumValues, { error: "Choose Maintainer or Member" });

export const createTeamSchema = z.object({ name, description });
export type CreateTeamInput = z.input<typeof createTeamSchema>;
export const updateTeamSchema = z.object({ teamId, name, description });
export type UpdateTeamInput = z.input<typeof updateTeamSchema>;
export const teamRefSchema = z.object({ teamId });
export const addTeamMembersSchema = z.object({
  teamId,
  memberIds: z.array(z.uuid({ error: "Unknown member" })).min(1, "Choose at least one member").max(500),
  role: teamRoleSchema.default("member"),
});
export const teamMemberSchema = z.object({ teamId, memberId: z.uuid({ error: "Unknown member" }) });
export const setTeamMemberRoleSchema = teamMemberSchema.extend({ role: teamRoleSchema });
