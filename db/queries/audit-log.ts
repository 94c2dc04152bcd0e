// The activity log's reads: one organization's audit events, filtered (actor, target, action,
// channel, time range), newest first by (created_at, seq), paged by keyset — exact across equal
// timestamps because seq is unique within the organization — for the page (a page at a time, either
// direction, or the last page) and for exports (batches until the end, constant memory).
import "server-only";
import { and, asc, desc, eq, gte, inArray, lt, lte, or, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { forEachRow } from "@/db/for-each-row";
import { auditEvents, members } from "@/db/schema";
import { rowsOf } from "@/db/seed/bulk-insert";
import type { AuditActorType, AuditChannel } from "@/db/schema/enums";

export interface AuditLogFilter {
  /** Users who acted (in person or through one of their API keys). */
  actorUserIds?: readonly string[];
  /** What the events are about (member, team, invitation ... ids). */
  targetIds?: readonly string[];
  actions?: readonly string[];
  channels?: readonly AuditChannel[];
  /** created_at >= from */
  from?: Date;
  /** created_at < to */
  to?: Date;
  /** Only events up to this position in the chain (an export: what existed when it started). */
  maxSeq?: number;
  /** A member's timeline: events about the member, or by their user. */
  involving?: { memberId: string; userId: string | null };
}

/** A position in the newest-first order: the event's time and its number in the chain. */
export interface AuditCursor {
  createdAt: Date;
  seq: number;
}

export interface AuditLogRow {
  id: string;
  seq: number;
  hash: string | null;
  createdAt: Date;
  actorType: AuditActorType;
  actorUserId: string | null;
  actorCredentialId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  channel: AuditChannel;
  action: string;
  targetType: string | null;
  targetId: string | null;
  targetName: string | null;
  targetEmail: string | null;
  metadata: Record<string, unknown>;
  ip: string | null;
  userAgent: string | null;
}

const ROW_FIELDS = {
  id: auditEvents.id,
  seq: sql<number>`${auditEvents.seq}`.mapWith(Number),
  hash: auditEvents.hash,
  createdAt: auditEvents.createdAt,
  actorType: auditEvents.actorType,
  actorUserId: auditEvents.actorUserId,
  actorCredentialId: auditEvents.actorCredentialId,
  actorName: auditEvents.actorName,
  actorEmail: auditEvents.actorEmail,
  channel: auditEvents.channel,
  action: auditEvents.action,
  targetType: auditEvents.targetType,
  targetId: auditEvents.targetId,
  targetName: auditEvents.targetName,
  targetEmail: auditEvents.targetEmail,
  metadata: auditEvents.metadata,
  ip: auditEvents.ip,
  userAgent: auditEvents.userAgent,
};

const iso = (date: Date) => sql`${date.toISOString()}::timestamp(3)`;

function filterWhere(organizationId: string, filter: AuditLogFilter): SQL {
  const conditions: (SQL | undefined)[] = [eq(auditEvents.organizationId, organizationId)];
  if (filter.actorUserIds?.length) conditions.push(inArray(auditEvents.actorUserId, [...filter.actorUserIds]));
  if (filter.targetIds?.length) conditions.push(inArray(auditEvents.targetId, [...filter.targetIds]));
  if (filter.actions?.length) conditions.push(inArray(auditEvents.action, [...filter.actions]));
  if (filter.channels?.length) conditions.push(inArray(auditEvents.channel, [...filter.channels]));
  if (filter.from) conditions.push(gte(auditEvents.createdAt, filter.from));
  if (filter.to) conditions.push(lt(auditEvents.createdAt, filter.to));
  if (filter.maxSeq !== undefined) conditions.push(lte(auditEvents.seq, filter.maxSeq));
  if (filter.involving) {
    const { memberId, userId } = filter.involving;
    conditions.push(userId ? or(eq(auditEvents.targetId, memberId), eq(auditEvents.actorUserId, userId)) : eq(auditEvents.targetId, memberId));
  }
  return and(...conditions)!;
}

/** Strictly older than the cursor (row comparison: the index walks it as one range). */
const olderThan = (c: AuditCursor) => sql`(${auditEvents.createdAt}, ${auditEvents.seq}) < (${iso(c.createdAt)}, ${c.seq}::bigint)`;
const newerThan = (c: AuditCursor) => sql`(${auditEvents.createdAt}, ${auditEvents.seq}) > (${iso(c.createdAt)}, ${c.seq}::bigint)`;
const newestFirst = [desc(auditEvents.createdAt), desc(auditEvents.seq)];
const oldestFirst = [asc(auditEvents.createdAt), asc(auditEvents.seq)];

export type AuditPageRequest =
  | { kind: "first" }
  /** The page after (older than) the cursor. */
  | { kind: "after"; cursor: AuditCursor }
  /** The page before (newer than) the cursor. */
  | { kind: "before"; cursor: AuditCursor }
  /** The oldest `size` events: the last page holds what is left over. */
  | { kind: "last"; size: number };

/** One page of events, newest first. */
export async function listAuditEvents(
  db: Queryable,
  { organizationId, filter, request, limit }: { organizationId: string; filter: AuditLogFilter; request: AuditPageRequest; limit: number },
): Promise<AuditLogRow[]> {
  const where = filterWhere(organizationId, filter);
  const query = (condition: SQL, order: SQL[], n: number) => db.select(ROW_FIELDS).from(auditEvents).where(condition).orderBy(...order).limit(n);
  switch (request.kind) {
    case "first":
      return query(where, newestFirst, limit);
    case "after":
      return query(and(where, olderThan(request.cursor))!, newestFirst, limit);
    case "before":
      return (await query(and(where, newerThan(request.cursor))!, oldestFirst, limit)).reverse();
    case "last":
      return (await query(where, oldestFirst, Math.min(request.size, limit))).reverse();
  }
}

export async function countAuditEvents(db: Queryable, { organizationId, filter }: { organizationId: string; filter: AuditLogFilter }): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents).where(filterWhere(organizationId, filter));
  return Number(row?.n ?? 0);
}

