// An organization with SCIM turned on and a token, through the settings actions an Owner uses.
import type { Database } from "@/db/client";
import { issueScimToken } from "@/lib/actions/scim/issue-scim-token";
import { setScimEnabled } from "@/lib/actions/scim/set-scim-enabled";
import { createOrgFixture, type OrgFixture } from "./org-fixture";

export interface ScimOrg extends OrgFixture {
  token: string;
  tokenId: string;
  tokenPrefix: string;
}

export async function createScimOrg(db: Database, options: Parameters<typeof createOrgFixture>[1] = {}): Promise<ScimOrg> {
  const org = await createOrgFixture(db, { base: "scim", ...options });
  const enabled = await setScimEnabled.run(db, org.byRole.owner.identity, org.slug, { enabled: true });
  if (!enabled.ok) throw new Error(enabled.error);
  const issued = await issueScimToken.run(db, org.byRole.owner.identity, org.slug, { graceHours: 0 });
  if (!issued.ok) throw new Error(issued.error);
  return { ...org, token: issued.data.token, tokenId: issued.data.id, tokenPrefix: issued.data.prefix };
}
