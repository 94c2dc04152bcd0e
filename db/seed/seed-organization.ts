// Writes one seeded organization (named people, generated people, teams, pending invitations)
// inside the caller's transaction. The demo seed describes its organizations; this writes them.
import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { invitations, members, organizations, teamMembers, teams, users } from "@/db/schema";
import type { MemberStatus, Plan, Role, TeamRole } from "@/db/schema/enums";
import { createRng, type TeamSpec } from "./demo-data";
import { DAY_MS, generateMember, type GeneratedMember } from "./generate-member";
import { randomTokenHash } from "./token-hash";
import { assignTeams } from "./assign-teams";

export interface NamedPerson {
  email: string;
  name: string;
  role: Role;
  department: string;
  jobTitle: string;
  phone?: string;
  joinedDaysAgo: number;
  lastActiveDaysAgo: number;
  teams: { name: string; role: TeamRole }[];
}

export interface OrganizationSeed {
  name: string;
  slug: string;
  plan: Plan;
  seatLimit: number;
  defaultRole: Role;
  invitationExpiryDays: number;
  createdDaysAgo: number;
  /** The domain of generated people's emails, e.g. "acme.test". */
  domain: string;
  people: NamedPerson[];
  generated: { count: number; seed: number; statusCycle: readonly (MemberStatus | null)[] };
  teams: readonly TeamSpec[];
}

export interface SeededMember {
  memberId: string;
  userId: string | null;
  name: string;
  email: string;
  role: Role;
  status: MemberStatus;
  joinedAt: Date | null;
}

export interface SeededOrganization {
  organizationId: string;
  members: SeededMember[];
  teamIds: Map<string, string>;
  /** Email → user id of the named people. */
  userIds: Map<string, string>;
}

const ago = (now: Date, days: number) => new Date(now.getTime() - Math.round(days * DAY_MS));

/** Inserts or finds users by email (one person can belong to several organizations). */
async function upsertUsers(
  tx: Transaction,
  rows: { id: string; name: string; email: string; emailVerified: Date; createdAt: Date }[],
): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  const saved = await tx
    .insert(users)
    .values(rows)
    .onConflictDoUpdate({
      target: users.email,
      set: { emailVerified: sql`coalesce(${users.emailVerified}, excluded.email_verified)` },
    })
    .returning({ id: users.id, email: users.email });
  return new Map(saved.map((row) => [row.email ?? "", row.id]));
}

function uniqueGenerated(spec: OrganizationSeed, now: Date): GeneratedMember[] {
  const rng = createRng(spec.generated.seed);
  const taken = new Set(spec.people.map((person) => person.email.split("@")[0]));
  const people: GeneratedMember[] = [];
  for (let i = 0; i < spec.generated.count; i++) {
    const forced = spec.generated.statusCycle[i % spec.generated.statusCycle.length] ?? undefined;
    const person = generateMember(rng, { now, status: forced });
    let local = person.localPart;
    for (let n = 2; taken.has(local); n++) local = `${person.localPart}${n}`;
    taken.add(local);
    people.push({ ...person, localPart: local });
  }
  return people;
}