/**
 * For an export: how many events match, and the newest event's position, read in one snapshot —
 * the export then streams the matching events up to that position, exactly `rows` of them.
 */
export async function countAuditExport(
  db: Queryable,
  { organizationId, filter }: { organizationId: string; filter: AuditLogFilter },
): Promise<{ rows: number; maxSeq: number }> {
  const matches = filterWhere(organizationId, filter);
  const [row] = rowsOf<{ rows: number; max_seq: number }>(
    await db.execute(sql`select
      (select count(*)::int from ${auditEvents} where ${matches}) as rows,
      (select coalesce(max(${auditEvents.seq}), 0) from ${auditEvents} where ${auditEvents.organizationId} = ${organizationId}) as max_seq`),
  );
  return { rows: Number(row?.rows ?? 0), maxSeq: Number(row?.max_seq ?? 0) };
}

/** Whether any event is newer than the cursor (a page before exists). */
export async function hasNewerAuditEvent(
  db: Queryable,
  { organizationId, filter, cursor }: { organizationId: string; filter: AuditLogFilter; cursor: AuditCursor },
): Promise<boolean> {
  const rows = await db.select({ one: sql`1` }).from(auditEvents).where(and(filterWhere(organizationId, filter), newerThan(cursor))).limit(1);
  return rows.length > 0;
}

/**
 * Every matching event, newest first, for an export: each call reads the next `batchSize` of them
 * (one indexed range of the keyset, its own short transaction, nothing held between calls) and
 * hands them to `onRow` one by one as the driver parses them; it resolves whether more may follow.
 */
export function auditEventPages(
  db: Queryable,
  { organizationId, filter, batchSize = 1_000 }: { organizationId: string; filter: AuditLogFilter; batchSize?: number },
): (onRow: (row: AuditLogRow) => void) => Promise<boolean> {
  const where = filterWhere(organizationId, filter);
  let cursor: AuditCursor | null = null;
  let exhausted = false;
  return async (onRow) => {
    if (exhausted) return false;
    const condition = cursor ? and(where, olderThan(cursor))! : where;
    let last: AuditCursor | null = null;
    // Walk the (created_at, seq) index in order whatever the statistics say: right after a bulk
    // load, before autovacuum's analyze, the planner misjudges the range and sorts it whole — per batch.
    const count = await forEachRow<AuditLogRow>(
      db,
      (q) => q.select(ROW_FIELDS).from(auditEvents).where(condition).orderBy(...newestFirst).limit(batchSize),
      ROW_FIELDS,
      (row) => {
        last = { createdAt: row.createdAt, seq: row.seq };
        onRow(row);
      },
      "set local enable_sort = off",
    );
    cursor = last;
    exhausted = count < batchSize || !cursor;
    return !exhausted;
  };
}

