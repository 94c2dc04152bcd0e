// Grows one organization to N generated members (benchmarks, load tests), in batches of one
// multi-row insert per table inside a transaction, then refreshes planner statistics.
import crypto from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { members, organizations, teams } from "@/db/schema";
import { ACME_TEAMS, createRng, seedFromString, type Rng } from "./demo-data";
import { assignTeams } from "./assign-teams";
import { DAY_MS, generateMember } from "./generate-member";
import { randomTokenHash } from "./token-hash";
import {
  insertInvitations,
  insertMembers,
  insertTeamMembers,
  insertUsers,
  type BulkInvitation,
  type BulkMember,
  type BulkTeamMember,
  type BulkUser,
} from "./bulk-insert";
import { seedDemo } from "./demo";

export interface LargeSeedOptions {
  slug: string;
  /** The number of members the organization should end with. */
  members: number;
  batchSize?: number;
  /** Batches written at once, each in its own transaction (PostgreSQL only: PGlite has one connection). */
  concurrency?: number;
  /** Share of joined members placed in their department's teams. */
  teamShare?: number;
  onProgress?: (progress: { inserted: number; needed: number; elapsedMs: number }) => void;
}

export interface LargeSeedResult {
  organizationId: string;
  createdOrganization: boolean;
  before: number;
  after: number;
  inserted: number;
  /** Rows written across users, members, team memberships and invitations. */
  rowsWritten: number;
  seatLimit: number;
  elapsedMs: number;
}

const DEMO_SLUGS = new Set(["acme", "globex"]);
const ESTABLISHED_DAYS = 365;

function titleCase(slug: string): string {
  return slug.replace(/[-_]+/g, " ").replace(/\b\w/g, (letter) => letter.toUpperCase());
}

/** Finds the organization, creating it if missing (the demo seed for the demo slugs). */
async function ensureOrganization(db: Database, slug: string, seats: number): Promise<{ id: string; created: boolean }> {
  const find = () => db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, slug)).limit(1);
  const [existing] = await find();
  if (existing) return { id: existing.id, created: false };
  if (DEMO_SLUGS.has(slug)) {
    await seedDemo(db);
    const [seeded] = await find();
    if (seeded) return { id: seeded.id, created: true };
  }
  // Backdated like the demo organizations: a large organization is an established one, outside
  // the new-organization invitation quota (the import benchmark invites 10,000 people at once).
  const createdAt = new Date(Date.now() - ESTABLISHED_DAYS * 24 * 60 * 60 * 1000);
  const [created] = await db
    .insert(organizations)
    .values({ name: titleCase(slug), slug, plan: "enterprise", seatLimit: seats, createdAt, updatedAt: createdAt })
    .onConflictDoNothing()
    .returning({ id: organizations.id });
  const row = created ?? (await find())[0];
  if (!row) throw new Error(`Could not create organization "${slug}"`);
  return { id: row.id, created: Boolean(created) };
}

/** The organization's teams by name, creating the standard ones it lacks. */
async function ensureTeams(db: Database, organizationId: string): Promise<Map<string, string>> {
  await db
    .insert(teams)
    .values(ACME_TEAMS.map((team) => ({ organizationId, name: team.name, description: team.description })))
    .onConflictDoNothing();
  const rows = await db.select({ id: teams.id, name: teams.name }).from(teams).where(eq(teams.organizationId, organizationId));
  return new Map(rows.map((row) => [row.name.toLowerCase(), row.id]));
}

interface Batch {
  users: BulkUser[];
  members: BulkMember[];
  teamMembers: BulkTeamMember[];
  invitations: BulkInvitation[];
}

function generateBatch(
  rng: Rng,
  size: number,
  firstSequence: number,
  context: { slug: string; now: Date; expiryDays: number; teamIds: Map<string, string>; teamShare: number },
): Batch {
  const batch: Batch = { users: [], members: [], teamMembers: [], invitations: [] };
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  for (let i = 0; i < size; i++) {
    const person = generateMember(rng, { now: context.now });
    const email = `${person.localPart}${firstSequence + i}@${context.slug}.test`;
    const memberId = crypto.randomUUID();
    const memberTeams = assignTeams(rng, ACME_TEAMS, person, context.teamShare)
      .map((team) => ({ id: context.teamIds.get(team.name.toLowerCase()), role: team.role }))
      .filter((team): team is { id: string; role: typeof team.role } => team.id !== undefined);
    let userId: string | null = null;
    if (person.status === "pending") {
      batch.invitations.push({
        member_id: memberId,
        email,
        role: person.role,
        team_ids: memberTeams.map((team) => team.id),
        department: person.department,
        job_title: person.jobTitle,
        token_hash: randomTokenHash(),
        expires_at: new Date(person.createdAt.getTime() + context.expiryDays * DAY_MS).toISOString(),
        created_at: person.createdAt.toISOString(),
      });
    } else {
      userId = crypto.randomUUID();
      const joined = person.createdAt.toISOString();
      batch.users.push({ id: userId, name: person.name, email, email_verified: joined, created_at: joined });
      for (const team of memberTeams) batch.teamMembers.push({ team_id: team.id, member_id: memberId, role: team.role });
    }
    batch.members.push({
      id: memberId,
      user_id: userId,
      email,
      name: person.name,
      phone: person.phone,
      department: person.department,
      job_title: person.jobTitle,
      role: person.role,
      status: person.status,
      joined_at: iso(person.joinedAt),
      last_active_at: iso(person.lastActiveAt),
      created_at: person.createdAt.toISOString(),
    });
  }
  return batch;
}

