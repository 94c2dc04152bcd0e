// Zod schemas for verified domains (add, verify, auto-join settings, remove), join requests (ask,
// approve, decline) and the Domains page's URL state. Shared by the forms and the actions.
import { z } from "zod";
import { roleEnum } from "@/db/schema/enums";

export const DOMAIN_MAX = 253;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** "Acme.COM." → "acme.com"; an internationalised name becomes its xn-- form. Null if it isn't a domain name. */
export function normalizeDomain(raw: string): string | null {
  let value = raw.trim().toLowerCase().replace(/^@/, "").replace(/\.$/, "");
  if (!value || value.length > DOMAIN_MAX || /[\s/:?#@\\[\]%]/.test(value)) return null;
  if (/[^\x00-\x7f]/.test(value)) {
    try {
      value = new URL(`http://${value}`).hostname;
    } catch {
      return null;
    }
  }
  const labels = value.split(".");
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return null;
  const tld = labels[labels.length - 1]!;
  if (!/^[a-z]{2,63}$/.test(tld) && !tld.startsWith("xn--")) return null;
  return value;
}

export const domainNameSchema = z
  .string({ error: "Enter a domain" })
  .max(DOMAIN_MAX + 10, "That domain is too long")
  .transform((value, ctx) => {
    const domain = normalizeDomain(value);
    if (!domain) {
      ctx.addIssue({ code: "custom", message: "Enter a domain name like acme.com (no https:// or path)" });
      return z.NEVER;
    }
    return domain;
  });

export const addDomainSchema = z.object({ domain: domainNameSchema });
export type AddDomainInput = z.input<typeof addDomainSchema>;

const domainId = z.uuid({ error: "Unknown domain" });
export const domainIdSchema = z.object({ domainId });

/** Roles auto-join may give: any but Owner. */
export const AUTO_JOIN_ROLES = roleEnum.enumValues.filter((r) => r !== "owner") as Exclude<(typeof roleEnum.enumValues)[number], "owner">[];
export const autoJoinRoleSchema = z.enum(AUTO_JOIN_ROLES as [string, ...string[]], { error: "Choose a role other than Owner" }).transform((r) => r as (typeof AUTO_JOIN_ROLES)[number]);

export const updateAutoJoinSchema = z.object({
  domainId,
  autoJoin: z.boolean({ error: "Choose on or off" }),
  role: autoJoinRoleSchema,
  teamIds: z.array(z.uuid({ error: "Unknown team" })).max(50, "Choose at most 50 teams").default([]),
});
export type UpdateAutoJoinInput = z.input<typeof updateAutoJoinSchema>;

const requestId = z.uuid({ error: "Unknown request" });
export const approveJoinRequestSchema = z.object({ requestId, role: autoJoinRoleSchema });
export const declineJoinRequestSchema = z.object({ requestId });

/** The organization chooser's "Join <organization>". */
export const joinOrganizationSchema = z.object({ organizationId: z.uuid({ error: "Unknown organization" }) });