// ---------------------------------------------------------------------------------------------
// People, for the log's Actor and Member filters

export interface AuditPerson {
  memberId: string;
  userId: string | null;
  name: string;
  email: string;
}

/** Members whose name or email contains `q` (trigram index), by name; for choosing a filter. */
export async function searchAuditPeople(
  db: Queryable,
  { organizationId, q, limit }: { organizationId: string; q: string; limit: number },
): Promise<AuditPerson[]> {
  const needle = q.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
  const conditions: SQL[] = [eq(members.organizationId, organizationId)];
  if (needle) conditions.push(sql`${members.searchText} like ${`%${needle}%`}`);
  return db
    .select({ memberId: members.id, userId: members.userId, name: members.name, email: members.email })
    .from(members)
    .where(and(...conditions))
    .orderBy(asc(members.name), asc(members.id))
    .limit(limit);
}

/**
 * How to name the people a filter holds: users by their membership (or, once removed, by the name
 * the log last recorded for them), targets by member or by the log's last record.
 */
export async function nameAuditFilterPeople(
  db: Queryable,
  { organizationId, actorUserIds, targetIds }: { organizationId: string; actorUserIds: readonly string[]; targetIds: readonly string[] },
): Promise<{ actors: Map<string, string>; targets: Map<string, string> }> {
  const actors = new Map<string, string>();
  const targets = new Map<string, string>();
  if (actorUserIds.length > 0) {
    const found = await db
      .select({ userId: members.userId, name: members.name })
      .from(members)
      .where(and(eq(members.organizationId, organizationId), inArray(members.userId, [...actorUserIds])));
    for (const row of found) if (row.userId) actors.set(row.userId, row.name);
    for (const userId of actorUserIds.filter((id) => !actors.has(id))) {
      const [last] = await db
        .select({ name: auditEvents.actorName, email: auditEvents.actorEmail })
        .from(auditEvents)
        .where(and(eq(auditEvents.organizationId, organizationId), eq(auditEvents.actorUserId, userId)))
        .orderBy(...newestFirst)
        .limit(1);
      if (last) actors.set(userId, last.name ?? last.email ?? "Unknown");
    }
  }
  if (targetIds.length > 0) {
    const uuids = targetIds.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    const found = uuids.length
      ? await db.select({ id: members.id, name: members.name }).from(members).where(and(eq(members.organizationId, organizationId), inArray(members.id, uuids)))
      : [];
    for (const row of found) targets.set(row.id, row.name);
    for (const targetId of targetIds.filter((id) => !targets.has(id))) {
      const [last] = await db
        .select({ name: auditEvents.targetName, email: auditEvents.targetEmail })
        .from(auditEvents)
        .where(and(eq(auditEvents.organizationId, organizationId), eq(auditEvents.targetId, targetId)))
        .orderBy(...newestFirst)
        .limit(1);
      if (last) targets.set(targetId, last.name ?? last.email ?? "Unknown");
    }
  }
  return { actors, targets };
}

/** Which of these member ids are still members (their names in the log link to their profiles). */
export async function existingMemberIds(db: Queryable, { organizationId, memberIds }: { organizationId: string; memberIds: readonly string[] }): Promise<Set<string>> {
  const uuids = [...new Set(memberIds)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (uuids.length === 0) return new Set();
  const rows = await db.select({ id: members.id }).from(members).where(and(eq(members.organizationId, organizationId), inArray(members.id, uuids)));
  return new Set(rows.map((row) => row.id));
}

/** Members by user id (the log's actors link to their profiles). */
export async function memberIdsByUser(db: Queryable, { organizationId, userIds }: { organizationId: string; userIds: readonly string[] }): Promise<Map<string, string>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: members.id, userId: members.userId })
    .from(members)
    .where(and(eq(members.organizationId, organizationId), inArray(members.userId, ids)));
  return new Map(rows.flatMap((row) => (row.userId ? [[row.userId, row.id] as const] : [])));
}
