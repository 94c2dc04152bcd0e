// The audit chain's canonical encoding and its verification, computed here in JavaScript apart
// from the database trigger that writes the chain (migration 0008), so a rewritten trigger or a
// row edited behind its back is caught. The encoding, version "roster.audit.v1": the UTF-8 bytes
// of a JSON array of strings and nulls without whitespace — "roster.audit.v1", seq (decimal),
// prev_hash, id, organization_id, created_at (ISO 8601 UTC with milliseconds), actor_type,
// actor_user_id, actor_credential_id, channel, actor_name, actor_email, action, target_type,
// target_id, target_name, target_email, metadata (PostgreSQL's text form of the jsonb), ip,
// user_agent. hash = hex SHA-256 of that; prev_hash = the hash of the event before (null first).
import "server-only";
import crypto from "node:crypto";
import type { Queryable } from "./client";
import { countUnchainedEvents, readChainBatch, type ChainRow } from "./queries/audit-chain";

export const CHAIN_VERSION = "roster.audit.v1";
const BATCH = 2_000;

export function canonicalAuditEvent(event: ChainRow): string {
  const values: (string | null)[] = [
    CHAIN_VERSION,
    event.seq === null ? null : String(event.seq),
    event.prevHash,
    event.id,
    event.organizationId,
    event.createdAt.toISOString(),
    event.actorType,
    event.actorUserId,
    event.actorCredentialId,
    event.channel,
    event.actorName,
    event.actorEmail,
    event.action,
    event.targetType,
    event.targetId,
    event.targetName,
    event.targetEmail,
    event.metadataText,
    event.ip,
    event.userAgent,
  ];
  return `[${values.map((value) => (value === null ? "null" : JSON.stringify(value))).join(",")}]`;
}

export function auditEventHash(event: ChainRow): string {
  return crypto.createHash("sha256").update(canonicalAuditEvent(event), "utf8").digest("hex");
}

export interface BrokenLink {
  /** The position where the chain stops holding (the seq expected there). */
  seq: number;
  /** The event found there, if any. */
  eventId: string | null;
  createdAt: Date | null;
  action: string | null;
  reason: "altered" | "missing" | "unexpected" | "relinked" | "unchained";
  /** One sentence for people. */
  message: string;
}

export interface ChainReport {
  ok: boolean;
  /** Events checked, in order, up to the first broken link (all of them when ok). */
  checked: number;
  /** The newest event's position and hash: record it elsewhere to notice later removal of the newest events. */
  head: { seq: number; hash: string } | null;
  broken: BrokenLink | null;
}

/** Checks every link of the chain in order and names the first that does not hold. */
export async function verifyAuditChain(db: Queryable, organizationId: string): Promise<ChainReport> {
  let expectedSeq = 1;
  let previousHash: string | null = null;
  let checked = 0;
  for (;;) {
    const rows = await readChainBatch(db, { organizationId, afterSeq: expectedSeq - 1, limit: BATCH });
    for (const row of rows) {
      const broken = checkLink(row, expectedSeq, previousHash);
      if (broken) return { ok: false, checked, head: previousHash ? { seq: expectedSeq - 1, hash: previousHash } : null, broken };
      previousHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (rows.length < BATCH) break;
  }
  const head = previousHash ? { seq: expectedSeq - 1, hash: previousHash } : null;
  const unchained = await countUnchainedEvents(db, organizationId);
  if (unchained > 0) {
    const message = `${unchained} event${unchained === 1 ? " is" : "s are"} outside the chain (no position): written around the database trigger.`;
    return { ok: false, checked, head, broken: { seq: expectedSeq, eventId: null, createdAt: null, action: null, reason: "unchained", message } };
  }
  return { ok: true, checked, head, broken: null };
}

function checkLink(row: ChainRow, expectedSeq: number, previousHash: string | null): BrokenLink | null {
  const at = { eventId: row.id, createdAt: row.createdAt, action: row.action };
  if (row.seq !== expectedSeq) {
    // A gap: the event that held this position is gone (or the rest were renumbered).
    return { seq: expectedSeq, ...at, reason: "missing", message: `Event #${expectedSeq} is missing: the next one found is #${row.seq}.` };
  }
  if (row.prevHash !== previousHash) {
    // The event doesn't follow the one before it: one was inserted, removed or moved here.
    return {
      seq: expectedSeq,
      ...at,
      reason: expectedSeq === 1 ? "unexpected" : "relinked",
      message: `Event #${expectedSeq} does not follow event #${expectedSeq - 1}: an event was inserted, removed or moved before it.`,
    };
  }
  if (auditEventHash(row) !== row.hash) {
    return { seq: expectedSeq, ...at, reason: "altered", message: `Event #${expectedSeq} was changed after it was written.` };
  }
  return null;
}
