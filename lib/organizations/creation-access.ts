// The operator's organization-creation rule as configured, and its answer for one user — what the
// pages use to offer "Create organization" or explain why not. The action decides again, locked.
import "server-only";
import type { Queryable } from "@/db/client";
import { anyOrganizationExists } from "@/db/queries/organizations";
import { env } from "@/lib/env";
import { mayCreateOrganization, resolveOrgCreationMode, type OrgCreationDecision, type OrgCreationPolicy } from "./creation-policy";

/** Read when asked (not at import), so callers and tests can pass a policy of their own instead. */
export function configuredOrgCreationPolicy(): OrgCreationPolicy {
  return {
    mode: resolveOrgCreationMode(env.ROSTER_ORG_CREATION, process.env.NODE_ENV === "production"),
    domains: env.ROSTER_ORG_CREATION_DOMAINS,
    operators: env.ROSTER_OPERATORS,
  };
}

/** Whether `email` may create an organization now; a user who is already a member proves one exists. */
export async function organizationCreationFor(
  db: Queryable,
  { email, memberOfAny = false }: { email: string; memberOfAny?: boolean },
  policy: OrgCreationPolicy = configuredOrgCreationPolicy(),
): Promise<OrgCreationDecision> {
  const exists = memberOfAny || (await anyOrganizationExists(db));
  return mayCreateOrganization({ ...policy, email, anyOrganizationExists: exists });
}
