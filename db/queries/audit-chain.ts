// Reads an organization's audit chain in order, a batch at a time, with exactly the fields its
// canonical encoding covers (metadata as PostgreSQL's text form of the jsonb, as the trigger
// hashed it). Keyset on (organization_id, seq): constant memory, one index range per batch.
import "server-only";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { auditEvents } from "@/db/schema";
import type { AuditActorType, AuditChannel } from "@/db/schema/enums";

export interface ChainRow {
  seq: number | null;
  prevHash: string | null;
  hash: string | null;
  id: string;
  organizationId: string;
  createdAt: Date;
  actorType: AuditActorType;
  actorUserId: string | null;
  actorCredentialId: string | null;
  channel: AuditChannel;
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  targetName: string | null;
  targetEmail: string | null;
  /** The jsonb metadata as PostgreSQL writes it out. */
  metadataText: string;
  ip: string | null;
  userAgent: string | null;
}

const CHAIN_FIELDS = {
  seq: auditEvents.seq,
  prevHash: auditEvents.prevHash,
  hash: auditEvents.hash,
  id: auditEvents.id,
  organizationId: auditEvents.organizationId,
  createdAt: auditEvents.createdAt,
  actorType: auditEvents.actorType,
  actorUserId: auditEvents.actorUserId,
  actorCredentialId: auditEvents.actorCredentialId,
  channel: auditEvents.channel,
  actorName: auditEvents.actorName,
  actorEmail: auditEvents.actorEmail,
  action: auditEvents.action,
  targetType: auditEvents.targetType,
  targetId: auditEvents.targetId,
  targetName: auditEvents.targetName,
  targetEmail: auditEvents.targetEmail,
  metadataText: sql<string>`${auditEvents.metadata}::text`,
  ip: auditEvents.ip,
  userAgent: auditEvents.userAgent,
};

/** Events with seq greater than `afterSeq`, in seq order. */
export async function readChainBatch(
  db: Queryable,
  { organizationId, afterSeq, limit }: { organizationId: string; afterSeq: number; limit: number },
): Promise<ChainRow[]> {
  return db
    .select(CHAIN_FIELDS)
    .from(auditEvents)
    .where(and(eq(auditEvents.organizationId, organizationId), gt(auditEvents.seq, afterSeq)))
    .orderBy(asc(auditEvents.seq))
    .limit(limit);
}

/** Events whose seq is missing (written around the trigger): they are outside the chain. */
export async function countUnchainedEvents(db: Queryable, organizationId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditEvents)
    .where(and(eq(auditEvents.organizationId, organizationId), sql`${auditEvents.seq} is null`));
  return Number(row?.n ?? 0);
}
