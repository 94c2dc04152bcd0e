// Settings → Domains: looks the domain's TXT record up in DNS now. Found → verified (unless another
// organization verified it first: claims of one name are serialized by a lock, and a unique index
// backs that up); not found, wrong value or no answer → failed, with the reason and the check time.
// A domain already verified that fails a manual check stays verified: only the scheduled re-check
// (7 days missing) takes verification away.
import "server-only";
import { isDomainVerifiedElsewhere, lockDomain, lockDomainName, updateDomain } from "@/db/queries/domains";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { refuse } from "@/lib/actions/kernel/refusals";
import { checkDomainTxt } from "@/lib/domains/dns-check";
import { domainIdSchema } from "@/lib/validation/domains";

export const verifyDomain = defineOrgAction({
  permission: "settings.manage",
  schema: domainIdSchema,
  async handler({ tx, organization, audit }, { domainId }) {
    const scope = { organizationId: organization.id, domainId };
    const domain = await lockDomain(tx, scope);
    if (!domain) refuse("not_found", "That domain isn't on this organization's list.");
    const check = await checkDomainTxt(domain.domain, domain.verificationToken);
    const now = new Date();
    const target = { type: "domain" as const, id: domain.id, name: domain.domain };

    if (check.outcome === "found") {
      await lockDomainName(tx, domain.domain);
      if (await isDomainVerifiedElsewhere(tx, { domain: domain.domain, organizationId: organization.id })) {
        const reason = `${domain.domain} is verified by another organization. A domain can belong to one organization only.`;
        const updated = await updateDomain(tx, scope, { status: domain.status === "verified" ? "verified" : "failed", lastCheckedAt: now, lastError: reason });
        await audit({ action: "domain.verification_failed", target, metadata: { reason } });
        return { status: updated.status, reason };
      }
      const updated = await updateDomain(tx, scope, { status: "verified", verifiedAt: domain.verifiedAt ?? now, lastCheckedAt: now, lastError: null, missingSince: null });
      await audit({ action: "domain.verified", target });
      return { status: updated.status, reason: null };
    }
    const stillVerified = domain.status === "verified";
    const updated = await updateDomain(tx, scope, {
      status: stillVerified ? "verified" : "failed",
      lastCheckedAt: now,
      lastError: check.reason,
      ...(stillVerified && check.outcome !== "error" && !domain.missingSince ? { missingSince: now } : {}),
    });
    await audit({ action: "domain.verification_failed", target, metadata: { reason: check.reason } });
    return { status: updated.status, reason: check.reason };
  },
});
