// Bulk Import through its actions: review a CSV, choose to create its unknown teams, import; the
// 10,000-row fixture reviews to the unit test's counts; the import re-reviews on the server; and
// refused calls (wrong role, oversize, not a CSV) change nothing.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditEvents, emailOutbox, invitations, members, organizations, teamMembers, teams } from "@/db/schema";
import { countSeatsUsed } from "@/db/queries/members";
import { bulkInvite } from "@/lib/actions/invitations/bulk-invite";
import { importInvitations } from "@/lib/actions/invitations/import-invitations";
import { reviewImportFile } from "@/lib/actions/invitations/review-import";
import { MAX_IMPORT_BYTES } from "@/lib/invitations/csv-import";
import { hashInvitationToken } from "@/lib/invitations/tokens";
import { FIXTURE_ROWS } from "../fixtures/make-import-fixture";
import { addMember, createOrgFixture, type OrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, postgresUrl, type TestDatabase } from "../helpers/test-db";
import { fillSecret } from "@/lib/email/secret";

const fixture = fs.readFileSync(path.join(import.meta.dirname, "../fixtures/import-10k.csv"), "utf8");
const text = (data: string) => ({ encoding: "text" as const, data });
const gzip = (data: string) => ({ encoding: "gzip" as const, data: zlib.gzipSync(data).toString("base64") });

async function footprint(db: Database, organizationId: string) {
  const n = async (table: typeof members | typeof invitations | typeof emailOutbox | typeof auditEvents | typeof teams) =>
    Number((await db.select({ n: count() }).from(table).where(eq(table.organizationId, organizationId)))[0]!.n);
  return { members: await n(members), invitations: await n(invitations), outbox: await n(emailOutbox), audit: await n(auditEvents), teams: await n(teams) };
}

