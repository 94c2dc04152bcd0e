// Which roles a free-text search names, so typing "admin" in the members search also finds the
// Admins: matched against the role labels people see, not the stored enum values.
import { ROLES, ROLE_LABELS, type Role } from "@/lib/permissions";

/** "admin" → Admin; 3+ letters match a prefix ("dev" → Developer). */
export function rolesMatchingQuery(q: string): Role[] {
  const needle = q.trim().toLowerCase();
  if (!needle) return [];
  return ROLES.filter((role) => {
    const label = ROLE_LABELS[role].toLowerCase();
    return label === needle || (needle.length >= 3 && label.startsWith(needle));
  });
}