export async function seedOrganization(tx: Transaction, spec: OrganizationSeed, now: Date): Promise<SeededOrganization> {
  const createdAt = ago(now, spec.createdDaysAgo);
  const [org] = await tx
    .insert(organizations)
    .values({
      name: spec.name,
      slug: spec.slug,
      plan: spec.plan,
      seatLimit: spec.seatLimit,
      defaultRole: spec.defaultRole,
      invitationExpiryDays: spec.invitationExpiryDays,
      createdAt,
      updatedAt: createdAt,
    })
    .returning({ id: organizations.id });
  if (!org) throw new Error(`Could not create organization ${spec.slug}`);
  const organizationId = org.id;

  const teamRows = spec.teams.map((team) => ({
    id: crypto.randomUUID(),
    organizationId,
    name: team.name,
    description: team.description,
    createdAt: ago(now, spec.createdDaysAgo - 1),
  }));
  if (teamRows.length > 0) await tx.insert(teams).values(teamRows);
  const teamIds = new Map(teamRows.map((team) => [team.name, team.id]));

  // Named people: verified users, active members, explicit teams.
  const userIds = await upsertUsers(
    tx,
    spec.people.map((person) => ({
      id: crypto.randomUUID(),
      name: person.name,
      email: person.email,
      emailVerified: ago(now, person.joinedDaysAgo),
      createdAt: ago(now, person.joinedDaysAgo),
    })),
  );
  const namedRows = spec.people.map((person) => {
    const joinedAt = ago(now, person.joinedDaysAgo);
    return {
      id: crypto.randomUUID(),
      organizationId,
      userId: userIds.get(person.email) ?? null,
      email: person.email,
      name: person.name,
      phone: person.phone ?? null,
      department: person.department,
      jobTitle: person.jobTitle,
      role: person.role,
      status: "active" as const,
      joinedAt,
      lastActiveAt: ago(now, person.lastActiveDaysAgo),
      createdAt: joinedAt,
      updatedAt: joinedAt,
    };
  });
  const membershipRows: { teamId: string; memberId: string; organizationId: string; role: TeamRole }[] = [];
  spec.people.forEach((person, index) => {
    for (const team of person.teams) {
      const teamId = teamIds.get(team.name);
      if (!teamId) throw new Error(`Unknown team ${team.name} for ${person.email}`);
      membershipRows.push({ teamId, memberId: namedRows[index]!.id, organizationId, role: team.role });
    }
  });

  // Generated people: users for those who joined, an invitation for those still pending.
  const generated = uniqueGenerated(spec, now);
  const teamRng = createRng(spec.generated.seed ^ 0x9e3779b9);
  const generatedUsers = generated
    .filter((person) => person.status !== "pending")
    .map((person) => ({
      id: crypto.randomUUID(),
      name: person.name,
      email: `${person.localPart}@${spec.domain}`,
      emailVerified: person.joinedAt ?? person.createdAt,
      createdAt: person.createdAt,
    }));
  const generatedUserIds = await upsertUsers(tx, generatedUsers);
  const inviterId = userIds.get(spec.people[0]!.email) ?? null;
  const invitationRows: (typeof invitations.$inferInsert)[] = [];
  const generatedRows = generated.map((person) => {
    const email = `${person.localPart}@${spec.domain}`;
    const memberId = crypto.randomUUID();
    const memberTeams = assignTeams(teamRng, spec.teams, person, 1);
    if (person.status === "pending") {
      invitationRows.push({
        organizationId,
        memberId,
        email,
        role: person.role,
        department: person.department,
        jobTitle: person.jobTitle,
        teamIds: memberTeams.map((team) => teamIds.get(team.name)!),
        tokenHash: randomTokenHash(),
        status: "pending",
        expiresAt: new Date(person.createdAt.getTime() + spec.invitationExpiryDays * DAY_MS),
        invitedByUserId: inviterId,
        createdAt: person.createdAt,
      });
    } else {
      for (const team of memberTeams) {
        membershipRows.push({ teamId: teamIds.get(team.name)!, memberId, organizationId, role: team.role });
      }
    }
    return {
      id: memberId,
      organizationId,
      userId: person.status === "pending" ? null : (generatedUserIds.get(email) ?? null),
      email,
      name: person.name,
      phone: person.phone,
      department: person.department,
      jobTitle: person.jobTitle,
      role: person.role,
      status: person.status,
      joinedAt: person.joinedAt,
      lastActiveAt: person.lastActiveAt,
      createdAt: person.createdAt,
      updatedAt: person.createdAt,
    };
  });

  const memberRows = [...namedRows, ...generatedRows];
  await tx.insert(members).values(memberRows);
  if (membershipRows.length > 0) await tx.insert(teamMembers).values(membershipRows);
  if (invitationRows.length > 0) await tx.insert(invitations).values(invitationRows);

  return {
    organizationId,
    teamIds,
    userIds,
    members: memberRows.map((row) => ({
      memberId: row.id,
      userId: row.userId,
      name: row.name,
      email: row.email,
      role: row.role,
      status: row.status,
      joinedAt: row.joinedAt,
    })),
  };
}
