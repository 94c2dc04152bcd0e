// The members table's URL state: one schema parses the search params (server page) and one
// serializer writes them (client hook), so a shared or reloaded URL shows the same view.
// Parsing never fails: a bad value falls back to its default instead of producing an error page.
import { z } from "zod";
import type { ActivityLevel as QueryActivityLevel, MemberSortColumn } from "@/db/queries/member-list";
import type { MemberStatus } from "@/db/schema/enums";
import { ROLES } from "@/lib/permissions";

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
const MAX_LIST_VALUES = 50;

export const DEFAULT_PAGE_SIZE: PageSize = 25;
export const DEFAULT_SORT: SortColumn = "name";
export const DEFAULT_DIR: SortDirection = "asc";

/** Raw values of one param: repeated params and comma lists both count ("role=admin,viewer"). */
function splitValues(raw: unknown): string[] {
  const values = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  return values
    .filter((v): v is string => typeof v === "string")
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

/** The first value of a param that should appear once. */
function first(raw: unknown): unknown {
  return Array.isArray(raw) ? raw[0] : raw;
}

/** A multi-value param: keeps the valid, distinct values and drops the rest. */
function list<T extends z.ZodType<string>>(item: T) {
  return z.preprocess(splitValues, z.array(z.string())).transform((values) => {
    const out: z.output<T>[] = [];
    for (const value of values) {
      const parsed = item.safeParse(value);
      if (parsed.success && !out.includes(parsed.data)) out.push(parsed.data);
      if (out.length >= MAX_LIST_VALUES) break;
    }
    return out;
  });
}

const scalar = <T extends z.ZodType>(inner: T) => z.preprocess(first, inner);

export const membersSearchSchema = z.object({
  page: scalar(z.coerce.number().int().min(1).max(1_000_000)).catch(1),
  pageSize: scalar(z.coerce.number().pipe(z.literal(PAGE_SIZES))).catch(DEFAULT_PAGE_SIZE),
  sort: scalar(z.enum(SORT_COLUMNS)).catch(DEFAULT_SORT),
  dir: scalar(z.enum(["asc", "desc"])).catch(DEFAULT_DIR),
  q: scalar(z.string().transform((s) => s.trim().slice(0, MAX_QUERY_LENGTH))).catch(""),
  role: list(z.enum(ROLES)),
  status: list(z.enum(MEMBER_STATUSES)),
  // Team ids; any id shape PostgreSQL accepts as a uuid (ids of other organizations match nothing).
  team: list(z.guid()),
  department: list(z.string().max(100)),
  joined: scalar(z.coerce.number().pipe(z.literal(JOINED_WINDOWS)).optional()).catch(undefined),
  activity: scalar(z.enum(ACTIVITY_LEVELS).optional()).catch(undefined),
  // The member shown in the view modal. Kept as given (bounded) so an unknown id can say "not found".
  member: scalar(z.string().trim().min(1).max(64).optional()).catch(undefined),
  // The member open in the Edit Member modal.
  edit: scalar(z.string().trim().min(1).max(64).optional()).catch(undefined),
  // The Create Member modal is open.
  create: scalar(z.literal("1").optional()).catch(undefined),
});

export type MembersSearch = z.output<typeof membersSearchSchema>;

export type SearchParamsInput =
  | URLSearchParams
  | Record<string, string | string[] | undefined>
  | ReadonlyMap<string, string>;

/** Parses Next's `searchParams` (or a URLSearchParams); invalid values become their defaults. */
export function parseMembersSearch(input: SearchParamsInput): MembersSearch {
  let record: Record<string, string | string[] | undefined>;
  if (input instanceof URLSearchParams) {
    record = {};
    for (const key of new Set(input.keys())) {
      const all = input.getAll(key);
      record[key] = all.length > 1 ? all : all[0];
    }
  } else if (input instanceof Map) {
    record = Object.fromEntries(input);
  } else {
    record = input as Record<string, string | string[] | undefined>;
  }
  return membersSearchSchema.parse(record);
}

export const DEFAULT_MEMBERS_SEARCH: MembersSearch = parseMembersSearch({});

/** Fields that narrow the list (as opposed to sorting and paging through it). */
export function hasActiveFilters(search: MembersSearch): boolean {
  return (
    search.q !== "" ||
    search.role.length > 0 ||
    search.status.length > 0 ||
    search.team.length > 0 ||
    search.department.length > 0 ||
    search.joined !== undefined ||
    search.activity !== undefined
  );
}

/**
 * Writes the search as URL params, leaving out defaults so the plain page stays `/members`.
 * Lists are comma-joined (a department whose name contains a comma cannot be filtered on).
 */
export function serializeMembersSearch(search: Partial<MembersSearch>): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string | number | undefined, fallback?: string | number) => {
    if (value === undefined || value === "" || value === fallback) return;
    params.set(key, String(value));
  };
  const setList = (key: string, values: readonly string[] | undefined) => {
    if (values && values.length > 0) params.set(key, values.join(","));
  };
  set("q", search.q);
  setList("role", search.role);
  setList("status", search.status);
  setList("team", search.team);
  setList("department", search.department);
  set("joined", search.joined);
  set("activity", search.activity);
  set("sort", search.sort, DEFAULT_SORT);
  set("dir", search.dir, DEFAULT_DIR);
  set("page", search.page, 1);
  set("pageSize", search.pageSize, DEFAULT_PAGE_SIZE);
  set("member", search.member);
  set("edit", search.edit);
  set("create", search.create);
  const text = params.toString();
  return text ? `?${text}` : "";
}
