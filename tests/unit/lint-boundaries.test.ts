// The layer boundaries are enforced by lint (eslint/boundaries.mjs): each rule fires on a
// deliberate violation and stays quiet on the allowed form, and the repository's lint config
// includes them, so `npm run lint` (and CI) fails when a boundary is crossed.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { actionFeatures, boundaries } from "../../eslint/boundaries.mjs";

const ROOT = path.resolve(import.meta.dirname, "../..");
const RULE = "@typescript-eslint/no-restricted-imports";
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: boundaries() });

/** The boundary errors `code` gets at `filePath` (a virtual file: it need not exist). */
async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: path.join(ROOT, filePath) });
  const fatal = result!.messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(`could not parse ${filePath}: ${fatal[0]!.message}`);
  return result!.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

const fires = async (filePath: string, code: string) => expect(await violations(filePath, code)).toHaveLength(1);
const quiet = async (filePath: string, code: string) => expect(await violations(filePath, code)).toEqual([]);

describe("lint boundaries", () => {
  it("keeps drizzle-orm inside db/", async () => {
    await fires("lib/members/seats.ts", `import { eq } from "drizzle-orm";`);
    await fires("lib/actions/teams/create-team.ts", `import { and } from "drizzle-orm";`);
    await fires("components/members/members-table.tsx", `import { sql } from "drizzle-orm";`);
    await fires("app/(app)/orgs/[slug]/members/(list)/page.tsx", `import { pgTable } from "drizzle-orm/pg-core";`);
    await fires("proxy.ts", `import { eq } from "drizzle-orm";`);
    await quiet("db/queries/members.ts", `import { and, eq } from "drizzle-orm";\nimport type { PgColumn } from "drizzle-orm/pg-core";`);
    // Tests, benchmarks and e2e fixtures talk to the database on purpose.
    await quiet("tests/integration/x.test.ts", `import { eq } from "drizzle-orm";`);
  });

  it("allows schema tables outside db/ only as types, enum values excepted", async () => {
    await fires("lib/members/owners.ts", `import { members } from "@/db/schema";`);
    await fires("lib/audit.ts", `import { auditEvents, type AuditEvent } from "@/db/schema";`);
    await fires("lib/actions/members/x.ts", `import { members } from "@/db/schema/members";`);
    await quiet("lib/members/owners.ts", `import type { Member } from "@/db/schema";\nimport { type Organization } from "@/db/schema";`);
    await quiet("lib/validation/members.ts", `import { roleEnum, type Role } from "@/db/schema/enums";`);
    await quiet("lib/members/seats.ts", `import { countSeatsUsed } from "@/db/queries/members";\nimport { getDb } from "@/db";`);
  });

  it("keeps db/ from importing anything above it", async () => {
    await fires("db/queries/member-list.ts", `import { ROLES } from "@/lib/permissions";`);
    await fires("db/queries/organizations.ts", `import { recordAudit } from "@/lib/audit";`);
    await fires("db/index.ts", `import { env } from "@/lib/env";`);
    await fires("db/seed/demo.ts", `import { Button } from "@/components/ui/button";`);
    await fires("db/queries/x.ts", `import type { PageProps } from "@/app/types";`);
    await fires("db/queries/x.ts", `import { hashInvitationToken } from "../../lib/invitations/tokens";`);
    await fires("db/index.ts", `import { env } from "../lib/env";`);
    await quiet(
      "db/queries/x.ts",
      `import { sql } from "drizzle-orm";\nimport type { Queryable } from "@/db/client";\nimport { members } from "@/db/schema";\nimport { isUuid } from "./members";\nimport { databaseConfig } from "../config";`,
    );
  });

  it("lets components import db/ only as types", async () => {
    await fires("components/members/x.tsx", `import { getDb } from "@/db";`);
    await fires("components/teams/x.tsx", `import { listTeams, type TeamOption } from "@/db/queries/teams";`);
    await quiet("components/members/x.tsx", `import type { TeamOption } from "@/db/queries/teams";\nimport { type Role } from "@/db/schema/enums";`);
    await quiet("components/members/x.tsx", `import { changeRoleAction } from "@/lib/actions/members/server-actions";`);
  });

  it("keeps feature code out of components/ui", async () => {
    await fires("components/ui/badge.tsx", `import { RoleBadge } from "@/components/members/member-badges";`);
    await fires("components/ui/dialog.tsx", `import { removeMemberAction } from "@/lib/actions/members/server-actions";`);
    await fires("components/ui/table.tsx", `import type { TeamOption } from "@/db/queries/teams";`);
    await fires("components/ui/button.tsx", `import { MemberRowMenu } from "../members/member-row-menu";`);
    await quiet("components/ui/button.tsx", `import { cn } from "@/components/ui/cn";\nimport { Label } from "./label";\nimport { formatDate } from "@/lib/format-time";`);
  });

  it("keeps feature action folders from importing each other", async () => {
    await fires("lib/actions/invitations/x.ts", `import { loadTargetMember } from "@/lib/actions/members/guards";`);
    await fires("lib/actions/invitations/x.ts", `import { loadTargetMember } from "../members/guards";`);
    await fires("lib/actions/teams/x.ts", `import { createMember } from "@/lib/actions/members";`);
    await fires("lib/actions/members/sub/x.ts", `import { loadTeam } from "../../teams/guards";`);
    await quiet(
      "lib/actions/invitations/x.ts",
      `import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";\nimport { refuseUnless } from "../kernel/refusals";\nimport { lockManagedInvitation } from "./managed-invitation";\nimport { assertTeamsExist } from "@/lib/teams/team-checks";\nimport { bulkInvite } from "@/lib/actions/invitations/bulk-invite";`,
    );
  });

  it("keeps domain code and the kernel from reaching into feature actions", async () => {
    await fires("lib/invitations/accept-invitation.ts", `import { changeRole } from "@/lib/actions/members/change-role";`);
    await fires("lib/actions/kernel/define-org-query.ts", `import { createTeam } from "@/lib/actions/teams/create-team";`);
    await quiet("lib/invitations/accept-invitation.ts", `import type { RequestIdentity } from "@/lib/actions/kernel/request-identity";`);
  });

  it("covers every feature folder under lib/actions, and the repository's lint config includes the rules", async () => {
    expect(actionFeatures()).toEqual(expect.arrayContaining(["account", "auth", "invitations", "members", "organizations", "teams"]));
    expect(actionFeatures()).not.toContain("kernel");
    const configUrl = pathToFileURL(path.join(ROOT, "eslint.config.mjs")).href;
    const { default: config } = (await import(configUrl)) as { default: { name?: string }[] };
    const names = config.map((block) => block.name);
    expect(names).toEqual(expect.arrayContaining(boundaries().map((block) => block.name)));
  });
});
