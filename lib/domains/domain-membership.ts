// Adding a person who came through a verified domain (auto-join, or an approved join request) as an
// Active member with a role (never Owner) and teams. The caller holds the organization's lock and
// has checked the seat; teams that no longer exist in the organization are skipped.
import "server-only";
import type { Queryable } from "@/db/client";
import { insertProvisionedMember } from "@/db/queries/scim-writes";
import { setMemberTeams } from "@/db/queries/team-writes";
import { findTeamIds } from "@/db/queries/teams";
import type { Member, Role } from "@/db/schema";

export interface DomainPersonUser {
  id: string;
  email: string;
  name: string | null;
}

/** A display name for someone who never gave one: the address's local part. */
export function nameFromUser(user: DomainPersonUser): string {
  return user.name?.trim() || user.email.split("@")[0] || user.email;
}

export async function addDomainMember(
  tx: Queryable,
  { organizationId, user, role, teamIds, now }: { organizationId: string; user: DomainPersonUser; role: Role; teamIds: readonly string[]; now: Date },
): Promise<{ member: Member; teamIds: string[] }> {
  const safeRole: Role = role === "owner" ? "developer" : role;
  const member = await insertProvisionedMember(tx, {
    organizationId,
    userId: user.id,
    email: user.email.trim().toLowerCase(),
    name: nameFromUser(user),
    phone: null,
    department: null,
    jobTitle: null,
    role: safeRole,
    status: "active",
    externalId: null,
    joinedAt: now,
  });
  const existing = teamIds.length ? await findTeamIds(tx, { organizationId, teamIds: [...teamIds] }) : [];
  if (existing.length) await setMemberTeams(tx, { organizationId, memberId: member.id, teamIds: existing });
  return { member, teamIds: existing };
}
