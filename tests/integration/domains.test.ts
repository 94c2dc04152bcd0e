// Verified domains, on both databases, against a real DNS server on 127.0.0.1: the TXT lookup
// (present, absent, wrong value, several strings, timeout); Settings → Domains' actions (only
// Owners and Admins; hostile input refused with nothing changed; public providers and domains
// another organization verified can't be claimed); auto-join on sign-in (role and teams, at and
// below capacity, removed/disabled/left people never re-joined, audited with channel auto-join,
// Admins emailed); join requests approved and declined; the worker's 7-day re-check; the report of
// people on the domain who aren't members. Races (10 sign-ins for 1 seat, two organizations
// claiming one domain) run on PostgreSQL.
import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, autoJoinBlocks, domains, emailOutbox, joinRequests, members, organizations, teamMembers, teams, users } from "@/db/schema";
import { addDomain } from "@/lib/actions/domains/add-domain";
import { approveJoinRequest } from "@/lib/actions/domains/approve-join-request";
import { declineJoinRequest } from "@/lib/actions/domains/decline-join-request";
import { removeDomain } from "@/lib/actions/domains/remove-domain";
import { updateAutoJoin } from "@/lib/actions/domains/update-auto-join";
import { verifyDomain } from "@/lib/actions/domains/verify-domain";
import { removeMember } from "@/lib/actions/members/remove-member";
import { setMemberStatus } from "@/lib/actions/members/set-member-status";
import { leaveOrganization } from "@/lib/actions/members/leave-organization";
import { checkDomainTxt } from "@/lib/domains/dns-check";
import { joinThroughDomain } from "@/lib/domains/domain-join";
import { findDomainJoinOffer } from "@/lib/domains/join-offer";
import { joinOrganization } from "@/lib/domains/join-organization";
import { recheckVerifiedDomains } from "@/lib/domains/recheck";
import { listDomainPeopleNotMembers } from "@/db/queries/domains";
import { ROLES } from "@/lib/permissions";
import { createOrgFixture, createUser, type OrgFixture } from "../helpers/org-fixture";
import { startTestDnsServer, type TestDnsServer } from "../helpers/dns-server";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

const unique = () => crypto.randomUUID().slice(0, 8);
const newDomain = () => `d${unique()}.example`;
const DAY = 24 * 60 * 60 * 1000;

let dns: TestDnsServer;
const savedEnv = { servers: process.env.ROSTER_DNS_SERVERS, timeout: process.env.ROSTER_DNS_TIMEOUT_MS };
beforeAll(async () => {
  dns = await startTestDnsServer();
  process.env.ROSTER_DNS_SERVERS = dns.address;
  process.env.ROSTER_DNS_TIMEOUT_MS = "200";
});
afterAll(async () => {
  process.env.ROSTER_DNS_SERVERS = savedEnv.servers;
  process.env.ROSTER_DNS_TIMEOUT_MS = savedEnv.timeout;
  await dns?.close();
});

const publish = (domain: string, token: string) => dns.set(`_roster-verification.${domain}`, [[`roster-verification=${token}`]]);

