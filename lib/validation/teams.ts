// Zod schemas for team forms and actions, and for the team pages' URL and member search.
import { z } from "zod";
import { teamRoleEnum } from "@/db/schema/enums";
import { defineListState, type ListState } from "@/lib/url-state/define-list-state";
import { parseAsChoice, parseAsText, parseAsWholeNumber } from "@/lib/url-state/parsers";

export const TEAM_NAME_MAX = 80;
export const TEAM_DESCRIPTION_MAX = 500;
/** How many people one candidate search returns; the dialog asks for a narrower query beyond it. */
export const TEAM_CANDIDATE_LIMIT = 20;
export const TEAM_MEMBERS_PAGE_SIZE = 50;
const QUERY_MAX = 100;

const teamId = z.uuid({ error: "Unknown team" });
const memberId = z.uuid({ error: "Unknown member" });
const name = z
  .string({ error: "Team name is required" })
  .trim()
  .min(1, "Team name is required")
  .max(TEAM_NAME_MAX, `Team name must be at most ${TEAM_NAME_MAX} characters`)
  // A name is one line: it is shown in chips, menus and filters.
  .regex(/^[^\p{Cc}]*$/u, "Team name can't contain line breaks or control characters");
const description = z
  .string({ error: "Description must be text" })
  .trim()
  .max(TEAM_DESCRIPTION_MAX, `Description must be at most ${TEAM_DESCRIPTION_MAX} characters`)
  .nullish()
  .transform((v) => (v ? v : null));

export const teamRoleSchema = z.enum(teamRoleEnum.enumValues, { error: "Choose Maintainer or Member" });

export const createTeamSchema = z.object({ name, description });
export type CreateTeamInput = z.input<typeof createTeamSchema>;
export const updateTeamSchema = z.object({ teamId, name, description });
export type UpdateTeamInput = z.input<typeof updateTeamSchema>;
export const teamRefSchema = z.object({ teamId });
export const addTeamMembersSchema = z.object({
  teamId,
  memberIds: z
    .array(memberId, { error: "Choose at least one member" })
    .min(1, "Choose at least one member")
    .max(500, "Add at most 500 members at a time"),
  role: teamRoleSchema.default("member"),
});
export type AddTeamMembersInput = z.input<typeof addTeamMembersSchema>;
export const teamMemberSchema = z.object({ teamId, memberId });
export const setTeamMemberRoleSchema = teamMemberSchema.extend({ role: teamRoleSchema });

/** The Add members dialog's search: members of the organization by name or email. */
export const teamCandidateSearchSchema = z.object({
  teamId,
  q: z
    .string({ error: "Search must be text" })
    .trim()
    .max(QUERY_MAX, `Search must be at most ${QUERY_MAX} characters`)
    .default(""),
});

/** The Teams page's URL: a filter by name and the sort (by name unless asked). */
export const teamsListSearch = defineListState(
  {
    q: parseAsText(QUERY_MAX),
    sort: parseAsChoice(["name", "members", "created"] as const).withDefault("name"),
    dir: parseAsChoice(["asc", "desc"] as const).withDefault("asc"),
  },
  { filters: ["q"] },
);
export type TeamsListSearch = ListState<typeof teamsListSearch.parsers>;

/** A team page's URL: which page of its members, and an optional filter by name or email. */
export const teamMembersSearch = defineListState({ q: parseAsText(QUERY_MAX), page: parseAsWholeNumber(1, 100_000).withDefault(1) }, { filters: ["q"] });
export type TeamMembersSearch = ListState<typeof teamMembersSearch.parsers>;
