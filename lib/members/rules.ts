// What one member may do to another, with the reason when not: DESIGN.md's invariants 1–3 and 5
// as pure functions of the permission table. The server enforces them inside the action's
// transaction; the UI calls the same functions to disable controls and explain why.
import {
  GRANTABLE_PERMISSIONS,
  ROLE_LABELS,
  assignableRoles,
  can,
  canActOn,
  type Actor,
  type GrantablePermission,
  type Permission,
  type Role,
} from "@/lib/permissions";

export interface MemberSubject extends Actor {
  id: string;
  status: "active" | "inactive" | "pending";
}

/** Null means allowed; a string is the reason it is not. */
export type Verdict = string | null;

export function effectivePermissions(actor: Actor): Set<Permission> {
  const held = new Set<Permission>();
  for (const permission of [...GRANTABLE_PERMISSIONS, "members.remove", "settings.manage"] as Permission[]) {
    if (can(actor, permission)) held.add(permission);
  }
  return held;
}

function rankRule(actor: MemberSubject, target: MemberSubject): Verdict {
  if (actor.id === target.id) return "You can't change your own membership here.";
  if (target.role === "owner" && actor.role !== "owner") return "Only an Owner can change an Owner.";
  if (!canActOn(actor, target.role)) {
    return `You can only change members ranked below ${ROLE_LABELS[actor.role]}.`;
  }
  return null;
}

/** Editing name, email, phone, department, job title and teams. */
export function whyCannotEdit(actor: MemberSubject, target: MemberSubject): Verdict {
  if (!can(actor, "members.edit")) return "You don't have permission to edit members.";
  return rankRule(actor, target);
}

export function whyCannotChangeRole(actor: MemberSubject, target: MemberSubject, newRole: Role): Verdict {
  if (actor.id === target.id) return "You can't change your own role.";
  const edit = whyCannotEdit(actor, target);
  if (edit) return edit;
  if (newRole === "owner" && actor.role !== "owner") return "Only an Owner can promote to Owner.";
  if (!assignableRoles(actor).includes(newRole)) {
    return `You can only assign roles below ${ROLE_LABELS[actor.role]}.`;
  }
  return null;
}

/** Granular permissions: only grantable ones, never beyond the granter's own, never to oneself. */
export function whyCannotSetPermissions(
  actor: MemberSubject,
  target: MemberSubject,
  next: readonly string[],
): Verdict {
  const current = new Set(target.permissions ?? []);
  const changed = [...new Set([...next, ...current])].filter((p) => current.has(p) !== next.includes(p));
  if (changed.length === 0) return null;
  if (actor.id === target.id) return "You can't change your own permissions.";
  const edit = whyCannotEdit(actor, target);
  if (edit) return edit;
  return whyCannotGrant(actor, changed);
}

export function whyCannotGrant(actor: Actor, permissions: readonly string[]): Verdict {
  const own = effectivePermissions(actor);
  for (const permission of permissions) {
    if (!(GRANTABLE_PERMISSIONS as readonly string[]).includes(permission)) return `Unknown permission: ${permission}`;
    if (!own.has(permission as GrantablePermission)) return "You can't grant a permission you don't have.";
  }
  return null;
}

/** Disabling (status Inactive) and re-enabling. */
export function whyCannotChangeStatus(actor: MemberSubject, target: MemberSubject): Verdict {
  if (actor.id === target.id) return "You can't disable yourself.";
  if (!can(actor, "members.remove")) return "You don't have permission to disable members.";
  if (target.status === "pending") return "Pending members become active by accepting their invitation.";
  return rankRule(actor, target);
}

export function whyCannotRemove(actor: MemberSubject, target: MemberSubject): Verdict {
  if (actor.id === target.id) return "You can't remove yourself. Use Leave organization instead.";
  if (!can(actor, "members.remove")) return "You don't have permission to remove members.";
  return rankRule(actor, target);
}

/**
 * Ending a member's sessions (signing them out everywhere): who may remove them may do it; nobody
 * does it to themselves here — their own sessions are in their account.
 */
export function whyCannotEndSessions(actor: MemberSubject, target: MemberSubject): Verdict {
  if (actor.id === target.id) return "You can end your own sessions from your account.";
  if (!can(actor, "members.remove")) return "You don't have permission to end members' sessions.";
  return rankRule(actor, target);
}

/** Creating or inviting a member with `role`. */
export function whyCannotInviteAs(actor: Actor, role: Role): Verdict {
  if (!can(actor, "members.invite")) return "You don't have permission to invite members.";
  if (role === "owner" && actor.role !== "owner") return "Only an Owner can make someone an Owner.";
  if (!assignableRoles(actor).includes(role)) return `You can only invite with roles below ${ROLE_LABELS[actor.role]}.`;
  return null;
}

export const LAST_OWNER_MESSAGE =
  "An organization needs at least one active Owner. Make another member Owner first.";