describe.each(drivers)("Bulk Import (%s)", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t.close();
  });

  const fresh = (seatLimit = 100) => createOrgFixture(t.db, { seatLimit, base: "import" });
  const addTeams = (org: OrgFixture, names: string[]) =>
    t.db.insert(teams).values(names.map((name) => ({ organizationId: org.organization.id, name }))).returning();

  it("reviews a small file, creates the unknown team the admin chose, and invites the valid rows", async () => {
    const org = await fresh();
    const [engineering] = await addTeams(org, ["Engineering"]);
    const csv = [
      "Email,ROLE,teams,Name,Department,Job Title",
      'ada@example.com,developer,"engineering,Research Ops",Ada Lovelace,R&D,Analyst',
      "grace@example.com,Viewer,,Grace,,",
      "not-an-email,viewer,,,,",
      "linus@example.com,wizard,,,,",
      "ADA@example.com,viewer,,,,",
      `${org.byRole.viewer.member.email},viewer,,,,`,
    ].join("\n");
    const admin = org.byRole.admin.identity;

    const review = await reviewImportFile.run(t.db, admin, org.slug, { file: text(csv) });
    expect(review.ok).toBe(true);
    if (!review.ok) return;
    expect(review.data).toMatchObject({
      total: 6,
      valid: 1,
      invalid: 5,
      counts: { unknown_team: 1, invalid_email: 1, unknown_role: 1, duplicate_in_file: 1, already_member: 1 },
      missingTeams: [{ name: "Research Ops", create: false }],
      canCreateTeams: true,
      seatsAvailable: 94,
    });
    expect(review.data.rows[0]).toEqual({
      line: 2,
      email: "ada@example.com",
      role: "developer",
      teams: ["engineering", "Research Ops"],
      issues: [{ code: "unknown_team", message: "Unknown team “Research Ops”" }],
    });
    const before = await footprint(t.db, org.organization.id);

    const reReviewed = await reviewImportFile.run(t.db, admin, org.slug, { file: gzip(csv), createTeams: ["research ops"] });
    expect(reReviewed).toMatchObject({ ok: true, data: { valid: 2, missingTeams: [{ name: "Research Ops", create: true }] } });
    expect(await footprint(t.db, org.organization.id)).toEqual(before); // reviewing writes nothing

    const imported = await importInvitations.run(t.db, admin, org.slug, { file: gzip(csv), createTeams: ["Research Ops"] });
    expect(imported).toEqual({
      ok: true,
      data: { total: 6, invited: 2, skipped: 4, counts: { invalid_email: 1, unknown_role: 1, duplicate_in_file: 1, already_member: 1 }, teamsCreated: ["Research Ops"] },
    });
    const [researchOps] = await t.db.select().from(teams).where(and(eq(teams.organizationId, org.organization.id), eq(teams.name, "Research Ops")));
    expect(researchOps).toBeDefined();
    const [ada] = await t.db.select().from(members).where(and(eq(members.organizationId, org.organization.id), eq(members.email, "ada@example.com")));
    expect(ada).toMatchObject({ name: "Ada Lovelace", department: "R&D", jobTitle: "Analyst", role: "developer", status: "pending" });
    const adaTeams = await t.db.select().from(teamMembers).where(eq(teamMembers.memberId, ada!.id));
    expect(adaTeams.map((r) => r.teamId).sort()).toEqual([engineering!.id, researchOps!.id].sort());
    const [invitation] = await t.db.select().from(invitations).where(eq(invitations.memberId, ada!.id));
    expect([...invitation!.teamIds].sort()).toEqual([engineering!.id, researchOps!.id].sort());
    const [email] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.invitationId, invitation!.id));
    const token = fillSecret(email!.text, email!.secret).match(/\/invite\/([A-Za-z0-9_-]{43})/)?.[1];
    expect(hashInvitationToken(token!)).toBe(invitation!.tokenHash);
    const audit = await t.db.select().from(auditEvents).where(eq(auditEvents.organizationId, org.organization.id));
    expect(audit.map((e) => e.action).sort()).toEqual(["invitations.imported", "member.invited", "member.invited", "team.created"]);
  });

  it("re-reviews under the lock at import: rows that changed since the review are skipped", async () => {
    const org = await fresh();
    const csv = "email,role,teams\nfirst@example.com,viewer,\nsecond@example.com,viewer,\n";
    const review = await reviewImportFile.run(t.db, org.byRole.owner.identity, org.slug, { file: text(csv) });
    expect(review).toMatchObject({ ok: true, data: { valid: 2 } });
    await bulkInvite.run(t.db, org.byRole.admin.identity, org.slug, { emails: "second@example.com", role: "viewer" });
    const imported = await importInvitations.run(t.db, org.byRole.owner.identity, org.slug, { file: text(csv) });
    expect(imported).toMatchObject({ ok: true, data: { invited: 1, skipped: 1, counts: { already_invited: 1 } } });
  });

  it("marks rows with roles the actor can't give, and invites the rest", async () => {
    const org = await fresh();
    const csv = "email,role,teams\nboss@example.com,admin,\nhelper@example.com,analyst,\n";
    const review = await reviewImportFile.run(t.db, org.byRole.manager.identity, org.slug, { file: text(csv) });
    expect(review).toMatchObject({ ok: true, data: { valid: 1, counts: { role_not_allowed: 1 } } });
    const imported = await importInvitations.run(t.db, org.byRole.manager.identity, org.slug, { file: text(csv) });
    expect(imported).toMatchObject({ ok: true, data: { invited: 1, counts: { role_not_allowed: 1 } } });
  });

  describe("refusals change nothing", () => {
    const oneRow = "email,role,teams\nsomeone@example.com,viewer,\n";
    it.each([
      ["a Viewer", "viewer", { file: text(oneRow) }, "forbidden"],
      ["an Analyst", "analyst", { file: text(oneRow) }, "forbidden"],
      ["a file over the size limit", "admin", { file: text(oneRow + "x".repeat(MAX_IMPORT_BYTES)) }, "invalid_input"],
      ["a gzip that inflates past the size limit", "admin", { file: gzip(oneRow + " ".repeat(MAX_IMPORT_BYTES)) }, "invalid_input"],
      ["a damaged gzip", "admin", { file: { encoding: "gzip", data: "bm90IGd6aXA=" } }, "invalid_input"],
      ["binary content (a spreadsheet)", "admin", { file: text("PK\u0003\u0004\u0000\u0000xl/workbook.xml") }, "invalid_input"],
      ["text that isn't an invitation CSV", "admin", { file: text("Dear team,\nplease invite everyone.\n") }, "invalid_input"],
      ["more rows than the limit", "admin", { file: text("email,role,teams\n" + "a@b.co,viewer,\n".repeat(10_001)) }, "invalid_input"],
      ["an unknown encoding", "admin", { file: { encoding: "zip", data: "" } }, "invalid_input"],
    ] as const)("%s", async (_name, role, input, code) => {
      const org = await fresh();
      const before = await footprint(t.db, org.organization.id);
      for (const action of [reviewImportFile, importInvitations]) {
        expect(await action.run(t.db, org.byRole[role].identity, org.slug, input)).toMatchObject({ ok: false, code });
      }
      expect(await footprint(t.db, org.organization.id)).toEqual(before);
    });

    it("a Manager importing only Admin rows: the review marks them, the import refuses", async () => {
      const org = await fresh();
      const file = text("email,role,teams\nboss@example.com,Admin,\nchief@example.com,admin,\n");
      const before = await footprint(t.db, org.organization.id);
      const review = await reviewImportFile.run(t.db, org.byRole.manager.identity, org.slug, { file });
      expect(review).toMatchObject({ ok: true, data: { valid: 0, counts: { role_not_allowed: 2 } } });
      const imported = await importInvitations.run(t.db, org.byRole.manager.identity, org.slug, { file });
      expect(imported).toMatchObject({ ok: false, code: "invalid_input", error: expect.stringContaining("No row can be imported") });
      expect(await footprint(t.db, org.organization.id)).toEqual(before);
    });

    it("says why a file is refused, on the file field", async () => {
      const org = await fresh();
      const result = await reviewImportFile.run(t.db, org.byRole.admin.identity, org.slug, { file: text("PK\u0003\u0004\u0000") });
      expect(result).toMatchObject({ ok: false, error: expect.stringContaining("doesn't look like a CSV"), fieldErrors: { file: [expect.stringContaining("CSV")] } });
    });

    it("creating teams needs the permission to manage teams", async () => {
      const org = await fresh();
      const inviter = await addMember(t.db, org.organization, { role: "developer", name: "Invite Only", permissions: ["members.invite"] });
      const csv = "email,role,teams\nnew@example.com,viewer,Brand New\n";
      const before = await footprint(t.db, org.organization.id);
      const result = await importInvitations.run(t.db, inviter.identity, org.slug, { file: text(csv), createTeams: ["Brand New"] });
      expect(result).toMatchObject({ ok: false, code: "forbidden" });
      expect(await footprint(t.db, org.organization.id)).toEqual(before);
      const review = await reviewImportFile.run(t.db, inviter.identity, org.slug, { file: text(csv) });
      expect(review).toMatchObject({ ok: true, data: { canCreateTeams: false, counts: { unknown_team: 1 } } });
    });
  });

  describe("the 10,000-row fixture", () => {
    /** The organization state the unit test describes: existing members and invitees, four teams, 8,000 free seats. */
    async function fixtureOrg() {
      const org = await fresh();
      await addTeams(org, ["Engineering", "Backend", "Data", "Design"]);
      const rows = [];
      for (let n = 1; n <= FIXTURE_ROWS; n++) {
        if (n % 50 === 5) rows.push({ email: `member${n}@existing.test`, status: n % 2 ? ("active" as const) : ("inactive" as const) });
        if (n % 50 === 6) rows.push({ email: `invited${n}@existing.test`, status: "pending" as const });
      }
      await t.db.insert(members).values(rows.map((r) => ({ ...r, organizationId: org.organization.id, name: r.email, role: "viewer" as const })));
      const used = await countSeatsUsed(t.db, org.organization.id);
      await t.db.update(organizations).set({ seatLimit: used + 8_000 }).where(eq(organizations.id, org.organization.id));
      return org;
    }

    it("reviews through the action to the unit test's counts", async () => {
      const org = await fixtureOrg();
      const started = performance.now();
      const review = await reviewImportFile.run(t.db, org.byRole.admin.identity, org.slug, { file: gzip(fixture) });
      const ms = performance.now() - started;
      expect(review.ok).toBe(true);
      if (!review.ok) return;
      expect(review.data).toMatchObject({ total: 10_000, valid: 8_000, invalid: 2_000, seatsAvailable: 8_000, missingTeams: [{ name: "Ghost Team", create: false }] });
      expect(review.data.counts).toEqual({
        invalid_email: 200,
        unknown_role: 200,
        unknown_team: 200,
        duplicate_in_file: 200,
        already_member: 200,
        already_invited: 200,
        role_not_allowed: 200,
        over_seat_limit: 600,
      });
      console.log(`[${driver}] 10,000-row review through the action: ${ms.toFixed(0)} ms`);
    });

    it.skipIf(driver !== "postgres")("imports through the action: 8,000 invitations, each with its email", async () => {
      const org = await fixtureOrg();
      const started = performance.now();
      const result = await importInvitations.run(t.db, org.byRole.admin.identity, org.slug, { file: gzip(fixture) });
      const ms = performance.now() - started;
      expect(result).toMatchObject({ ok: true, data: { total: 10_000, invited: 8_000, skipped: 2_000 } });
      const after = await footprint(t.db, org.organization.id);
      expect(after.invitations).toBe(8_000);
      expect(after.outbox).toBe(8_000);
      expect(await countSeatsUsed(t.db, org.organization.id)).toBe((await t.db.select().from(organizations).where(eq(organizations.id, org.organization.id)))[0]!.seatLimit);
      console.log(`[${driver}] 10,000-row import through the action: ${ms.toFixed(0)} ms`);
    });
  });
});

describe.skipIf(!postgresUrl)("Bulk Import under concurrency (postgres)", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("postgres");
  });
  afterAll(async () => {
    await t.close();
  });

  it("4 concurrent imports of 3 rows each against 5 free seats invite exactly 5", async () => {
    const org = await createOrgFixture(t.db, { seatLimit: 11, base: "import-race" }); // 6 used, 5 free
    const results = await Promise.all(
      [0, 1, 2, 3].map((i) =>
        importInvitations.run(t.db, org.byRole.admin.identity, org.slug, {
          file: text(["email,role,teams", ...[0, 1, 2].map((j) => `racer${i}.${j}@example.com,viewer,`)].join("\n")),
        }),
      ),
    );
    const invited = results.reduce((sum, r) => sum + (r.ok ? r.data.invited : 0), 0);
    expect(invited).toBe(5);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === "invalid_input")).toBe(true);
    expect(await countSeatsUsed(t.db, org.organization.id)).toBe(11);
  });
});
