// Who may do what with API keys, with the reason when not — pure functions the actions enforce
// and the UI uses to explain disabled controls. People manage their own keys (if their role may
// hold keys); Owners and Admins list and revoke anyone's, and create keys or set API access for
// members they outrank (Owners: everyone).
import type { ApiAccess } from "@/db/schema/enums";
import type { MemberSubject, Verdict } from "@/lib/members/rules";
import { ROLE_LABELS, can, canActOn } from "@/lib/permissions";

export interface KeySubject extends MemberSubject {
  apiAccess: ApiAccess;
  userId: string | null;
}

function outranks(actor: KeySubject, target: KeySubject): Verdict {
  if (target.role === "owner" && actor.role !== "owner") return "Only an Owner can manage an Owner's API keys.";
  if (!canActOn(actor, target.role)) return `You can only manage the keys of members ranked below ${ROLE_LABELS[actor.role]}.`;
  return null;
}

/** Creating a key that acts for `target`. */
export function whyCannotCreateKeyFor(actor: KeySubject, target: KeySubject): Verdict {
  if (target.status !== "active" || !target.userId) return "Keys can only be created for active members who have joined.";
  if (!can(target, "apiKeys.manageOwn")) return `${ROLE_LABELS[target.role]}s can't have API keys.`;
  if (target.apiAccess === "none") {
    return actor.id === target.id ? "Your API access is turned off. Ask an Owner or Admin." : "This member's API access is turned off.";
  }
  if (actor.id === target.id) return null;
  if (!can(actor, "apiKeys.manageAll")) return "You can only create keys for yourself.";
  return outranks(actor, target);
}

/**
 * Listing or revoking `target`'s keys (a removed member's keys: target null). Owners and Admins
 * may list and revoke anyone's: taking access away is never an escalation.
 */
export function whyCannotManageKeysOf(actor: KeySubject, target: KeySubject | null): Verdict {
  if (target && actor.id === target.id) return null;
  return can(actor, "apiKeys.manageAll") ? null : "You can only manage your own API keys.";
}

/** Setting `target`'s API access level. */
export function whyCannotSetApiAccess(actor: KeySubject, target: KeySubject): Verdict {
  if (!can(actor, "apiKeys.manageAll")) return "Only Owners and Admins set API access.";
  if (actor.id === target.id) return "You can't change your own API access.";
  return outranks(actor, target);
}
