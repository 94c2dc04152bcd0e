// How the Bulk Import review names each kind of problem, in the order the summary lists them.
import type { ImportIssueCode } from "@/lib/invitations/import-review";

export const ISSUE_LABELS: Record<ImportIssueCode, string> = {
  invalid_email: "Bad email",
  unknown_role: "Unknown role",
  role_not_allowed: "Role not allowed",
  unknown_team: "Unknown team",
  duplicate_in_file: "Duplicate in file",
  already_member: "Already a member",
  already_invited: "Already invited",
  over_seat_limit: "Over seat limit",
  too_long: "Text too long",
};

export const ISSUE_ORDER = Object.keys(ISSUE_LABELS) as ImportIssueCode[];
