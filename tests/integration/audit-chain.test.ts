// The tamper-evident audit history, on both drivers: every writer's events are numbered and chained
// by the database (concurrent writers included, on PostgreSQL), the JavaScript verifier recomputes
// exactly what the trigger hashed, it names the first broken link of an edited, deleted, inserted
// or reordered history, and the table refuses UPDATE and DELETE except for organization deletion.
import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditEventHash, canonicalAuditEvent, verifyAuditChain } from "@/db/audit-chain";
import { readChainBatch } from "@/db/queries/audit-chain";
import { insertAuditEvents } from "@/db/queries/invitation-import";
import { deleteOrganizationRow } from "@/db/queries/organizations";
import { auditEvents, organizations } from "@/db/schema";
import { rowsOf } from "@/db/seed/bulk-insert";
import { recordAudit, type AuditActor } from "@/lib/audit";
import { createOrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

const actor: AuditActor = { userId: "user-1", name: "Zoë O'Brien", email: "zoe@example.test", ip: "203.0.113.9", userAgent: "vitest" };

async function newOrganization(db: Database): Promise<string> {
  const fixture = await createOrgFixture(db, { base: "chain" });
  return fixture.organization.id;
}

async function record(db: Database, organizationId: string, action: string, metadata: Record<string, unknown> = {}) {
  await recordAudit(db, { organizationId, actor, action, target: { type: "member", id: crypto.randomUUID(), name: "T", email: "t@x.test" }, metadata });
}

async function chainOf(db: Database, organizationId: string) {
  return db
    .select({ id: auditEvents.id, seq: auditEvents.seq, prevHash: auditEvents.prevHash, hash: auditEvents.hash, action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.organizationId, organizationId))
    .orderBy(asc(auditEvents.seq));
}

/** Changes rows behind the triggers' back, as someone with direct database access could. */
async function tamper(db: Database, work: (tx: Database) => Promise<unknown>) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await work(tx as unknown as Database);
  });
}

