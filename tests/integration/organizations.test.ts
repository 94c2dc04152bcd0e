// Creating organizations (the query, and the action that audits it) and listing a user's organizations.
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, members, organizations, users } from "@/db/schema";
import { createOrganizationWithOwner, findActiveMembership, listUserOrganizations, type NewOrganization } from "@/db/queries/organizations";
import { createOrganization } from "@/lib/actions/organizations/create-organization";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

describe.each(drivers)("organizations (%s)", (driver) => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t.close();
  });

  async function createUser(name: string | null = null) {
    const email = `user-${crypto.randomUUID().slice(0, 8)}@Example.com`;
    const [user] = await t.db.insert(users).values({ email, name }).returning();
    if (!user?.email) throw new Error("user insert failed");
    return { id: user.id, email: user.email, name: user.name };
  }

  const uniqueSlug = (base: string) => `${base}-${crypto.randomUUID().slice(0, 8)}`;
  const create = async (input: NewOrganization) => (await createOrganizationWithOwner(t.db, input))?.organization ?? null;

  it("makes the creator an active Owner and records an organization.created audit event", async () => {
    const owner = await createUser("Ada Lovelace");
    const slug = uniqueSlug("acme");

    const created = await createOrganization(t.db, { user: owner, ip: "203.0.113.9" }, { name: "Acme", slug }, { mode: "open", domains: [], operators: [] });

    expect(created).toMatchObject({ ok: true, data: { slug } });
    const [organization] = await t.db.select().from(organizations).where(eq(organizations.slug, slug));
    expect(organization).toMatchObject({ name: "Acme", slug });
    const rows = await t.db.select().from(members).where(eq(members.organizationId, organization!.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      userId: owner.id,
      role: "owner",
      status: "active",
      name: "Ada Lovelace",
      email: owner.email.toLowerCase(),
    });
    expect(rows[0]?.joinedAt).toBeInstanceOf(Date);

    const events = await t.db.select().from(auditEvents).where(eq(auditEvents.organizationId, organization!.id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "organization.created",
      actorUserId: owner.id,
      actorEmail: owner.email.toLowerCase(),
      targetType: "organization",
      targetId: organization!.id,
      targetName: "Acme",
      ip: "203.0.113.9",
    });
  });

  it("names the Owner after the email's local part when the user has no name", async () => {
    const owner = await createUser(null);
    const organization = await create({ name: "Nameless", slug: uniqueSlug("nameless"), owner });
    const [member] = await t.db.select().from(members).where(eq(members.organizationId, organization!.id));
    expect(member?.name).toBe(owner.email.split("@")[0]!.toLowerCase());
  });

  it("refuses a slug that is already taken and writes nothing", async () => {
    const first = await createUser();
    const second = await createUser();
    const slug = uniqueSlug("taken");
    expect(await create({ name: "First", slug, owner: first })).not.toBeNull();

    const countsBefore = await counts();
    const duplicate = await create({ name: "Second", slug, owner: second });

    expect(duplicate).toBeNull();
    expect(await counts()).toEqual(countsBefore);
    expect(await listUserOrganizations(t.db, second.id)).toEqual([]);
  });

  it("gives exactly one of two simultaneous creations with the same slug", async () => {
    const [a, b] = [await createUser(), await createUser()];
    const slug = uniqueSlug("race");
    const results = await Promise.all([
      create({ name: "A", slug, owner: a }),
      create({ name: "B", slug, owner: b }),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const rows = await t.db.select().from(organizations).where(eq(organizations.slug, slug));
    expect(rows).toHaveLength(1);
  });

  it("lists only the organizations where the user is an active member, by name", async () => {
    const user = await createUser("Grace");
    const someoneElse = await createUser();
    const zeta = await create({ name: "Zeta", slug: uniqueSlug("zeta"), owner: user });
    const alpha = await create({ name: "Alpha", slug: uniqueSlug("alpha"), owner: someoneElse });
    const other = await create({ name: "Other", slug: uniqueSlug("other"), owner: someoneElse });
    const disabled = await create({ name: "Beta", slug: uniqueSlug("beta"), owner: someoneElse });
    await t.db.insert(members).values([
      { organizationId: alpha!.id, userId: user.id, email: user.email.toLowerCase(), name: "Grace", role: "analyst", status: "active" },
      { organizationId: disabled!.id, userId: user.id, email: user.email.toLowerCase(), name: "Grace", role: "admin", status: "inactive" },
    ]);

    const list = await listUserOrganizations(t.db, user.id);

    expect(list).toEqual([
      { id: alpha!.id, name: "Alpha", slug: alpha!.slug, role: "analyst" },
      { id: zeta!.id, name: "Zeta", slug: zeta!.slug, role: "owner" },
    ]);
    expect(list.map((o) => o.id)).not.toContain(other!.id);
    expect(list.map((o) => o.id)).not.toContain(disabled!.id);
  });

  it("finds a user's membership only while it is active, and only in the organization named", async () => {
    const owner = await createUser("Owner");
    const outsider = await createUser("Outsider");
    const mine = await create({ name: "Mine", slug: uniqueSlug("mine"), owner });
    const theirs = await create({ name: "Theirs", slug: uniqueSlug("theirs"), owner: outsider });

    const found = await findActiveMembership(t.db, { slug: mine!.slug, userId: owner.id });
    expect(found?.organization.id).toBe(mine!.id);
    expect(found?.member.role).toBe("owner");
    expect(await findActiveMembership(t.db, { slug: theirs!.slug, userId: owner.id })).toBeNull();
    expect(await findActiveMembership(t.db, { slug: "no-such-organization", userId: owner.id })).toBeNull();

    await t.db.update(members).set({ status: "inactive" }).where(eq(members.id, found!.member.id));
    expect(await findActiveMembership(t.db, { slug: mine!.slug, userId: owner.id })).toBeNull();
  });

  async function counts() {
    const [orgs, mems, events] = await Promise.all([
      t.db.$count(organizations),
      t.db.$count(members),
      t.db.$count(auditEvents),
    ]);
    return { orgs, mems, events };
  }
});
