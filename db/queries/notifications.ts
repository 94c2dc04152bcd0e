// In-app notifications (the bell) and the preferences that decide how a member hears of each
// category: written in the transaction of the change they report, read and marked read only by
// their recipient (every statement carries the organization and the member).
import "server-only";
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { preparedQuery } from "@/db/prepared-queries";
import { members, notificationPreferences, notifications, type Notification } from "@/db/schema";
import type { EmailFrequency } from "@/db/schema/enums";

/** A recipient as notify() needs them: where to email, and whether they can see a bell at all. */
export interface NotificationRecipient {
  id: string;
  organizationId: string;
  name: string;
  email: string;
  status: "active" | "inactive" | "pending";
  userId: string | null;
}

export async function findNotificationRecipients(
  db: Queryable,
  { organizationId, memberIds }: { organizationId: string; memberIds: string[] },
): Promise<NotificationRecipient[]> {
  if (memberIds.length === 0) return [];
  return db
    .select({
      id: members.id,
      organizationId: members.organizationId,
      name: members.name,
      email: members.email,
      status: members.status,
      userId: members.userId,
    })
    .from(members)
    .where(and(eq(members.organizationId, organizationId), inArray(members.id, memberIds)));
}

/** Active Owners and Admins who have joined (those told when the seats run out). */
export async function findOrganizationAdminIds(db: Queryable, { organizationId }: { organizationId: string }): Promise<string[]> {
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.organizationId, organizationId), eq(members.status, "active"), inArray(members.role, ["owner", "admin"])));
  return rows.map((row) => row.id);
}

export interface StoredPreference {
  memberId: string;
  category: string;
  /** "" for the member's general setting, else a team id. */
  scope: string;
  email: EmailFrequency;
  inApp: boolean;
}

/** Every stored preference of these members (general and per team); members are one organization's. */
export async function findPreferencesOf(db: Queryable, memberIds: string[]): Promise<StoredPreference[]> {
  if (memberIds.length === 0) return [];
  return db
    .select({
      memberId: notificationPreferences.memberId,
      category: notificationPreferences.category,
      scope: notificationPreferences.scope,
      email: notificationPreferences.email,
      inApp: notificationPreferences.inApp,
    })
    .from(notificationPreferences)
    .where(inArray(notificationPreferences.memberId, memberIds));
}

/** Replaces a member's preferences with `rows` (the member's whole setting, general and per team). */
export async function replacePreferences(
  db: Queryable,
  memberId: string,
  rows: { category: string; scope: string; email: EmailFrequency; inApp: boolean }[],
): Promise<void> {
  await db.delete(notificationPreferences).where(eq(notificationPreferences.memberId, memberId));
  if (rows.length > 0) await db.insert(notificationPreferences).values(rows.map((row) => ({ ...row, memberId })));
}

export type NewNotification = Pick<
  typeof notifications.$inferInsert,
  "organizationId" | "memberId" | "category" | "title" | "body" | "link" | "data" | "emailedAt" | "readAt"
>;

/** Inserts in chunks (a bulk change can notify thousands of members). Returns ids in order. */
export async function insertNotifications(db: Queryable, rows: NewNotification[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += 1000) {
    const inserted = await db.insert(notifications).values(rows.slice(i, i + 1000)).returning({ id: notifications.id });
    ids.push(...inserted.map((row) => row.id));
  }
  return ids;
}

/** The flag on a notification kept only for an email digest (its recipient turned the bell off for it). */
const visible = sql`coalesce((${notifications.data} ->> 'hidden')::boolean, false) = false`;

export interface NotificationScope {
  organizationId: string;
  memberId: string;
}

export type NotificationItem = Pick<Notification, "id" | "category" | "title" | "body" | "link" | "data" | "readAt" | "createdAt">;

/** The recipient's newest notifications and how many are unread. */
export async function listNotifications(
  db: Queryable,
  { organizationId, memberId, limit }: NotificationScope & { limit: number },
): Promise<{ items: NotificationItem[]; unread: number }> {
  const [items, [count]] = await Promise.all([
    preparedQuery(db, "notifications_newest", () =>
      db
        .select({
          id: notifications.id,
          category: notifications.category,
          title: notifications.title,
          body: notifications.body,
          link: notifications.link,
          data: notifications.data,
          readAt: notifications.readAt,
          createdAt: notifications.createdAt,
        })
        .from(notifications)
        .where(recipientScope())
        .orderBy(desc(notifications.createdAt), desc(notifications.id))
        .limit(sql.placeholder("limit")),
    ).execute({ organizationId, memberId, limit }),
    preparedQuery(db, "notifications_unread_count", () =>
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(notifications)
        .where(and(recipientScope(), isNull(notifications.readAt))),
    ).execute({ organizationId, memberId }),
  ]);
  return { items, unread: count?.n ?? 0 };
}

/** A recipient's visible notifications, their organization and member as placeholders. */
function recipientScope() {
  return and(
    eq(notifications.organizationId, sql.placeholder("organizationId")),
    eq(notifications.memberId, sql.placeholder("memberId")),
    visible,
  );
}

export async function countUnreadNotifications(db: Queryable, { organizationId, memberId }: NotificationScope): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.organizationId, organizationId), eq(notifications.memberId, memberId), isNull(notifications.readAt), visible));
  return row?.n ?? 0;
}

/** Marks one (`id`) or all of the recipient's notifications read; returns how many changed. */
export async function markNotificationsRead(db: Queryable, { organizationId, memberId, id }: NotificationScope & { id?: string }): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(
      and(
        eq(notifications.organizationId, organizationId),
        eq(notifications.memberId, memberId),
        isNull(notifications.readAt),
        id ? eq(notifications.id, id) : undefined,
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}

/** The recipient's notification, or null (unknown, someone else's, another organization). */
export async function findNotification(db: Queryable, { organizationId, memberId, id }: NotificationScope & { id: string }) {
  const [row] = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.organizationId, organizationId), eq(notifications.memberId, memberId), eq(notifications.id, id)));
  return row ?? null;
}

/** The members of an organization who are these users (an invitation names its inviter by user). */
export async function findMemberIdsByUsers(db: Queryable, { organizationId, userIds }: { organizationId: string; userIds: string[] }) {
  if (userIds.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: members.id, userId: members.userId })
    .from(members)
    .where(and(eq(members.organizationId, organizationId), inArray(members.userId, userIds)));
  return new Map(rows.map((row) => [row.userId!, row.id] as const));
}

/** Marks read the recipient's notifications about one team invitation (answered, its buttons are done). */
export async function markTeamInvitationNotificationsRead(
  db: Queryable,
  { organizationId, memberId, teamInvitationId }: NotificationScope & { teamInvitationId: string },
): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(
      and(
        eq(notifications.organizationId, organizationId),
        eq(notifications.memberId, memberId),
        isNull(notifications.readAt),
        sql`${notifications.data} ->> 'teamInvitationId' = ${teamInvitationId}`,
      ),
    );
}
