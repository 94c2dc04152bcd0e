// The kernel's caller check trusts a membership the request already read (an API key's lookup)
// only for that organization, that user and while it is active; anything else is read again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOrgCaller } from "@/lib/actions/kernel/org-caller";
import type { RequestIdentity } from "@/lib/actions/kernel/request-identity";
import { createOrgFixture, type OrgFixture } from "../helpers/org-fixture";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

describe.each(drivers)("the caller of an organization read (%s)", (driver) => {
  let t: TestDatabase;
  let a: OrgFixture;
  let b: OrgFixture;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
    a = await createOrgFixture(t.db, { base: "caller-a" });
    b = await createOrgFixture(t.db, { base: "caller-b" });
  });
  afterAll(async () => {
    await t.close();
  });

  /** The Developer of `a`, carrying a claimed membership whose role says Owner. */
  function developerClaiming(membership: NonNullable<RequestIdentity["membership"]>): RequestIdentity {
    return { ...a.byRole.developer.identity, channel: "api", membership };
  }

  it("uses the membership read earlier in the request when it is this organization's, this user's and active", async () => {
    const member = { ...a.byRole.developer.member, role: "owner" as const };
    const found = await findOrgCaller(t.db, developerClaiming({ organization: a.organization, member }), { id: a.organization.id }, "members.view");
    expect(found).toMatchObject({ ok: true, caller: { member: { id: member.id, role: "owner" } } });
  });

  it("reads the membership again for another organization, another user or an inactive member", async () => {
    const claimed = { ...a.byRole.developer.member, role: "owner" as const };
    const cases: NonNullable<RequestIdentity["membership"]>[] = [
      // Claims organization b with a's membership.
      { organization: b.organization, member: claimed },
      // Another person's membership.
      { organization: a.organization, member: { ...a.byRole.owner.member } },
      // Inactive.
      { organization: a.organization, member: { ...claimed, status: "inactive" } },
    ];
    for (const membership of cases) {
      const found = await findOrgCaller(t.db, developerClaiming(membership), { id: membership.organization.id }, "members.view");
      if (membership.organization.id === b.organization.id) {
        expect(found).toMatchObject({ ok: false, refusal: { code: "not_found" } });
      } else {
        expect(found).toMatchObject({ ok: true, caller: { member: { id: a.byRole.developer.member.id, role: "developer" } } });
      }
    }
  });
});
