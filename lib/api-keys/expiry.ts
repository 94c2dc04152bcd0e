// How long a new key lives: 30, 90 or 365 days, or never where the organization allows it, and
// never longer than the organization's cap (Settings → API keys).
import type { Organization } from "@/db/schema";

export const EXPIRY_CHOICES = ["30d", "90d", "365d", "never"] as const;
export type ExpiryChoice = (typeof EXPIRY_CHOICES)[number];
export const EXPIRY_LABELS: Record<ExpiryChoice, string> = { "30d": "30 days", "90d": "90 days", "365d": "365 days", never: "No expiry" };
/** The caps an organization can choose. */
export const MAX_EXPIRY_DAY_CHOICES = [30, 90, 365] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

export type KeyPolicy = Pick<Organization, "apiKeyMaxExpiryDays" | "apiKeysMayNotExpire">;

export function expiryDays(choice: ExpiryChoice): number | null {
  return choice === "never" ? null : Number(choice.slice(0, -1));
}

export function expiresAtFor(choice: ExpiryChoice, now = Date.now()): Date | null {
  const days = expiryDays(choice);
  return days === null ? null : new Date(now + days * DAY_MS);
}

/** Null when the organization allows `choice`; otherwise why not. */
export function whyExpiryNotAllowed(choice: ExpiryChoice, policy: KeyPolicy): string | null {
  const days = expiryDays(choice);
  if (days === null) {
    return policy.apiKeysMayNotExpire ? null : `Keys must expire in this organization (within ${policy.apiKeyMaxExpiryDays} days).`;
  }
  return days <= policy.apiKeyMaxExpiryDays ? null : `Keys may last at most ${policy.apiKeyMaxExpiryDays} days in this organization.`;
}

export function allowedExpiryChoices(policy: KeyPolicy): ExpiryChoice[] {
  return EXPIRY_CHOICES.filter((choice) => whyExpiryNotAllowed(choice, policy) === null);
}