describe.each(drivers)("audit chain (%s)", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe("writing", () => {
    it("numbers each organization's events 1, 2, 3 and links each to the one before", async () => {
      const a = await newOrganization(t.db);
      const b = await newOrganization(t.db);
      await record(t.db, a, "test.first");
      await record(t.db, b, "test.other_org");
      await record(t.db, a, "test.second");
      await record(t.db, a, "test.third");
      const chain = await chainOf(t.db, a);
      expect(chain.map((e) => [e.seq, e.action])).toEqual([
        [1, "test.first"],
        [2, "test.second"],
        [3, "test.third"],
      ]);
      expect(chain[0]!.prevHash).toBeNull();
      expect(chain[1]!.prevHash).toBe(chain[0]!.hash);
      expect(chain[2]!.prevHash).toBe(chain[1]!.hash);
      expect((await chainOf(t.db, b)).map((e) => e.seq)).toEqual([1]);
    });

    it("ignores chain values a writer sends and assigns its own", async () => {
      const a = await newOrganization(t.db);
      await t.db.insert(auditEvents).values({ organizationId: a, action: "test.forged", seq: 99, prevHash: "f".repeat(64), hash: "0".repeat(64) });
      const [event] = await chainOf(t.db, a);
      expect(event).toMatchObject({ seq: 1, prevHash: null });
      expect(event!.hash).not.toBe("0".repeat(64));
    });

    it("chains multi-row inserts (bulk invitations) row by row, in one statement", async () => {
      const a = await newOrganization(t.db);
      await record(t.db, a, "test.before");
      const rows = Array.from({ length: 1500 }, (_, i) => ({ target_id: crypto.randomUUID(), target_name: `P${i}`, target_email: `p${i}@x.test`, metadata: { i } }));
      await insertAuditEvents(t.db, { organizationId: a, action: "member.invited", actor }, rows);
      const chain = await chainOf(t.db, a);
      expect(chain).toHaveLength(1501);
      expect(chain.map((e) => e.seq)).toEqual(Array.from({ length: 1501 }, (_, i) => i + 1));
      expect(await verifyAuditChain(t.db, a)).toMatchObject({ ok: true, checked: 1501, head: { seq: 1501, hash: chain.at(-1)!.hash } });
    });

    it.runIf(driver === "postgres")("stays one unbroken chain under concurrent writers of every kind", async () => {
      const a = await newOrganization(t.db);
      // Single events without the organization lock (invitation answers, sign-in, webhooks, the
      // worker write like this), events inside transactions that lock the organization row (the
      // actions), and multi-row inserts, all at once.
      const single = Array.from({ length: 30 }, (_, i) => record(t.db, a, `test.single_${i}`));
      const locked = Array.from({ length: 10 }, (_, i) =>
        t.db.transaction(async (tx) => {
          await tx.select().from(organizations).where(eq(organizations.id, a)).for("update");
          await recordAudit(tx, { organizationId: a, actor, action: `test.locked_${i}` });
          await recordAudit(tx, { organizationId: a, actor, action: `test.locked_${i}_again` });
        }),
      );
      const bulk = Array.from({ length: 4 }, (_, i) =>
        insertAuditEvents(
          t.db,
          { organizationId: a, action: `test.bulk_${i}`, actor },
          Array.from({ length: 50 }, (_, j) => ({ target_id: `${i}-${j}`, target_name: "x", target_email: "x@x.test", metadata: {} })),
        ),
      );
      await Promise.all([...single, ...locked, ...bulk]);
      const chain = await chainOf(t.db, a);
      expect(chain).toHaveLength(30 + 20 + 200);
      expect(chain.map((e) => e.seq)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
      expect(await verifyAuditChain(t.db, a)).toMatchObject({ ok: true, checked: 250 });
    });
  });

  describe("the canonical encoding", () => {
    it("is what the database hashed, byte for byte, for awkward content", async () => {
      const a = await newOrganization(t.db);
      await recordAudit(t.db, {
        organizationId: a,
        actor: { ...actor, name: 'Ünïcödé "quoted" \\ back\\slash\ttab\nnew line \u0001 ctl 😀 \u2028', credentialId: crypto.randomUUID(), type: "api_key", channel: "api" },
        action: "test.awkward",
        target: { type: "member", id: "x", name: "=cmd|' /C calc'!A0", email: null },
        metadata: { z: 1, a: [1.5, 10, -0.0001, 1e21], nested: { "ü": "ß", "": null, long_key_name: true }, text: "line\r\nline" },
      });
      const [row] = await readChainBatch(t.db, { organizationId: a, afterSeq: 0, limit: 1 });
      const [fromSql] = rowsOf<{ canonical: string; hash: string }>(
        await t.db.execute(sql`select audit_event_canonical(e) as canonical, e.hash from audit_events e where e.id = ${row!.id}`),
      );
      expect(canonicalAuditEvent(row!)).toBe(fromSql!.canonical);
      expect(auditEventHash(row!)).toBe(fromSql!.hash);
      expect(JSON.parse(canonicalAuditEvent(row!))).toHaveLength(20);
    });
  });

  describe("verifying", () => {
    async function chainWithFive() {
      const a = await newOrganization(t.db);
      for (let i = 1; i <= 5; i++) await record(t.db, a, `test.step_${i}`, { i });
      const chain = await chainOf(t.db, a);
      return { a, chain };
    }

    it("an untouched chain verifies and reports its head", async () => {
      const { a, chain } = await chainWithFive();
      expect(await verifyAuditChain(t.db, a)).toEqual({ ok: true, checked: 5, head: { seq: 5, hash: chain[4]!.hash }, broken: null });
    });

    it("an organization without events verifies, with no head", async () => {
      const a = await newOrganization(t.db);
      expect(await verifyAuditChain(t.db, a)).toEqual({ ok: true, checked: 0, head: null, broken: null });
    });

    it("detects an edited event and names it", async () => {
      const { a, chain } = await chainWithFive();
      await tamper(t.db, (tx) => tx.update(auditEvents).set({ action: "test.innocent" }).where(eq(auditEvents.id, chain[2]!.id)));
      const report = await verifyAuditChain(t.db, a);
      expect(report).toMatchObject({ ok: false, checked: 2, broken: { seq: 3, eventId: chain[2]!.id, reason: "altered" } });
      expect(report.broken!.message).toBe("Event #3 was changed after it was written.");
    });

    it("detects an edit whose hash was recomputed, at the next link", async () => {
      const { a, chain } = await chainWithFive();
      await tamper(t.db, async (tx) => {
        await tx.update(auditEvents).set({ metadata: { i: 99 } }).where(eq(auditEvents.id, chain[1]!.id));
        const [row] = await readChainBatch(tx, { organizationId: a, afterSeq: 1, limit: 1 });
        await tx.update(auditEvents).set({ hash: auditEventHash(row!) }).where(eq(auditEvents.id, chain[1]!.id));
      });
      expect(await verifyAuditChain(t.db, a)).toMatchObject({ ok: false, checked: 2, broken: { seq: 3, reason: "relinked" } });
    });

    it("detects a deleted event", async () => {
      const { a, chain } = await chainWithFive();
      await tamper(t.db, (tx) => tx.delete(auditEvents).where(eq(auditEvents.id, chain[1]!.id)));
      const report = await verifyAuditChain(t.db, a);
      expect(report).toMatchObject({ ok: false, checked: 1, broken: { seq: 2, eventId: chain[2]!.id, reason: "missing" } });
      expect(report.broken!.message).toBe("Event #2 is missing: the next one found is #3.");
    });

    it("detects a deleted event even when the later ones were renumbered", async () => {
      const { a, chain } = await chainWithFive();
      await tamper(t.db, async (tx) => {
        await tx.delete(auditEvents).where(eq(auditEvents.id, chain[1]!.id));
        for (const event of chain.slice(2)) await tx.update(auditEvents).set({ seq: event.seq! - 1 }).where(eq(auditEvents.id, event.id));
      });
      expect(await verifyAuditChain(t.db, a)).toMatchObject({ ok: false, checked: 1, broken: { seq: 2, reason: "relinked" } });
    });

    it("detects an inserted event, even one carrying a correct hash of its own", async () => {
      const { a, chain } = await chainWithFive();
      await tamper(t.db, async (tx) => {
        for (const event of [...chain].reverse().slice(0, 3)) await tx.update(auditEvents).set({ seq: event.seq! + 1 }).where(eq(auditEvents.id, event.id));
        const [inserted] = await tx
          .insert(auditEvents)
          .values({ organizationId: a, action: "test.backdated", seq: 3, prevHash: chain[1]!.hash, createdAt: new Date(Date.now() - 60_000) })
          .returning({ id: auditEvents.id });
        const [row] = await readChainBatch(tx, { organizationId: a, afterSeq: 2, limit: 1 });
        await tx.update(auditEvents).set({ hash: auditEventHash(row!) }).where(eq(auditEvents.id, inserted!.id));
      });
      // The forged event fits after #2; the genuine #3 (now #4) no longer follows it.
      expect(await verifyAuditChain(t.db, a)).toMatchObject({ ok: false, checked: 3, broken: { seq: 4, eventId: chain[2]!.id, reason: "relinked" } });
    });

    it("detects two events swapped", async () => {
      const { a, chain } = await chainWithFive();
      await tamper(t.db, async (tx) => {
        await tx.update(auditEvents).set({ seq: 100 }).where(eq(auditEvents.id, chain[1]!.id));
        await tx.update(auditEvents).set({ seq: 2 }).where(eq(auditEvents.id, chain[2]!.id));
        await tx.update(auditEvents).set({ seq: 3 }).where(eq(auditEvents.id, chain[1]!.id));
      });
      expect(await verifyAuditChain(t.db, a)).toMatchObject({ ok: false, checked: 1, broken: { seq: 2, eventId: chain[2]!.id } });
    });

    it("reports events written around the trigger (no position) as outside the chain", async () => {
      const { a } = await chainWithFive();
      await tamper(t.db, (tx) => tx.insert(auditEvents).values({ organizationId: a, action: "test.sneaked_in" }));
      expect(await verifyAuditChain(t.db, a)).toMatchObject({ ok: false, checked: 5, broken: { reason: "unchained" } });
    });
  });

  describe("append-only", () => {
    it("refuses UPDATE, DELETE and TRUNCATE, changing nothing", async () => {
      const { a, chain } = await (async () => {
        const id = await newOrganization(t.db);
        await record(t.db, id, "test.kept");
        return { a: id, chain: await chainOf(t.db, id) };
      })();
      await expect(t.db.update(auditEvents).set({ action: "test.rewritten" }).where(eq(auditEvents.id, chain[0]!.id))).rejects.toThrow();
      await expect(t.db.delete(auditEvents).where(eq(auditEvents.id, chain[0]!.id))).rejects.toThrow();
      await expect(t.db.execute(sql`truncate audit_events`)).rejects.toThrow();
      expect(await chainOf(t.db, a)).toEqual(chain);
    });

    it("refuses deleting an organization's events outside its deletion, even with the setting", async () => {
      const a = await newOrganization(t.db);
      await record(t.db, a, "test.kept");
      await expect(t.db.delete(organizations).where(eq(organizations.id, a))).rejects.toThrow();
      await expect(
        t.db.transaction(async (tx) => {
          await tx.execute(sql`select set_config('roster.audit_delete', 'organization', true)`);
          await tx.delete(auditEvents).where(eq(auditEvents.organizationId, a));
        }),
      ).rejects.toThrow();
      expect(await chainOf(t.db, a)).toHaveLength(1);
    });

    it("lets the organization-deletion path delete the organization with its events, and nothing else", async () => {
      const a = await newOrganization(t.db);
      const b = await newOrganization(t.db);
      await record(t.db, a, "test.goes");
      await record(t.db, b, "test.stays");
      await t.db.transaction((tx) => deleteOrganizationRow(tx, a));
      expect(await chainOf(t.db, a)).toEqual([]);
      expect(await chainOf(t.db, b)).toHaveLength(1);
      // The setting ended with that transaction.
      await expect(t.db.delete(auditEvents).where(and(eq(auditEvents.organizationId, b)))).rejects.toThrow();
    });
  });
});
