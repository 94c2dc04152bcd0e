// Abuse limits on sending invitations: per inviting member and per organization, and a smaller
// daily quota in an organization's first days, counted in the database inside the sending
// transaction (a refused or rolled-back send isn't counted).
import "server-only";
import type { Queryable } from "@/db/client";
import { organizationCreatedAt } from "@/db/queries/organizations";
import { ActionError } from "@/lib/errors";
import { formatDate } from "@/lib/format-time";
import { NEW_ORGANIZATION_DAYS, RATE_LIMITS, consumeRateLimit, formatRetryAfter, peekRateLimit } from "@/lib/rate-limit";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Charges `count` invitations to the actor, the organization and, while it is young, its new-
 * organization quota — all or nothing: a batch that doesn't fit is refused whole, and its message
 * says how many still fit today.
 */
export async function assertCanSendInvitations(
  tx: Queryable,
  { organizationId, actorUserId, count = 1, now = Date.now() }: { organizationId: string; actorUserId: string; count?: number; now?: number },
): Promise<void> {
  const createdAt = await organizationCreatedAt(tx, organizationId);
  const youngUntil = createdAt ? createdAt.getTime() + NEW_ORGANIZATION_DAYS * DAY_MS : 0;
  if (now < youngUntil) {
    const key = `invitations:new-org:${organizationId}`;
    const rule = RATE_LIMITS.invitationsPerNewOrganization;
    const result = await consumeRateLimit(tx, key, rule, { cost: count, now });
    if (!result.ok) {
      const used = await peekRateLimit(tx, key, rule, { cost: 0, now });
      const left = Math.max(0, rule.limit - (used.ok ? used.count : rule.limit));
      throw new ActionError("rate_limited", newOrganizationQuotaMessage({ limit: rule.limit, left, count, retryAfterMs: result.retryAfterMs, youngUntil }));
    }
  }
  for (const [key, rule] of [
    [`invitations:actor:${actorUserId}`, RATE_LIMITS.invitationsPerActor],
    [`invitations:org:${organizationId}`, RATE_LIMITS.invitationsPerOrganization],
  ] as const) {
    const result = await consumeRateLimit(tx, key, rule, { cost: count, now });
    if (!result.ok) throw new ActionError("rate_limited", result.message);
  }
}

export function newOrganizationQuotaMessage({
  limit,
  left,
  count,
  retryAfterMs,
  youngUntil,
}: {
  limit: number;
  left: number;
  count: number;
  retryAfterMs: number;
  youngUntil: number;
}): string {
  const quota = `New organizations can send up to ${limit.toLocaleString("en-US")} invitations a day during their first ${NEW_ORGANIZATION_DAYS} day${NEW_ORGANIZATION_DAYS === 1 ? "" : "s"}.`;
  const today =
    left === 0
      ? "Today's invitations are used up"
      : `${left.toLocaleString("en-US")} more can go out today, and this would send ${count.toLocaleString("en-US")}`;
  const next = left === 0 ? `Try again in ${formatRetryAfter(retryAfterMs)}` : `Send ${left.toLocaleString("en-US")} or fewer now, the rest in ${formatRetryAfter(retryAfterMs)}`;
  return `${quota} ${today}. ${next}; from ${formatDate(new Date(youngUntil))} the usual limits apply.`;
}