describe("the TXT lookup, against a DNS server on 127.0.0.1", () => {
  it("finds the expected value", async () => {
    const domain = newDomain();
    publish(domain, "tok-present");
    expect(await checkDomainTxt(domain, "tok-present")).toEqual({ outcome: "found" });
    expect(dns.queries.get(`_roster-verification.${domain}`)).toBeGreaterThanOrEqual(1);
  });

  it("reports an absent record (no such name, or a name without TXT data) as missing", async () => {
    const gone = newDomain();
    expect(await checkDomainTxt(gone, "x")).toMatchObject({ outcome: "missing", reason: expect.stringContaining(`_roster-verification.${gone}`) });
    const empty = newDomain();
    dns.set(`_roster-verification.${empty}`, "nodata");
    expect(await checkDomainTxt(empty, "x")).toMatchObject({ outcome: "missing" });
  });

  it("reports a record with another value as the wrong value", async () => {
    const domain = newDomain();
    publish(domain, "someone-elses-token");
    expect(await checkDomainTxt(domain, "mine")).toMatchObject({ outcome: "wrong_value", reason: expect.stringContaining("doesn't carry the expected value") });
  });

  it("accepts the value among several TXT records, and a record split into several strings", async () => {
    const domain = newDomain();
    dns.set(`_roster-verification.${domain}`, [["v=spf1 -all"], ["roster-verification=tok-several"], ["google-site-verification=abc"]]);
    expect(await checkDomainTxt(domain, "tok-several")).toEqual({ outcome: "found" });
    const split = newDomain();
    dns.set(`_roster-verification.${split}`, [["roster-verification=", "tok-", "split"]]);
    expect(await checkDomainTxt(split, "tok-split")).toEqual({ outcome: "found" });
    // Only the whole value counts, not a prefix of it.
    expect(await checkDomainTxt(split, "tok")).toMatchObject({ outcome: "wrong_value" });
  });

  it("gives up on a server that never answers, within the timeout, without calling the record missing", async () => {
    const domain = newDomain();
    dns.set(`_roster-verification.${domain}`, "silent");
    const started = Date.now();
    const check = await checkDomainTxt(domain, "x", { timeoutMs: 200 });
    expect(check).toMatchObject({ outcome: "error", reason: expect.stringContaining("timed out") });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("asks the servers named in ROSTER_DNS_SERVERS", async () => {
    const other = await startTestDnsServer();
    try {
      const domain = newDomain();
      other.set(`_roster-verification.${domain}`, [["roster-verification=only-here"]]);
      expect(await checkDomainTxt(domain, "only-here")).toMatchObject({ outcome: "missing" });
      process.env.ROSTER_DNS_SERVERS = other.address;
      expect(await checkDomainTxt(domain, "only-here")).toEqual({ outcome: "found" });
    } finally {
      process.env.ROSTER_DNS_SERVERS = dns.address;
      await other.close();
    }
  });
});

describe.each(drivers)("verified domains (%s)", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  const domainRows = (org: OrgFixture) => t.db.select().from(domains).where(eq(domains.organizationId, org.organization.id));
  const auditOf = (org: OrgFixture) => t.db.select().from(auditEvents).where(eq(auditEvents.organizationId, org.organization.id));

  async function addAndVerify(org: OrgFixture, domain = newDomain()) {
    const added = await addDomain.run(t.db, org.byRole.owner.identity, org.slug, { domain });
    if (!added.ok) throw new Error(added.error);
    publish(domain, added.data.recordValue.split("=")[1]!);
    const verified = await verifyDomain.run(t.db, org.byRole.owner.identity, org.slug, { domainId: added.data.id });
    if (!verified.ok || verified.data.status !== "verified") throw new Error(`not verified: ${JSON.stringify(verified)}`);
    return { id: added.data.id, domain };
  }

  async function autoJoinOrg({ seatLimit = 100, autoJoin = true, role = "analyst" as const, withTeam = true } = {}) {
    const org = await createOrgFixture(t.db, { base: "dom", seatLimit });
    const { id, domain } = await addAndVerify(org);
    const [team] = withTeam ? await t.db.insert(teams).values({ organizationId: org.organization.id, name: `Auto ${unique()}` }).returning() : [];
    const updated = await updateAutoJoin.run(t.db, org.byRole.admin.identity, org.slug, { domainId: id, autoJoin, role, teamIds: team ? [team.id] : [] });
    if (!updated.ok) throw new Error(updated.error);
    return { org, domainId: id, domain, team };
  }

  async function signedInUser(email: string) {
    const identity = await createUser(t.db, { email, name: email.split("@")[0]! });
    await t.db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, identity.user!.id));
    return { identity, user: { id: identity.user!.id, email, name: identity.user!.name } };
  }

  it("adds a domain with the TXT record to publish; only Owners and Admins may; refused calls change nothing", async () => {
    for (const role of ROLES) {
      const org = await createOrgFixture(t.db, { base: "dom-add" });
      const result = await addDomain.run(t.db, org.byRole[role].identity, org.slug, { domain: newDomain() });
      const allowed = role === "owner" || role === "admin";
      expect(result.ok, role).toBe(allowed);
      if (result.ok) {
        expect(result.data.recordName).toBe(`_roster-verification.${result.data.domain}`);
        expect(result.data.recordValue).toMatch(/^roster-verification=[A-Za-z0-9_-]{22}$/);
      }
      expect(await domainRows(org), role).toHaveLength(allowed ? 1 : 0);
    }
    const org = await createOrgFixture(t.db, { base: "dom-add" });
    for (const caller of [org.inactive.identity, org.outsider, org.signedOut]) {
      expect((await addDomain.run(t.db, caller, org.slug, { domain: newDomain() })).ok).toBe(false);
    }
    expect(await domainRows(org)).toHaveLength(0);
  });

  it("normalises the name and refuses hostile or unclaimable input with a clear error", async () => {
    const org = await createOrgFixture(t.db, { base: "dom-bad" });
    const owner = org.byRole.owner.identity;
    const name = newDomain();
    const added = await addDomain.run(t.db, owner, org.slug, { domain: `  @${name.toUpperCase()}. ` });
    expect(added).toMatchObject({ ok: true, data: { domain: name } });
    const cases: [unknown, RegExp][] = [
      [{ domain: "https://acme.com/path" }, /domain name like acme\.com/],
      [{ domain: "localhost" }, /domain name like/],
      [{ domain: "acme..com" }, /domain name like/],
      [{ domain: "-acme.com" }, /domain name like/],
      [{ domain: "acme.com; drop table domains" }, /domain name like/],
      [{ domain: "a".repeat(300) + ".com" }, /too long|domain name like/],
      [{ domain: 42 }, /Enter a domain/],
      [{}, /Enter a domain/],
      [null, /./],
      [{ domain: "gmail.com" }, /public email provider/],
      [{ domain: "Mail.Yahoo.com" }, /public email provider/],
      [{ domain: name }, /already on this organization's list/],
    ];
    for (const [input, message] of cases) {
      const result = await addDomain.run(t.db, owner, org.slug, input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(`${result.error} ${JSON.stringify(result.fieldErrors ?? {})}`, JSON.stringify(input)).toMatch(message);
    }
    expect(await domainRows(org)).toHaveLength(1);
    expect((await auditOf(org)).map((e) => e.action)).toEqual(["domain.added"]);
  });

  it("verifies a published record, fails an absent or wrong one with the reason and check time, and stays per organization", async () => {
    const org = await createOrgFixture(t.db, { base: "dom-ver" });
    const owner = org.byRole.owner.identity;
    const domain = newDomain();
    const added = await addDomain.run(t.db, owner, org.slug, { domain });
    if (!added.ok) throw new Error(added.error);
    const domainId = added.data.id;

    const absent = await verifyDomain.run(t.db, owner, org.slug, { domainId });
    expect(absent).toMatchObject({ ok: true, data: { status: "failed", reason: expect.stringContaining("No TXT record") } });
    let [row] = await domainRows(org);
    expect(row!.status).toBe("failed");
    expect(row!.lastCheckedAt).toBeInstanceOf(Date);

    publish(domain, "not-the-token");
    expect(await verifyDomain.run(t.db, owner, org.slug, { domainId })).toMatchObject({ ok: true, data: { status: "failed", reason: expect.stringContaining("expected value") } });

    publish(domain, added.data.recordValue.split("=")[1]!);
    expect(await verifyDomain.run(t.db, org.byRole.admin.identity, org.slug, { domainId })).toMatchObject({ ok: true, data: { status: "verified", reason: null } });
    [row] = await domainRows(org);
    expect(row).toMatchObject({ status: "verified", lastError: null });
    expect(row!.verifiedAt).toBeInstanceOf(Date);

    // Someone else's id, a Manager, garbage: refused, nothing changes.
    const other = await createOrgFixture(t.db, { base: "dom-ver" });
    expect(await verifyDomain.run(t.db, other.byRole.owner.identity, other.slug, { domainId })).toMatchObject({ ok: false, code: "not_found" });
    expect(await verifyDomain.run(t.db, org.byRole.manager.identity, org.slug, { domainId })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await verifyDomain.run(t.db, owner, org.slug, { domainId: "../../etc" })).toMatchObject({ ok: false, code: "invalid_input" });
    expect((await auditOf(org)).map((e) => e.action).sort()).toEqual(["domain.added", "domain.verification_failed", "domain.verification_failed", "domain.verified"]);
  });

  it("one organization per verified domain: another can't add it, nor verify it even with its own record published", async () => {
    const first = await createOrgFixture(t.db, { base: "dom-one" });
    const second = await createOrgFixture(t.db, { base: "dom-one" });
    const domain = newDomain();
    // Both add it while it is unclaimed; both publish their records (a shared zone).
    const a = await addDomain.run(t.db, first.byRole.owner.identity, first.slug, { domain });
    const b = await addDomain.run(t.db, second.byRole.owner.identity, second.slug, { domain });
    if (!a.ok || !b.ok) throw new Error("add failed");
    dns.set(`_roster-verification.${domain}`, [[a.data.recordValue], [b.data.recordValue]]);
    expect(await verifyDomain.run(t.db, first.byRole.owner.identity, first.slug, { domainId: a.data.id })).toMatchObject({ ok: true, data: { status: "verified" } });
    expect(await verifyDomain.run(t.db, second.byRole.owner.identity, second.slug, { domainId: b.data.id })).toMatchObject({
      ok: true,
      data: { status: "failed", reason: expect.stringContaining("verified by another organization") },
    });
    const third = await createOrgFixture(t.db, { base: "dom-one" });
    expect(await addDomain.run(t.db, third.byRole.owner.identity, third.slug, { domain })).toMatchObject({ ok: false, code: "conflict" });
    expect(await t.db.select().from(domains).where(and(eq(domains.domain, domain), eq(domains.status, "verified")))).toHaveLength(1);
  });

  it("auto-join settings: verified domains only, never Owner, only roles the actor may give, only this organization's teams", async () => {
    const org = await createOrgFixture(t.db, { base: "dom-aj" });
    const pending = await addDomain.run(t.db, org.byRole.owner.identity, org.slug, { domain: newDomain() });
    if (!pending.ok) throw new Error(pending.error);
    const admin = org.byRole.admin.identity;
    expect(await updateAutoJoin.run(t.db, admin, org.slug, { domainId: pending.data.id, autoJoin: true, role: "developer", teamIds: [] })).toMatchObject({
      ok: false,
      error: "Verify the domain before turning auto-join on.",
    });
    const { id } = await addAndVerify(org);
    const [otherTeam] = await t.db.insert(teams).values({ organizationId: (await createOrgFixture(t.db, { base: "dom-aj" })).organization.id, name: "Theirs" }).returning();
    const refused: [unknown, string][] = [
      [{ domainId: id, autoJoin: true, role: "owner", teamIds: [] }, "invalid_input"],
      [{ domainId: id, autoJoin: true, role: "admin", teamIds: [] }, "forbidden"], // an Admin gives roles below Admin
      [{ domainId: id, autoJoin: true, role: "developer", teamIds: [otherTeam!.id] }, "not_found"],
      [{ domainId: id, autoJoin: "yes", role: "developer", teamIds: [] }, "invalid_input"],
      [{ domainId: id, autoJoin: true, role: "developer", teamIds: ["not-a-uuid"] }, "invalid_input"],
      [{ domainId: crypto.randomUUID(), autoJoin: true, role: "developer", teamIds: [] }, "not_found"],
    ];
    for (const [input, code] of refused) expect(await updateAutoJoin.run(t.db, admin, org.slug, input), JSON.stringify(input)).toMatchObject({ ok: false, code });
    expect(await updateAutoJoin.run(t.db, org.byRole.manager.identity, org.slug, { domainId: id, autoJoin: true, role: "viewer", teamIds: [] })).toMatchObject({ ok: false, code: "forbidden" });
    const [before] = (await domainRows(org)).filter((d) => d.id === id);
    expect(before).toMatchObject({ autoJoin: false, autoJoinRole: "developer" });
    // The Owner may give Admin.
    expect(await updateAutoJoin.run(t.db, org.byRole.owner.identity, org.slug, { domainId: id, autoJoin: true, role: "admin", teamIds: [] })).toMatchObject({ ok: true, data: { autoJoin: true, role: "admin" } });
  });

  it("someone signing in on the domain joins at once with the default role and teams, audited as auto-join, and the Admins are emailed", async () => {
    const { org, domain, team } = await autoJoinOrg();
    const { user } = await signedInUser(`grace.${unique()}@${domain}`);
    const outcome = await joinThroughDomain(t.db, user, { mode: "sign_in" });
    expect(outcome.kind).toBe("joined");
    const [member] = await t.db.select().from(members).where(and(eq(members.organizationId, org.organization.id), eq(members.userId, user.id)));
    expect(member).toMatchObject({ role: "analyst", status: "active", email: user.email });
    expect(await t.db.select().from(teamMembers).where(eq(teamMembers.memberId, member!.id))).toEqual([expect.objectContaining({ teamId: team!.id })]);
    const events = (await auditOf(org)).filter((e) => e.action === "member.auto_joined");
    expect(events).toEqual([expect.objectContaining({ channel: "auto_join", actorUserId: user.id, targetId: member!.id })]);
    const mail = await t.db.select().from(emailOutbox).where(and(eq(emailOutbox.organizationId, org.organization.id), eq(emailOutbox.template, "domain-auto-joined")));
    expect(mail.map((m) => m.to).sort()).toEqual([org.byRole.admin.member.email, org.byRole.owner.member.email].sort());
    const welcome = await t.db.select().from(emailOutbox).where(and(eq(emailOutbox.organizationId, org.organization.id), eq(emailOutbox.template, "welcome")));
    expect(welcome.map((m) => m.to)).toEqual([user.email]);
    // Signing in again changes nothing.
    expect(await joinThroughDomain(t.db, user, { mode: "sign_in" })).toMatchObject({ kind: "none", reason: "member" });
    // Another domain, or an address merely ending like it, joins nothing.
    const { user: lookalike } = await signedInUser(`eve.${unique()}@evil${domain}`);
    expect(await joinThroughDomain(t.db, lookalike, { mode: "sign_in" })).toMatchObject({ kind: "none", reason: "no_domain" });
  });

  it("at the seat limit nobody joins: the person is told to ask an admin, a request waits, the Admins are told once", async () => {
    const { org, domain } = await autoJoinOrg({ seatLimit: 7 }); // the fixture holds 6 active members + 1 disabled
    const { user } = await signedInUser(`late.${unique()}@${domain}`);
    expect(await joinThroughDomain(t.db, user, { mode: "sign_in" })).toMatchObject({ kind: "joined" }); // the 7th seat
    const { user: next } = await signedInUser(`later.${unique()}@${domain}`);
    expect(await joinThroughDomain(t.db, next, { mode: "sign_in" })).toMatchObject({ kind: "seat_limit" });
    expect(await joinThroughDomain(t.db, next, { mode: "sign_in" })).toMatchObject({ kind: "seat_limit" });
    expect(await t.db.select().from(members).where(eq(members.userId, next.id))).toHaveLength(0);
    const offer = await findDomainJoinOffer(t.db, next);
    expect(offer).toMatchObject({ state: "seat_limit", message: `${org.organization.name} is at its seat limit — ask an admin` });
    const requests = await t.db.select().from(joinRequests).where(eq(joinRequests.userId, next.id));
    expect(requests).toEqual([expect.objectContaining({ status: "pending", organizationId: org.organization.id })]);
    const told = await t.db.select().from(emailOutbox).where(and(eq(emailOutbox.organizationId, org.organization.id), eq(emailOutbox.template, "domain-seat-limit")));
    expect(told).toHaveLength(2); // Owner and Admin, once
    // The chooser's button says the same.
    expect(await joinOrganization(t.db, next, { organizationId: org.organization.id })).toMatchObject({ ok: false, code: "seat_limit", error: `${org.organization.name} is at its seat limit — ask an admin` });
    // Approving needs a seat too.
    expect(await approveJoinRequest.run(t.db, org.byRole.admin.identity, org.slug, { requestId: requests[0]!.id, role: "viewer" })).toMatchObject({ ok: false, code: "seat_limit" });
  });

  it("people removed, disabled or who left are never re-joined by auto-join", async () => {
    const { org, domain } = await autoJoinOrg();
    const joined = async () => {
      const { user, identity } = await signedInUser(`p.${unique()}@${domain}`);
      const outcome = await joinThroughDomain(t.db, user, { mode: "sign_in" });
      if (outcome.kind !== "joined") throw new Error(outcome.kind);
      return { user, identity, memberId: outcome.memberId };
    };
    const removed = await joined();
    expect(await removeMember.run(t.db, org.byRole.admin.identity, org.slug, { memberId: removed.memberId })).toMatchObject({ ok: true });
    expect(await joinThroughDomain(t.db, removed.user, { mode: "sign_in" })).toMatchObject({ kind: "none", reason: "blocked" });
    expect(await findDomainJoinOffer(t.db, removed.user)).toBeNull();
    expect(await joinOrganization(t.db, removed.user, { organizationId: org.organization.id })).toMatchObject({ ok: false, code: "forbidden" });

    const disabled = await joined();
    expect(await setMemberStatus.run(t.db, org.byRole.admin.identity, org.slug, { memberId: disabled.memberId, status: "inactive" })).toMatchObject({ ok: true });
    expect(await removeMember.run(t.db, org.byRole.admin.identity, org.slug, { memberId: disabled.memberId })).toMatchObject({ ok: true });
    expect(await joinThroughDomain(t.db, disabled.user, { mode: "sign_in" })).toMatchObject({ kind: "none", reason: "blocked" });

    const left = await joined();
    expect(await leaveOrganization.run(t.db, left.identity, org.slug, {})).toMatchObject({ ok: true });
    expect(await joinThroughDomain(t.db, left.user, { mode: "sign_in" })).toMatchObject({ kind: "none", reason: "blocked" });

    const blocks = await t.db.select().from(autoJoinBlocks).where(eq(autoJoinBlocks.organizationId, org.organization.id));
    expect(blocks.map((b) => b.reason).sort()).toEqual(["left", "removed", "removed"]);
  });

  it("auto-join off: signing in joins nothing; Join <organization> files one request; Admins approve it with a role and the domain's teams", async () => {
    const { org, domain, team } = await autoJoinOrg({ autoJoin: false });
    const { user } = await signedInUser(`asker.${unique()}@${domain}`);
    expect(await joinThroughDomain(t.db, user, { mode: "sign_in" })).toMatchObject({ kind: "none", reason: "auto_join_off" });
    expect(await findDomainJoinOffer(t.db, user)).toMatchObject({ state: "can_join", autoJoin: false, organizationName: org.organization.name });

    expect(await joinOrganization(t.db, null, { organizationId: org.organization.id })).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await joinOrganization(t.db, user, { organizationId: "nope" })).toMatchObject({ ok: false, code: "invalid_input" });
    // Another organization than the domain's: refused.
    const elsewhere = await createOrgFixture(t.db, { base: "dom-else" });
    expect(await joinOrganization(t.db, user, { organizationId: elsewhere.organization.id })).toMatchObject({ ok: false, code: "forbidden" });

    expect(await joinOrganization(t.db, user, { organizationId: org.organization.id })).toMatchObject({ ok: true, data: { joined: false } });
    expect(await joinOrganization(t.db, user, { organizationId: org.organization.id })).toMatchObject({ ok: true, data: { joined: false } });
    const requests = await t.db.select().from(joinRequests).where(eq(joinRequests.userId, user.id));
    expect(requests).toHaveLength(1);
    expect(await findDomainJoinOffer(t.db, user)).toMatchObject({ state: "pending" });
    expect(await t.db.select().from(emailOutbox).where(and(eq(emailOutbox.organizationId, org.organization.id), eq(emailOutbox.template, "domain-requested")))).toHaveLength(2);

    const requestId = requests[0]!.id;
    // Managers and other organizations can't decide; an Admin can't give Admin; garbage is refused.
    expect(await approveJoinRequest.run(t.db, org.byRole.manager.identity, org.slug, { requestId, role: "viewer" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await approveJoinRequest.run(t.db, elsewhere.byRole.owner.identity, elsewhere.slug, { requestId, role: "viewer" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await approveJoinRequest.run(t.db, org.byRole.admin.identity, org.slug, { requestId, role: "admin" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await approveJoinRequest.run(t.db, org.byRole.admin.identity, org.slug, { requestId, role: "owner" })).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await approveJoinRequest.run(t.db, org.byRole.admin.identity, org.slug, { requestId: "x" })).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await t.db.select().from(members).where(eq(members.userId, user.id))).toHaveLength(0);

    const approved = await approveJoinRequest.run(t.db, org.byRole.admin.identity, org.slug, { requestId, role: "viewer" });
    expect(approved).toMatchObject({ ok: true });
    const [member] = await t.db.select().from(members).where(eq(members.userId, user.id));
    expect(member).toMatchObject({ role: "viewer", status: "active", organizationId: org.organization.id });
    expect(await t.db.select().from(teamMembers).where(eq(teamMembers.memberId, member!.id))).toEqual([expect.objectContaining({ teamId: team!.id })]);
    const welcome = await t.db.select().from(emailOutbox).where(and(eq(emailOutbox.organizationId, org.organization.id), eq(emailOutbox.template, "welcome")));
    expect(welcome.map((m) => [m.to, m.text.includes("as Viewer")])).toEqual([[user.email, true]]);
    expect(await approveJoinRequest.run(t.db, org.byRole.admin.identity, org.slug, { requestId, role: "viewer" })).toMatchObject({ ok: false, code: "not_found" });
    expect((await auditOf(org)).filter((e) => e.action.startsWith("join_request.")).map((e) => e.action).sort()).toEqual(["join_request.approved", "join_request.created"]);
    expect(await findDomainJoinOffer(t.db, user)).toBeNull();
  });

  it("a declined request is not offered again for a week", async () => {
    const { org, domain } = await autoJoinOrg({ autoJoin: false, withTeam: false });
    const { user } = await signedInUser(`nope.${unique()}@${domain}`);
    await joinOrganization(t.db, user, { organizationId: org.organization.id });
    const [request] = await t.db.select().from(joinRequests).where(eq(joinRequests.userId, user.id));
    expect(await declineJoinRequest.run(t.db, org.byRole.viewer.identity, org.slug, { requestId: request!.id })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await declineJoinRequest.run(t.db, org.byRole.owner.identity, org.slug, { requestId: request!.id })).toMatchObject({ ok: true });
    expect(await declineJoinRequest.run(t.db, org.byRole.owner.identity, org.slug, { requestId: request!.id })).toMatchObject({ ok: false, code: "not_found" });
    const [row] = await t.db.select().from(joinRequests).where(eq(joinRequests.id, request!.id));
    expect(row).toMatchObject({ status: "declined", decidedByUserId: org.byRole.owner.identity.user!.id });
    expect(await findDomainJoinOffer(t.db, user)).toMatchObject({ state: "declined" });
    expect(await joinOrganization(t.db, user, { organizationId: org.organization.id })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await findDomainJoinOffer(t.db, user, new Date(Date.now() + 8 * DAY))).toMatchObject({ state: "can_join" });
    expect(await t.db.select().from(members).where(eq(members.userId, user.id))).toHaveLength(0);
  });

  it("removing a domain stops auto-join through it", async () => {
    const { org, domain, domainId } = await autoJoinOrg();
    expect(await removeDomain.run(t.db, org.byRole.developer.identity, org.slug, { domainId })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await removeDomain.run(t.db, org.byRole.admin.identity, org.slug, { domainId })).toMatchObject({ ok: true });
    expect(await domainRows(org)).toHaveLength(0);
    const { user } = await signedInUser(`after.${unique()}@${domain}`);
    expect(await joinThroughDomain(t.db, user, { mode: "sign_in" })).toMatchObject({ kind: "none", reason: "no_domain" });
    expect((await auditOf(org)).filter((e) => e.action === "domain.removed")).toHaveLength(1);
  });

  it("the daily re-check: a record missing for 7 days unverifies the domain (audited); one that comes back, or a timeout, doesn't", async () => {
    const { org, domain, domainId } = await autoJoinOrg({ withTeam: false });
    const name = `_roster-verification.${domain}`;
    const [start] = await domainRows(org);
    const token = start!.verificationToken;
    const at = (days: number) => new Date(Date.now() + days * DAY);
    const mine = async () => (await domainRows(org)).find((d) => d.id === domainId)!;
    // Other tests' verified domains are re-checked too; only ours matters here.
    dns.clear(name);
    await recheckVerifiedDomains(t.db, { limit: 1000, now: at(1.1) });
    expect(await mine()).toMatchObject({ status: "verified", missingSince: expect.any(Date) });
    dns.set(name, "silent");
    await recheckVerifiedDomains(t.db, { limit: 1000, now: at(2.2) });
    expect((await mine()).lastError).toMatch(/timed out/);
    publish(domain, token);
    await recheckVerifiedDomains(t.db, { limit: 1000, now: at(3.3) });
    expect(await mine()).toMatchObject({ status: "verified", missingSince: null, lastError: null });
    // Gone for good: checked daily; after 7 days it is unverified.
    dns.clear(name);
    for (let day = 4.4; day < 12.5; day += 1.1) await recheckVerifiedDomains(t.db, { limit: 1000, now: at(day) });
    const after = await mine();
    expect(after.status).toBe("unverified");
    expect(after.lastError).toMatch(/missing since/);
    expect((await auditOf(org)).filter((e) => e.action === "domain.unverified")).toEqual([expect.objectContaining({ channel: "worker", actorType: "system" })]);
    const { user } = await signedInUser(`x.${unique()}@${domain}`);
    expect(await joinThroughDomain(t.db, user, { mode: "sign_in" })).toMatchObject({ kind: "none", reason: "no_domain" });
  });

  it("the report lists people on the domain who signed in but aren't members", async () => {
    const { org, domain } = await autoJoinOrg({ autoJoin: false, withTeam: false });
    const { user: outsider } = await signedInUser(`out.${unique()}@${domain}`);
    await createUser(t.db, { email: `never.${unique()}@${domain}`, name: "Never signed in" });
    await signedInUser(`else.${unique()}@other-${domain}`);
    const { user: insider } = await signedInUser(`in.${unique()}@${domain}`);
    await t.db.insert(members).values({ organizationId: org.organization.id, userId: insider.id, email: insider.email, name: "In", role: "viewer", status: "active" });
    await joinOrganization(t.db, outsider, { organizationId: org.organization.id });
    const report = await listDomainPeopleNotMembers(t.db, { organizationId: org.organization.id, domainNames: [domain], offset: 0, limit: 20 });
    expect(report.total).toBe(1);
    expect(report.rows).toEqual([expect.objectContaining({ email: outsider.email, requestPending: true, blockedReason: null })]);
  });

  describe.runIf(driver === "postgres")("races on PostgreSQL", () => {
    it("10 simultaneous first sign-ins on the domain with 1 free seat: exactly 1 member", async () => {
      const { org, domain } = await autoJoinOrg({ seatLimit: 8 }); // 7 seats taken by the fixture's 6 active members... and 1 left
      const used = (await t.db.select().from(members).where(eq(members.organizationId, org.organization.id))).filter((m) => m.status !== "inactive").length;
      await t.db.update(organizations).set({ seatLimit: used + 1 }).where(eq(organizations.id, org.organization.id));
      const people = await Promise.all(Array.from({ length: 10 }, (_, i) => signedInUser(`rush${i}.${unique()}@${domain}`)));
      const outcomes = await Promise.all(people.map(({ user }) => joinThroughDomain(t.db, user, { mode: "sign_in" })));
      expect(outcomes.filter((o) => o.kind === "joined")).toHaveLength(1);
      expect(outcomes.filter((o) => o.kind === "seat_limit")).toHaveLength(9);
      const active = (await t.db.select().from(members).where(eq(members.organizationId, org.organization.id))).filter((m) => m.status !== "inactive");
      expect(active).toHaveLength(used + 1);
    });

    it("one person signing in twice at once joins once", async () => {
      const { org, domain } = await autoJoinOrg({ withTeam: false });
      const { user } = await signedInUser(`twice.${unique()}@${domain}`);
      const outcomes = await Promise.all([1, 2, 3].map(() => joinThroughDomain(t.db, user, { mode: "sign_in" })));
      expect(outcomes.filter((o) => o.kind === "joined")).toHaveLength(1);
      expect(await t.db.select().from(members).where(and(eq(members.organizationId, org.organization.id), eq(members.userId, user.id)))).toHaveLength(1);
    });

    it("two organizations verifying one domain at the same moment: exactly one holds it", async () => {
      const domain = newDomain();
      const orgs = await Promise.all([1, 2, 3].map(() => createOrgFixture(t.db, { base: "dom-race" })));
      const added = await Promise.all(orgs.map((org) => addDomain.run(t.db, org.byRole.owner.identity, org.slug, { domain })));
      dns.set(
        `_roster-verification.${domain}`,
        added.map((a) => [a.ok ? a.data.recordValue : "x"]),
      );
      const results = await Promise.all(orgs.map((org, i) => verifyDomain.run(t.db, org.byRole.owner.identity, org.slug, { domainId: (added[i] as { data: { id: string } }).data.id })));
      expect(results.filter((r) => r.ok && r.data.status === "verified")).toHaveLength(1);
      expect(results.filter((r) => r.ok && r.data.status === "failed")).toHaveLength(2);
      expect(await t.db.select().from(domains).where(and(eq(domains.domain, domain), eq(domains.status, "verified")))).toHaveLength(1);
    });
  });
});

afterEach(() => {
  process.env.ROSTER_DNS_SERVERS = dns.address;
});
