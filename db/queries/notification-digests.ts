// Daily and weekly digests: who has notifications waiting for one, the claim that makes a digest
// go out once per member and period (a row per member, frequency and period start, inserted in the
// transaction that writes the email — a second worker's insert waits for it and then finds it taken),
// and the notifications a digest carries.
import "server-only";
import { and, asc, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { members, notificationDigests, notifications, organizations } from "@/db/schema";
import type { EmailFrequency } from "@/db/schema/enums";

type DigestFrequency = Extract<EmailFrequency, "daily" | "weekly">;

const waitingFor = (frequency: DigestFrequency, periodEnd: Date) =>
  and(isNull(notifications.emailedAt), sql`${notifications.data} ->> 'digest' = ${frequency}`, lt(notifications.createdAt, periodEnd));

export interface DigestCandidate {
  memberId: string;
  memberName: string;
  memberEmail: string;
  organizationId: string;
  organizationName: string;
  organizationSlug: string;
}

/** Active members with notifications created before `periodEnd` waiting for their `frequency` digest. */
export async function findDigestCandidates(
  db: Queryable,
  { frequency, periodEnd, limit }: { frequency: DigestFrequency; periodEnd: Date; limit: number },
): Promise<DigestCandidate[]> {
  return db
    .selectDistinct({
      memberId: members.id,
      memberName: members.name,
      memberEmail: members.email,
      organizationId: organizations.id,
      organizationName: organizations.name,
      organizationSlug: organizations.slug,
    })
    .from(notifications)
    .innerJoin(members, eq(members.id, notifications.memberId))
    .innerJoin(organizations, eq(organizations.id, notifications.organizationId))
    .where(and(waitingFor(frequency, periodEnd), eq(members.status, "active")))
    .limit(limit);
}

/** Claims the member's digest of a period; false when it was already sent (by this or another worker). */
export async function claimDigest(
  tx: Queryable,
  { memberId, frequency, periodStart }: { memberId: string; frequency: DigestFrequency; periodStart: Date },
): Promise<boolean> {
  const rows = await tx
    .insert(notificationDigests)
    .values({ memberId, frequency, periodStart })
    .onConflictDoNothing()
    .returning({ memberId: notificationDigests.memberId });
  return rows.length === 1;
}

/** The member's notifications waiting for the digest, oldest first. */
export async function findDigestNotifications(
  tx: Queryable,
  { memberId, frequency, periodEnd }: { memberId: string; frequency: DigestFrequency; periodEnd: Date },
) {
  return tx
    .select({ id: notifications.id, title: notifications.title, body: notifications.body, createdAt: notifications.createdAt })
    .from(notifications)
    .where(and(eq(notifications.memberId, memberId), waitingFor(frequency, periodEnd)))
    .orderBy(asc(notifications.createdAt), asc(notifications.id))
    .limit(500);
}

export async function markNotificationsEmailed(tx: Queryable, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.update(notifications).set({ emailedAt: sql`now()` }).where(inArray(notifications.id, ids));
}
