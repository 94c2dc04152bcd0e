// The worker's part for verified domains: once a day each verified domain's TXT record is looked up
// again. Found: all is well. Missing (or only other values) for 7 days in a row: the domain becomes
// unverified — auto-join through it stops and another organization may claim it — audited as the
// worker's doing. A lookup that gets no answer (timeout, server failure) proves nothing and changes
// nothing but the note. Domains are claimed by stamping their check time, so instances sweeping at
// once never check one twice; the DNS lookups run outside any transaction.
import "server-only";
import type { Database } from "@/db/client";
import { claimDomainsForRecheck, lockDomain, updateDomain } from "@/db/queries/domains";
import { lockOrganization } from "@/db/queries/organizations";
import type { Domain } from "@/db/schema";
import { runTransaction } from "@/db/transaction";
import { recordAudit, type AuditActor } from "@/lib/audit";
import { checkDomainTxt, type DnsCheck, type DnsOptions } from "./dns-check";

export const RECHECK_EVERY_MS = 24 * 60 * 60 * 1000;
export const UNVERIFY_AFTER_MS = 7 * 24 * 60 * 60 * 1000;
const WORKER: AuditActor = { userId: null, name: "Roster", email: null, type: "system", channel: "worker" };

export interface RecheckReport {
  checked: number;
  unverified: number;
}

export async function recheckVerifiedDomains(db: Database, { now = new Date(), dns, limit = 20 }: { now?: Date; dns?: DnsOptions; limit?: number } = {}): Promise<RecheckReport> {
  const claimed = await claimDomainsForRecheck(db, { checkedBefore: new Date(now.getTime() - RECHECK_EVERY_MS), now, limit });
  const checks = await Promise.all(claimed.map(async (domain) => ({ domain, check: await checkDomainTxt(domain.domain, domain.verificationToken, dns) })));
  let unverified = 0;
  for (const { domain, check } of checks) {
    try {
      if (await recordRecheck(db, domain, check, now)) unverified += 1;
    } catch (error) {
      console.error("[domains] recording a re-check failed", error instanceof Error ? error.message : error);
    }
  }
  return { checked: claimed.length, unverified };
}

/** Writes one re-check's result; true when it took the domain's verification away. */
async function recordRecheck(db: Database, claimed: Domain, check: DnsCheck, now: Date): Promise<boolean> {
  return runTransaction(db, async (tx) => {
    const organization = await lockOrganization(tx, claimed.organizationId);
    const scope = { organizationId: claimed.organizationId, domainId: claimed.id };
    const domain = organization ? await lockDomain(tx, scope) : null;
    if (!organization || !domain || domain.status !== "verified") return false;
    if (check.outcome === "found") {
      await updateDomain(tx, scope, { lastError: null, missingSince: null });
      return false;
    }
    if (check.outcome === "error") {
      await updateDomain(tx, scope, { lastError: check.reason });
      return false;
    }
    const missingSince = domain.missingSince ?? now;
    if (now.getTime() - missingSince.getTime() < UNVERIFY_AFTER_MS) {
      await updateDomain(tx, scope, { lastError: check.reason, missingSince });
      return false;
    }
    const reason = `The TXT record has been missing since ${missingSince.toISOString().slice(0, 10)}: ${check.reason}`;
    await updateDomain(tx, scope, { status: "unverified", lastError: reason, missingSince });
    await recordAudit(tx, {
      organizationId: organization.id,
      actor: WORKER,
      action: "domain.unverified",
      target: { type: "domain", id: domain.id, name: domain.domain },
      metadata: { reason, missingSince: missingSince.toISOString() },
    });
    return true;
  });
}
