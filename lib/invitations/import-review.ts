// The review of a Bulk Import: every row marked valid or with its problems (bad email, unknown
// role or team, duplicate in the file, already a member or invited, over the seat limit).
// Pure: the caller supplies what the organization already has, so the same review runs when
// showing it and again, under the organization lock, when importing.
import { emailSchema } from "@/lib/validation/members";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/permissions";
import type { ImportRow } from "./csv-import";

export type ImportIssueCode =
  | "invalid_email"
  | "unknown_role"
  | "role_not_allowed"
  | "unknown_team"
  | "duplicate_in_file"
  | "already_member"
  | "already_invited"
  | "over_seat_limit"
  | "too_long";

export interface ImportIssue {
  code: ImportIssueCode;
  message: string;
}

export interface ReviewedRow {
  line: number;
  email: string;
  role: Role | null;
  teams: string[];
  name: string | null;
  department: string | null;
  jobTitle: string | null;
  issues: ImportIssue[];
}

export interface ReviewContext {
  /** Members of the organization by lowercase email (pending ones are "already invited"). */
  existing: ReadonlyMap<string, "active" | "inactive" | "pending">;
  /** The organization's teams by lowercase name. */
  teamsByName: ReadonlyMap<string, string>;
  /** Unknown team names (lowercase) the admin chose to create. */
  createTeams: ReadonlySet<string>;
  assignableRoles: readonly Role[];
  seatsAvailable: number;
}

export interface ImportReview {
  rows: ReviewedRow[];
  valid: number;
  invalid: number;
  /** Team names in the file that don't exist (and aren't being created), as first written. */
  unknownTeams: string[];
  /** Every team name in the file that doesn't exist yet, being created or not, as first written. */
  missingTeams: string[];
  /** Rows with each kind of problem (a row naming two unknown teams counts once). */
  counts: Partial<Record<ImportIssueCode, number>>;
}

// The seeds' role names, mapped as DESIGN.md says.
const ROLE_ALIASES: Record<string, Role> = {
  ...Object.fromEntries(ROLES.map((r) => [r, r])),
  "super admin": "owner",
  superadmin: "owner",
  member: "developer",
};

export function parseRole(value: string): Role | null {
  return ROLE_ALIASES[value.trim().toLowerCase().replace(/[_-]+/g, " ")] ?? null;
}

const MAX_TEXT = { name: 200, department: 100, jobTitle: 100 } as const;

export function reviewImport(rows: readonly ImportRow[], context: ReviewContext): ImportReview {
  const seenEmails = new Set<string>();
  const unknownTeams = new Map<string, string>();
  const missingTeams = new Map<string, string>();
  let seatsLeft = context.seatsAvailable;
  const reviewed = rows.map((row): ReviewedRow => {
    const issues: ImportIssue[] = [];
    const parsedEmail = emailSchema.safeParse(row.email);
    const email = parsedEmail.success ? parsedEmail.data : row.email.trim();
    if (!parsedEmail.success) issues.push({ code: "invalid_email", message: row.email ? `“${row.email}” is not a valid email address` : "Email is missing" });

    const role = parseRole(row.role);
    if (!role) issues.push({ code: "unknown_role", message: row.role ? `Unknown role “${row.role}”` : "Role is missing" });
    else if (!context.assignableRoles.includes(role)) {
      issues.push({ code: "role_not_allowed", message: `You can't invite people as ${ROLE_LABELS[role]}` });
    }

    for (const team of row.teams) {
      const key = team.toLowerCase();
      if (context.teamsByName.has(key)) continue;
      if (!missingTeams.has(key)) missingTeams.set(key, team);
      if (context.createTeams.has(key)) continue;
      if (!unknownTeams.has(key)) unknownTeams.set(key, team);
      issues.push({ code: "unknown_team", message: `Unknown team “${team}”` });
    }
    for (const field of ["name", "department", "jobTitle"] as const) {
      if ((row[field]?.length ?? 0) > MAX_TEXT[field]) issues.push({ code: "too_long", message: `${field} is longer than ${MAX_TEXT[field]} characters` });
    }

    if (parsedEmail.success) {
      if (seenEmails.has(email)) issues.push({ code: "duplicate_in_file", message: "This email appears earlier in the file" });
      seenEmails.add(email);
      const status = context.existing.get(email);
      if (status === "pending") issues.push({ code: "already_invited", message: "Already invited" });
      else if (status) issues.push({ code: "already_member", message: "Already a member" });
    }

    if (issues.length === 0) {
      if (seatsLeft > 0) seatsLeft--;
      else issues.push({ code: "over_seat_limit", message: "No seat left for this invitation" });
    }
    return { line: row.line, email, role, teams: row.teams, name: row.name, department: row.department, jobTitle: row.jobTitle, issues };
  });

  const counts: Partial<Record<ImportIssueCode, number>> = {};
  for (const row of reviewed) {
    for (const code of new Set(row.issues.map((issue) => issue.code))) counts[code] = (counts[code] ?? 0) + 1;
  }
  const valid = reviewed.filter((r) => r.issues.length === 0).length;
  return { rows: reviewed, valid, invalid: reviewed.length - valid, unknownTeams: [...unknownTeams.values()], missingTeams: [...missingTeams.values()], counts };
}

/** What the review dialog needs of one row: kept small, since a file can have 10,000. */
export interface ReviewRowView {
  line: number;
  email: string;
  role: Role | null;
  teams: string[];
  issues: ImportIssue[];
}

export interface ImportReviewView {
  total: number;
  valid: number;
  invalid: number;
  counts: Partial<Record<ImportIssueCode, number>>;
  /** Team names in the file that don't exist yet; `create` when the admin chose to create it. */
  missingTeams: { name: string; create: boolean }[];
  canCreateTeams: boolean;
  seatsAvailable: number;
  rows: ReviewRowView[];
}

export function toReviewView(
  review: ImportReview,
  { createTeams, canCreateTeams, seatsAvailable }: { createTeams: ReadonlySet<string>; canCreateTeams: boolean; seatsAvailable: number },
): ImportReviewView {
  return {
    total: review.rows.length,
    valid: review.valid,
    invalid: review.invalid,
    counts: review.counts,
    missingTeams: review.missingTeams.map((name) => ({ name, create: createTeams.has(name.toLowerCase()) })),
    canCreateTeams,
    seatsAvailable,
    rows: review.rows.map(({ line, email, role, teams, issues }) => ({ line, email, role, teams, issues })),
  };
}
