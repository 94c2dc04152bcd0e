// The members table's URL state: one typed definition (nuqs parsers, lib/url-state) parses the
// server page's searchParams, the browser's URL (useListState) and the export route's query, so a
// shared or reloaded URL shows the same view. Parsing never fails: a bad value falls back to its
// default (a bad list value is dropped on its own) instead of producing an error page.
import type { ActivityLevel as QueryActivityLevel, MemberSortColumn } from "@/db/queries/member-list";
import type { MemberStatus } from "@/db/schema/enums";
import { ROLES } from "@/lib/permissions";
import { defineListState, type ListState } from "@/lib/url-state/define-list-state";
import {
  oneOf,
  parseAsChoice,
  parseAsFlag,
  parseAsId,
  parseAsList,
  parseAsNumberChoice,
  parseAsPage,
  parseAsText,
  textUpTo,
  uuid,
} from "@/lib/url-state/parsers";

export const MEMBER_STATUSES = ["active", "inactive", "pending"] as const satisfies readonly MemberStatus[];
// Fails to compile if the database enum gains a status this list lacks.
const statusesComplete: Exclude<MemberStatus, (typeof MEMBER_STATUSES)[number]> extends never ? true : false = true;
void statusesComplete;

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export const SORT_COLUMNS = ["name", "email", "role", "department", "status", "lastActive", "joined"] as const satisfies readonly MemberSortColumn[];
export type SortColumn = (typeof SORT_COLUMNS)[number];
// Fails to compile if the query learns to sort by a column this list lacks.
const sortsComplete: Exclude<MemberSortColumn, SortColumn> extends never ? true : false = true;
void sortsComplete;
export type SortDirection = "asc" | "desc";

/** "Joined in the last N days". */
export const JOINED_WINDOWS = [7, 30, 90] as const;
export type JoinedWindow = (typeof JOINED_WINDOWS)[number];

/** active: seen within 7 days; low: 7–30 days ago; inactive: not seen for 30+ days, or never. */
export const ACTIVITY_LEVELS = ["active", "low", "inactive"] as const satisfies readonly QueryActivityLevel[];
export type ActivityLevel = (typeof ACTIVITY_LEVELS)[number];

export const MAX_QUERY_LENGTH = 100;
export const DEFAULT_PAGE_SIZE: PageSize = 25;
export const DEFAULT_SORT: SortColumn = "name";
export const DEFAULT_DIR: SortDirection = "asc";

export const membersSearch = defineListState(
  {
    q: parseAsText(MAX_QUERY_LENGTH),
    role: parseAsList(oneOf(ROLES)),
    status: parseAsList(oneOf(MEMBER_STATUSES)),
    // Team ids (ids of other organizations match nothing).
    team: parseAsList(uuid),
    department: parseAsList(textUpTo(100)),
    joined: parseAsNumberChoice(JOINED_WINDOWS),
    activity: parseAsChoice(ACTIVITY_LEVELS),
    sort: parseAsChoice(SORT_COLUMNS).withDefault(DEFAULT_SORT),
    dir: parseAsChoice(["asc", "desc"] as const).withDefault(DEFAULT_DIR),
    page: parseAsPage,
    pageSize: parseAsNumberChoice(PAGE_SIZES).withDefault(DEFAULT_PAGE_SIZE),
    // The member shown in the view modal, kept as given (bounded) so an unknown id can say "not found".
    member: parseAsId(64),
    // The member open in the Edit Member modal.
    edit: parseAsId(64),
    // The Create Member modal is open ("create=1").
    create: parseAsFlag,
  },
  { filters: ["q", "role", "status", "team", "department", "joined", "activity"] },
);

export type MembersSearch = ListState<typeof membersSearch.parsers>;

/** The part of the state that decides which members match (what an export or "all N matching" means). */
export type MembersFilter = Pick<MembersSearch, "q" | "role" | "status" | "team" | "department" | "joined" | "activity">;

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined> | string;

/** Parses Next's `searchParams`, a URLSearchParams or a query string; invalid values become their defaults. */
export function parseMembersSearch(input: SearchParamsInput): MembersSearch {
  return membersSearch.parse(input);
}

export const DEFAULT_MEMBERS_SEARCH: MembersSearch = membersSearch.defaults;

/** A query or any filter narrows the list (as opposed to sorting and paging through it). */
export function hasActiveFilters(search: MembersSearch): boolean {
  return membersSearch.hasFilters(search);
}

/** The search as "?a=b" without the defaults, so the plain page stays `/members`; lists are comma-joined. */
export function serializeMembersSearch(search: Partial<MembersSearch>): string {
  return membersSearch.serialize(search);
}

/** The filter of a search, without its sort, page and open dialogs. */
export function membersFilterOf(search: MembersSearch): MembersFilter {
  const { q, role, status, team, department, joined, activity } = search;
  return { q, role, status, team, department, joined, activity };
}
