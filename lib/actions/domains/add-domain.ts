// Settings → Domains: adds a domain to verify and returns the TXT record to publish. Public email
// providers can't be claimed, nor a domain another organization has verified.
import "server-only";
import { countDomains, findDomainByName, insertDomain, isDomainVerifiedElsewhere } from "@/db/queries/domains";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { refuse, refuseField } from "@/lib/actions/kernel/refusals";
import { isPublicEmailProvider } from "@/lib/domains/public-providers";
import { newVerificationToken, txtRecordName, txtRecordValue } from "@/lib/domains/txt-record";
import { addDomainSchema } from "@/lib/validation/domains";

export const MAX_DOMAINS = 50;

export const addDomain = defineOrgAction({
  permission: "settings.manage",
  schema: addDomainSchema,
  async handler({ tx, organization, audit }, { domain }) {
    if (isPublicEmailProvider(domain)) refuseField("invalid_input", "domain", `${domain} is a public email provider: anyone can have an address there, so it can't be claimed.`);
    if (await findDomainByName(tx, { organizationId: organization.id, domain })) refuseField("conflict", "domain", `${domain} is already on this organization's list.`);
    if (await isDomainVerifiedElsewhere(tx, { domain, organizationId: organization.id })) {
      refuseField("conflict", "domain", `${domain} is verified by another organization. A domain can belong to one organization only.`);
    }
    if ((await countDomains(tx, organization.id)) >= MAX_DOMAINS) refuse("invalid_input", `An organization can have at most ${MAX_DOMAINS} domains. Remove one first.`);
    const row = await insertDomain(tx, { organizationId: organization.id, domain, verificationToken: newVerificationToken() });
    await audit({ action: "domain.added", target: { type: "domain", id: row.id, name: domain } });
    return { id: row.id, domain, recordName: txtRecordName(domain), recordValue: txtRecordValue(row.verificationToken) };
  },
});
