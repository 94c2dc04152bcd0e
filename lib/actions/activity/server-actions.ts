"use server";
// The activity log's server functions. Each authorizes itself (session, membership of `slug`,
// permission, input) — see kernel/define-org-action.ts and kernel/define-org-query.ts.
import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { currentRequestIdentity, serveOrgQuery } from "@/lib/actions/kernel/serve-org-action";
import { searchActivityPeople } from "./search-activity-people";
import { verifyAndRecord } from "./verify-audit-chain";

export async function searchActivityPeopleAction(slug: string, input: unknown) {
  return serveOrgQuery(searchActivityPeople, slug, input);
}

export async function verifyAuditChainAction(slug: string) {
  const [db, identity] = await Promise.all([getDb(), currentRequestIdentity()]);
  const result = await verifyAndRecord(db, identity, typeof slug === "string" ? slug : "");
  if (result.ok) revalidatePath(`/orgs/${slug}/activity`, "layout");
  return result;
}
