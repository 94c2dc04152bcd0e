// "Verify the activity log": recomputes the organization's hash chain (db/audit-chain.ts) outside
// any transaction — it may read millions of events and must not hold the organization lock — and
// then records the outcome, with the newest event's hash, as one audit event.
import "server-only";
import { z } from "zod";
import type { Database } from "@/db/client";
import { verifyAuditChain, type ChainReport } from "@/db/audit-chain";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { defineOrgQuery } from "@/lib/actions/kernel/define-org-query";
import type { RequestIdentity } from "@/lib/actions/kernel/request-identity";
import { ok, type ActionResult } from "@/lib/errors";

export const checkAuditChain = defineOrgQuery({
  permission: "audit.verify",
  schema: z.object({}).strict(),
  handler: ({ db, organization }): Promise<ChainReport> => verifyAuditChain(db, organization.id),
});

const reportSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int().min(0),
  headSeq: z.number().int().nullable(),
  headHash: z.string().nullable(),
  brokenAt: z.number().int().nullable(),
  reason: z.string().nullable(),
});

/** Only ever given the report this server just computed (not exposed to browsers on its own). */
export const recordChainVerification = defineOrgAction({
  permission: "audit.verify",
  schema: reportSchema,
  async handler(ctx, report) {
    await ctx.audit({ action: "audit.chain_verified", metadata: report });
    return report;
  },
});

/** Verifies, then records the result; the caller sees the report. */
export async function verifyAndRecord(db: Database, identity: RequestIdentity, org: string): Promise<ActionResult<ChainReport>> {
  const checked = await checkAuditChain.run(db, identity, org, {});
  if (!checked.ok) return checked;
  const report = checked.data;
  const recorded = await recordChainVerification.run(db, identity, org, {
    ok: report.ok,
    checked: report.checked,
    headSeq: report.head?.seq ?? null,
    headHash: report.head?.hash ?? null,
    brokenAt: report.broken?.seq ?? null,
    reason: report.broken?.reason ?? null,
  });
  return recorded.ok ? ok(report) : recorded;
}
