// The demo data: "Acme Inc" (one member per role plus ~60 generated people) and "Globex", where
// owner@acme.test is a Developer. Idempotent and all-or-nothing: one transaction, keyed on the acme slug.
import { eq, sql } from "drizzle-orm";
import type { Database, Transaction } from "@/db/client";
import { auditEvents, organizations } from "@/db/schema";
import { ACME_TEAMS, GLOBEX_TEAMS } from "./demo-data";
import { DAY_MS } from "./generate-member";
import { seedOrganization, type OrganizationSeed, type SeededOrganization } from "./seed-organization";

export const DEMO_ORG_SLUG = "acme";
export const DEMO_USER_EMAILS = [
  "owner@acme.test",
  "admin@acme.test",
  "manager@acme.test",
  "dev@acme.test",
  "analyst@acme.test",
  "viewer@acme.test",
] as const;

/** Serialises concurrent first starts (two app instances on one PostgreSQL). */
const SEED_LOCK_KEY = 7_261_001;

const ACME: OrganizationSeed = {
  name: "Acme Inc",
  slug: DEMO_ORG_SLUG,
  plan: "team",
  seatLimit: 100,
  defaultRole: "developer",
  invitationExpiryDays: 7,
  createdDaysAgo: 760,
  domain: "acme.test",
  people: [
    {
      email: "owner@acme.test",
      name: "Olivia Bennett",
      role: "owner",
      department: "Operations",
      jobTitle: "Chief Executive Officer",
      phone: "+1 555 0100",
      joinedDaysAgo: 750,
      lastActiveDaysAgo: 0.1,
      teams: [{ name: "Leadership", role: "maintainer" }],
    },
    {
      email: "admin@acme.test",
      name: "Marcus Chen",
      role: "admin",
      department: "Operations",
      jobTitle: "Head of IT",
      phone: "+1 555 0101",
      joinedDaysAgo: 700,
      lastActiveDaysAgo: 0.5,
      teams: [{ name: "Leadership", role: "member" }],
    },
    {
      email: "manager@acme.test",
      name: "Daniel Okafor",
      role: "manager",
      department: "Engineering",
      jobTitle: "Engineering Manager",
      joinedDaysAgo: 540,
      lastActiveDaysAgo: 1,
      teams: [
        { name: "Engineering", role: "maintainer" },
        { name: "Backend", role: "maintainer" },
        { name: "Leadership", role: "member" },
      ],
    },
    {
      email: "dev@acme.test",
      name: "Sofia Martinez",
      role: "developer",
      department: "Engineering",
      jobTitle: "Senior Software Engineer",
      joinedDaysAgo: 410,
      lastActiveDaysAgo: 0.2,
      teams: [
        { name: "Engineering", role: "member" },
        { name: "Frontend", role: "maintainer" },
      ],
    },
    {
      email: "analyst@acme.test",
      name: "Priya Natarajan",
      role: "analyst",
      department: "Data Science",
      jobTitle: "Data Analyst",
      joinedDaysAgo: 220,
      lastActiveDaysAgo: 3,
      teams: [{ name: "Data", role: "maintainer" }],
    },
    {
      email: "viewer@acme.test",
      name: "Tom Lindqvist",
      role: "viewer",
      department: "Finance",
      jobTitle: "Financial Controller",
      joinedDaysAgo: 95,
      lastActiveDaysAgo: 12,
      teams: [],
    },
  ],
  // Every tenth person is disabled and every tenth invited, so the small demo always shows each status.
  generated: { count: 60, seed: 20_240_611, statusCycle: [null, null, null, "inactive", null, null, null, "pending", null, null] },
  teams: ACME_TEAMS,
};

const GLOBEX: OrganizationSeed = {
  name: "Globex",
  slug: "globex",
  plan: "business",
  seatLimit: 50,
  defaultRole: "developer",
  invitationExpiryDays: 7,
  createdDaysAgo: 400,
  domain: "globex.test",
  people: [
    {
      email: "owner@globex.test",
      name: "Helena Varga",
      role: "owner",
      department: "Operations",
      jobTitle: "Managing Director",
      joinedDaysAgo: 400,
      lastActiveDaysAgo: 2,
      teams: [{ name: "Operations", role: "maintainer" }],
    },
    {
      email: "owner@acme.test",
      name: "Olivia Bennett",
      role: "developer",
      department: "Engineering",
      jobTitle: "Technical Advisor",
      joinedDaysAgo: 120,
      lastActiveDaysAgo: 9,
      teams: [{ name: "Research", role: "member" }],
    },
  ],
  generated: { count: 10, seed: 19_890_417, statusCycle: [null, null, null, null, "pending", null, null, null, "inactive", null] },
  teams: GLOBEX_TEAMS,
};

/** A few past events, so the activity log is not empty on first start. */
async function seedAuditEvents(tx: Transaction, acme: SeededOrganization, now: Date): Promise<void> {
  const ago = (days: number) => new Date(now.getTime() - Math.round(days * DAY_MS));
  const byEmail = new Map(acme.members.map((member) => [member.email, member]));
  const owner = byEmail.get("owner@acme.test")!;
  const admin = byEmail.get("admin@acme.test")!;
  const dev = byEmail.get("dev@acme.test")!;
  type Seeded = typeof owner;
  const organizationId = acme.organizationId;
  const by = (m: Seeded) => ({ organizationId, actorUserId: m.userId, actorName: m.name, actorEmail: m.email });
  const on = (m: Seeded, targetType = "member") => ({ targetType, targetId: m.memberId, targetName: m.name, targetEmail: m.email });

  const rows: (typeof auditEvents.$inferInsert)[] = [
    {
      ...by(owner),
      action: "organization.created",
      targetType: "organization",
      targetId: organizationId,
      targetName: "Acme Inc",
      createdAt: ago(760),
    },
    { ...by(owner), action: "member.role_changed", ...on(admin), metadata: { from: "developer", to: "admin" }, createdAt: ago(690) },
    {
      ...by(admin),
      action: "team.created",
      targetType: "team",
      targetId: acme.teamIds.get("Frontend") ?? null,
      targetName: "Frontend",
      createdAt: ago(600),
    },
    { ...by(admin), action: "member.role_changed", ...on(dev), metadata: { from: "analyst", to: "developer" }, createdAt: ago(300) },
  ];
  const firstDisabled = acme.members.find((member) => member.status === "inactive");
  if (firstDisabled) rows.push({ ...by(admin), action: "member.disabled", ...on(firstDisabled), createdAt: ago(20) });
  for (const member of acme.members.filter((m) => m.status === "pending").slice(0, 3)) {
    rows.push({ ...by(owner), action: "member.invited", ...on(member, "invitation"), metadata: { role: member.role }, createdAt: ago(2) });
  }
  for (const member of acme.members.filter((m) => m.joinedAt && m.joinedAt > ago(7)).slice(0, 3)) {
    rows.push({ ...by(member), action: "invitation.accepted", ...on(member), createdAt: member.joinedAt! });
  }
  await tx.insert(auditEvents).values(rows);
}

/** Seeds the demo organizations unless acme already exists. A second call changes nothing. */
export async function seedDemo(db: Database): Promise<{ created: boolean }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql.raw(`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`));
    const existing = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, DEMO_ORG_SLUG)).limit(1);
    if (existing.length > 0) return { created: false };
    const now = new Date();
    const acme = await seedOrganization(tx, ACME, now);
    await seedOrganization(tx, GLOBEX, now);
    await seedAuditEvents(tx, acme, now);
    return { created: true };
  });
}
