// Roles, their order and what each may do: the single source of truth for the server's checks,
// the UI's visible actions and the Roles page.
import type { Role } from "@/db/schema/enums";

export type { Role };

/** Highest first. */
export const ROLES = ["owner", "admin", "manager", "developer", "analyst", "viewer"] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, string> = {
  owner: "Owner",
  admin: "Admin",
  manager: "Manager",
  developer: "Developer",
  analyst: "Analyst",
  viewer: "Viewer",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  owner: "Full control, including billing, ownership transfer and deleting the organization",
  admin: "Full access: manage users, settings and all resources",
  manager: "Manage resources and members below Manager",
  developer: "Create and deploy resources",
  analyst: "View and analyze data",
  viewer: "Read-only access",
};

/** Larger is more powerful. */
export function roleRank(role: Role): number {
  return ROLES.length - ROLES.indexOf(role);
}

export const PERMISSIONS = [
  "members.view",
  "members.invite",
  "members.edit",
  "members.remove",
  "teams.manage",
  "audit.view",
  "audit.verify",
  "data.export",
  "apiKeys.manageOwn",
  "apiKeys.manageAll",
  "settings.manage",
  "billing.view",
  "billing.manage",
  "organization.transfer",
  "organization.delete",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const PERMISSION_LABELS: Record<Permission, string> = {
  "members.view": "View members and teams",
  "members.invite": "Invite / create members",
  "members.edit": "Edit members, change roles",
  "members.remove": "Remove / disable members",
  "teams.manage": "Manage teams",
  "audit.view": "View activity and audit log",
  "audit.verify": "Verify the activity log's integrity",
  "data.export": "Export data (CSV)",
  "apiKeys.manageOwn": "Manage own API keys",
  "apiKeys.manageAll": "Manage everyone's API keys and API access",
  "settings.manage": "Manage domains, SCIM, settings",
  "billing.view": "View seats / plan",
  "billing.manage": "Manage seats / plan (billing)",
  "organization.transfer": "Transfer ownership",
  "organization.delete": "Delete organization",
};

const ALL_MEMBER_ROLES: readonly Role[] = ROLES;
const below = (role: Role): Role[] => ROLES.filter((r) => roleRank(r) < roleRank(role));

interface Grant {
  /** Roles that hold the permission. */
  roles: readonly Role[];
}

/** DESIGN.md's permission table. Scope limits (which targets) live in `manageableRoles`. */
const GRANTS: Record<Permission, Grant> = {
  "members.view": { roles: ALL_MEMBER_ROLES },
  "members.invite": { roles: ["owner", "admin", "manager"] },
  "members.edit": { roles: ["owner", "admin", "manager"] },
  "members.remove": { roles: ["owner", "admin"] },
  "teams.manage": { roles: ["owner", "admin", "manager"] },
  "audit.view": { roles: ["owner", "admin", "manager", "analyst"] },
  // Recomputing the tamper-evident chain reads the whole log: the Owners' check.
  "audit.verify": { roles: ["owner"] },
  "data.export": { roles: ["owner", "admin", "analyst"] },
  "apiKeys.manageOwn": { roles: ["owner", "admin", "manager", "developer", "analyst"] },
  // Seed 002: Owners and Admins list and revoke anyone's keys and set each member's API access level.
  "apiKeys.manageAll": { roles: ["owner", "admin"] },
  "settings.manage": { roles: ["owner", "admin"] },
  "billing.view": { roles: ["owner", "admin"] },
  "billing.manage": { roles: ["owner"] },
  "organization.transfer": { roles: ["owner"] },
  "organization.delete": { roles: ["owner"] },
};

/**
 * Granular permissions a member can hold beyond their role (the seeds' "Manage Users", ...).
 * Only permissions that can sensibly be delegated are grantable.
 */
export const GRANTABLE_PERMISSIONS = [
  "members.invite",
  "members.edit",
  "teams.manage",
  "audit.view",
  "data.export",
] as const satisfies readonly Permission[];
export type GrantablePermission = (typeof GRANTABLE_PERMISSIONS)[number];

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return GRANTS[permission].roles.includes(role);
}

export interface Actor {
  role: Role;
  /** Granular extras held by the member. */
  permissions?: readonly string[];
}

export function can(actor: Actor, permission: Permission): boolean {
  if (roleHasPermission(actor.role, permission)) return true;
  return (
    (GRANTABLE_PERMISSIONS as readonly string[]).includes(permission) &&
    (actor.permissions ?? []).includes(permission)
  );
}

/**
 * Roles whose members the actor may change (edit, change role, remove) and which the actor may
 * assign: Owners act on everyone and may promote to Owner; Admins act below Admin; Managers below
 * Manager. Everybody else: none.
 */
export function manageableRoles(actor: Actor): Role[] {
  if (actor.role === "owner") return [...ROLES];
  if (can(actor, "members.edit") || can(actor, "members.invite") || can(actor, "members.remove")) {
    return below(actor.role);
  }
  return [];
}

/** Roles the actor may give to a new or existing member. */
export function assignableRoles(actor: Actor): Role[] {
  return manageableRoles(actor);
}

export function canActOn(actor: Actor, targetRole: Role): boolean {
  return manageableRoles(actor).includes(targetRole);
}

/** The permission table as rows for the Roles page. */
export function permissionMatrix(): { permission: Permission; label: string; roles: Record<Role, boolean> }[] {
  return PERMISSIONS.map((permission) => ({
    permission,
    label: PERMISSION_LABELS[permission],
    roles: Object.fromEntries(ROLES.map((r) => [r, roleHasPermission(r, permission)])) as Record<Role, boolean>,
  }));
}