/** Writes one batch in one transaction; people whose email already exists are dropped. */
async function writeBatch(
  db: Database,
  organizationId: string,
  inviterId: string | null,
  batch: Batch,
): Promise<{ members: number; rows: number }> {
  return db.transaction(async (tx) => {
    const newUsers = await insertUsers(tx, batch.users);
    const userEmails = new Map(batch.users.map((user) => [user.id, user.email]));
    const memberRows = batch.members.filter((m) => m.user_id === null || newUsers.has(userEmails.get(m.user_id) ?? ""));
    const inserted = await insertMembers(tx, organizationId, memberRows);
    const teamRows = batch.teamMembers.filter((row) => inserted.has(row.member_id));
    const invitationRows = batch.invitations.filter((row) => inserted.has(row.member_id));
    await insertTeamMembers(tx, organizationId, teamRows);
    await insertInvitations(tx, organizationId, inviterId, invitationRows);
    return { members: inserted.size, rows: newUsers.size + inserted.size + teamRows.length + invitationRows.length };
  });
}

export async function seedLarge(db: Database, options: LargeSeedOptions): Promise<LargeSeedResult> {
  const started = performance.now();
  const { slug, members: target } = options;
  if (!Number.isInteger(target) || target < 1) throw new Error("The number of members must be a positive integer.");
  const batchSize = options.batchSize ?? 5_000;
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const org = await ensureOrganization(db, slug, target);

  const [counts] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(members)
    .where(eq(members.organizationId, org.id));
  const before = counts?.total ?? 0;
  const needed = Math.max(0, target - before);

  // Raise the seat limit first, so active + pending never exceeds it, even between batches.
  const [limits] = await db
    .update(organizations)
    .set({ seatLimit: sql`greatest(${organizations.seatLimit}, ${target})`, updatedAt: new Date() })
    .where(eq(organizations.id, org.id))
    .returning({ seatLimit: organizations.seatLimit, expiryDays: organizations.invitationExpiryDays });
  if (!limits) throw new Error(`Organization "${slug}" disappeared while seeding`);

  let inserted = 0;
  let rowsWritten = 0;
  if (needed > 0) {
    const teamIds = await ensureTeams(db, org.id);
    const [owner] = await db
      .select({ userId: members.userId })
      .from(members)
      .where(and(eq(members.organizationId, org.id), eq(members.role, "owner"), eq(members.status, "active")))
      .limit(1);
    // Seeded by slug and starting size: the same command on the same database makes the same people.
    const rng = createRng(seedFromString(slug) ^ before);
    const context = { slug, now: new Date(), expiryDays: limits.expiryDays, teamIds, teamShare: options.teamShare ?? 0.6 };
    let sequence = before + 1;
    let emptyRounds = 0;
    // Each round schedules batches for what is still missing; emails that already existed are
    // skipped by the inserts, so a further round makes up for them.
    while (inserted < needed) {
      const writes = new Set<Promise<void>>();
      let failure: unknown;
      const roundStart = inserted;
      for (let scheduled = 0; scheduled < needed - roundStart && failure === undefined; ) {
        const size = Math.min(batchSize, needed - roundStart - scheduled);
        const batch = generateBatch(rng, size, sequence, context);
        sequence += size;
        scheduled += size;
        const write = writeBatch(db, org.id, owner?.userId ?? null, batch).then(
          (written) => {
            inserted += written.members;
            rowsWritten += written.rows;
            options.onProgress?.({ inserted, needed, elapsedMs: performance.now() - started });
          },
          (error: unknown) => {
            failure ??= error;
          },
        );
        writes.add(write);
        void write.finally(() => writes.delete(write));
        if (writes.size >= concurrency) await Promise.race(writes);
      }
      // Let every batch in flight finish before failing, so nothing runs after the caller closes the database.
      await Promise.all(writes);
      if (failure !== undefined) throw failure;
      emptyRounds = inserted === roundStart ? emptyRounds + 1 : 0;
      if (emptyRounds >= 3) throw new Error("Every generated email already exists; giving up.");
    }
  }

  return {
    organizationId: org.id,
    createdOrganization: org.created,
    before,
    after: before + inserted,
    inserted,
    rowsWritten,
    seatLimit: limits.seatLimit,
    elapsedMs: performance.now() - started,
  };
}

/**
 * Refreshes planner statistics after a bulk load. VACUUM also sets the visibility map, without
 * which PostgreSQL cannot use index-only scans (counts, id pages) on freshly inserted rows.
 */
export async function refreshStatistics(db: Database, options: { vacuum: boolean }): Promise<void> {
  const tables = "members, team_members, users, invitations, teams";
  await db.execute(sql.raw(options.vacuum ? `vacuum (analyze) ${tables}` : `analyze ${tables}`));
}
