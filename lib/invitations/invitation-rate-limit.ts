// Abuse limits on sending invitations: per inviting member and per organization, counted in the
// database inside the sending transaction (a refused or rolled-back send isn't counted).
import "server-only";
import type { Queryable } from "@/db/client";
import { ActionError } from "@/lib/errors";
import { RATE_LIMITS, consumeRateLimit } from "@/lib/rate-limit";

export async function assertCanSendInvitations(
  tx: Queryable,
  { organizationId, actorUserId, count = 1 }: { organizationId: string; actorUserId: string; count?: number },
): Promise<void> {
  for (const [key, rule] of [
    [`invitations:actor:${actorUserId}`, RATE_LIMITS.invitationsPerActor],
    [`invitations:org:${organizationId}`, RATE_LIMITS.invitationsPerOrganization],
  ] as const) {
    const result = await consumeRateLimit(tx, key, rule, { cost: count });
    if (!result.ok) throw new ActionError("rate_limited", result.message);
  }
}
