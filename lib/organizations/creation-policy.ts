// Who may create an organization: the operator's rule (ROSTER_ORG_CREATION), decided in one pure
// function so the action, the pages and the tests all ask the same question.

export const ORG_CREATION_MODES = ["open", "domains", "operators"] as const;
export type OrgCreationMode = (typeof ORG_CREATION_MODES)[number];

export interface OrgCreationPolicy {
  mode: OrgCreationMode;
  /** Lowercase email domains allowed in "domains" mode. */
  domains: readonly string[];
  /** Lowercase email addresses of the operators, who may always create organizations. */
  operators: readonly string[];
}

export type OrgCreationDecision = { allowed: true } | { allowed: false; reason: string };

/** Unset means "operators" in production (a public server is closed until its operator opens it), "open" elsewhere. */
export function resolveOrgCreationMode(configured: OrgCreationMode | undefined, production: boolean): OrgCreationMode {
  return configured ?? (production ? "operators" : "open");
}

export function mayCreateOrganization({
  mode,
  domains,
  operators,
  email,
  anyOrganizationExists,
}: OrgCreationPolicy & { email: string; anyOrganizationExists: boolean }): OrgCreationDecision {
  const address = email.trim().toLowerCase();
  if (mode === "open" || operators.includes(address)) return { allowed: true };

  if (mode === "domains") {
    const domain = address.slice(address.lastIndexOf("@") + 1);
    if (address.includes("@") && domains.includes(domain)) return { allowed: true };
    const allowed = domains.length > 0 ? `people with an email address at ${listDomains(domains)}` : "the operators of this Roster server";
    return {
      allowed: false,
      reason: `Creating organizations is limited to ${allowed}. Ask an operator to create one for you, or ask an admin of an existing organization to invite you.`,
    };
  }

  // "operators": a fresh install has no one to ask, so its first user may set it up.
  if (!anyOrganizationExists) return { allowed: true };
  return {
    allowed: false,
    reason:
      "Creating organizations is limited to the operators of this Roster server. Ask an operator to create one for you, or ask an admin of an existing organization to invite you.",
  };
}

function listDomains(domains: readonly string[]): string {
  if (domains.length === 1) return domains[0]!;
  return `${domains.slice(0, -1).join(", ")} or ${domains[domains.length - 1]}`;
}
