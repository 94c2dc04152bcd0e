// What a key may be used for. A key acts with its member's current role; its scopes narrow that,
// and the member's API access level (set by Owners and Admins) narrows every key they hold at once.
import type { ApiAccess } from "@/db/schema/enums";

export const API_SCOPES = [
  "members:read",
  "members:write",
  "invitations:read",
  "invitations:write",
  "teams:read",
  "teams:write",
  "audit:read",
  "keys:read",
  "keys:write",
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const SCOPE_LABELS: Record<ApiScope, string> = {
  "members:read": "Read members",
  "members:write": "Change and remove members",
  "invitations:read": "Read invitations",
  "invitations:write": "Invite, resend and cancel invitations",
  "teams:read": "Read teams",
  "teams:write": "Create teams, add and remove team members",
  "audit:read": "Read the audit log",
  "keys:read": "List API keys",
  "keys:write": "Create and revoke API keys",
};

export const API_ACCESS_LEVELS = ["full", "read_only", "none"] as const satisfies readonly ApiAccess[];
export const API_ACCESS_LABELS: Record<ApiAccess, string> = { full: "Full", read_only: "Read-only", none: "None" };
export const API_ACCESS_DESCRIPTIONS: Record<ApiAccess, string> = {
  full: "Keys work with every scope they were given.",
  read_only: "Only the read scopes of each key work.",
  none: "Every key of this member is refused.",
};

export function isApiScope(value: string): value is ApiScope {
  return (API_SCOPES as readonly string[]).includes(value);
}

export function isReadScope(scope: ApiScope): boolean {
  return scope.endsWith(":read");
}

/** The scopes a key can use right now, given its member's API access level. */
export function effectiveScopes(scopes: readonly string[], access: ApiAccess): ApiScope[] {
  if (access === "none") return [];
  return scopes.filter(isApiScope).filter((scope) => access === "full" || isReadScope(scope));
}
