// Writes notifications inside the caller's transaction, so a change and the notifications about it
// commit or roll back together. Each recipient's preferences decide: a row in the bell (in-app on),
// an email right away (queued in the outbox, in the same transaction), a place in the next daily
// or weekly digest, or nothing. Only members who have joined and are active are notified.
import "server-only";
import type { Database, Queryable } from "@/db/client";
import {
  findNotificationRecipients,
  findPreferencesOf,
  insertNotifications,
  type NewNotification,
  type StoredPreference,
} from "@/db/queries/notifications";
import type { Organization } from "@/db/schema";
import type { EmailFrequency } from "@/db/schema/enums";
import { deliverOutboxEmail } from "@/lib/email/deliver";
import { enqueueEmails, type OutboxMessage } from "@/lib/email/outbox";
import { renderNotificationEmail } from "@/lib/email/templates/notification";
import { appUrl } from "@/lib/env";
import { CATEGORY_INFO, type NotificationCategory } from "./categories";

export interface NotificationEmailContent {
  /** Outbox template name, e.g. "role-changed". */
  template: string;
  subject: string;
  html: string;
  text: string;
}

export interface NotificationDraft {
  /** The recipient (a member of the organization passed to notify). */
  memberId: string;
  category: NotificationCategory;
  title: string;
  body?: string | null;
  /** A path inside the app, e.g. `/orgs/acme/teams/<id>`. */
  link?: string | null;
  data?: Record<string, unknown>;
  /** The team the notification is about: that team's own setting, if any, wins. */
  teamId?: string | null;
  /**
   * The email to send when the recipient wants this category right away (default: a generic one);
   * a function is called only then, so an unwanted email is never rendered.
   */
  email?: NotificationEmailContent | (() => Promise<NotificationEmailContent>);
}

export interface NotifyResult {
  notificationIds: string[];
  /** Outbox messages written; deliver them after the commit (notifyInAction does). */
  emailIds: string[];
}

export interface ResolvedPreference {
  email: EmailFrequency;
  inApp: boolean;
}

/** The recipient's setting for a category (and team): the team's own, else the general one, else the default. */
export function resolvePreference(stored: StoredPreference[], memberId: string, category: NotificationCategory, teamId?: string | null): ResolvedPreference {
  const find = (scope: string) => stored.find((p) => p.memberId === memberId && p.category === category && p.scope === scope);
  const chosen = (teamId ? find(teamId) : undefined) ?? find("");
  const info = CATEGORY_INFO[category];
  // The change sends its own (security) email; only the bell is the member's to choose.
  if (info.emailAlwaysSent) return { email: "off", inApp: chosen?.inApp ?? true };
  return chosen ? { email: chosen.email, inApp: chosen.inApp } : { email: info.defaultEmail, inApp: true };
}

export function notificationSettingsUrl(): string {
  return `${appUrl()}/account/notifications`;
}

/**
 * Writes `drafts` in `tx` (the transaction of the change) and returns the outbox ids to deliver
 * after it commits. Safe for thousands of drafts: one read of recipients and preferences, chunked inserts.
 */
export async function notify(
  tx: Queryable,
  organization: Pick<Organization, "id" | "name" | "slug">,
  drafts: NotificationDraft[],
): Promise<NotifyResult> {
  if (drafts.length === 0) return { notificationIds: [], emailIds: [] };
  const memberIds = [...new Set(drafts.map((d) => d.memberId))];
  const recipients = new Map(
    (await findNotificationRecipients(tx, { organizationId: organization.id, memberIds })).map((r) => [r.id, r] as const),
  );
  const stored = await findPreferencesOf(tx, [...recipients.keys()]);
  const rendered = new Map<string, NotificationEmailContent>();
  const rows: NewNotification[] = [];
  const emails: OutboxMessage[] = [];
  const now = new Date();

  for (const draft of drafts) {
    const recipient = recipients.get(draft.memberId);
    if (!recipient || recipient.status !== "active" || !recipient.userId) continue;
    const preference = resolvePreference(stored, recipient.id, draft.category, draft.teamId);
    const digest = preference.email === "daily" || preference.email === "weekly";
    if (preference.email === "realtime") {
      const email = typeof draft.email === "function" ? await draft.email() : (draft.email ?? (await genericEmail(rendered, organization, draft)));
      emails.push({ organizationId: organization.id, to: recipient.email, ...email });
    }
    if (!preference.inApp && !digest) continue;
    rows.push({
      organizationId: organization.id,
      memberId: recipient.id,
      category: draft.category,
      title: draft.title,
      body: draft.body ?? null,
      link: draft.link ?? null,
      // A bell-less row exists only to be picked up by its digest.
      data: { ...draft.data, ...(draft.teamId ? { teamId: draft.teamId } : {}), ...(digest ? { digest: preference.email } : {}), ...(preference.inApp ? {} : { hidden: true }) },
      emailedAt: digest ? null : now,
      readAt: preference.inApp ? null : now,
    });
  }
  const emailIds = await enqueueEmails(tx, emails);
  const notificationIds = await insertNotifications(tx, rows);
  return { notificationIds, emailIds };
}

/** The context notifyInAction needs: an organization action's (lib/actions/kernel/define-org-action.ts). */
export interface NotifyContext {
  tx: Queryable;
  organization: Pick<Organization, "id" | "name" | "slug">;
  actor: { id: string };
  afterCommit: (work: (db: Database) => Promise<unknown>) => void;
}

/**
 * notify() from inside an organization action: nobody is notified of their own doing, and the
 * emails are delivered once the action's transaction has committed.
 */
export async function notifyInAction(ctx: NotifyContext, drafts: NotificationDraft[]): Promise<NotifyResult> {
  const result = await notify(ctx.tx, ctx.organization, drafts.filter((d) => d.memberId !== ctx.actor.id));
  for (const id of result.emailIds) ctx.afterCommit((db) => deliverOutboxEmail(db, id));
  return result;
}

async function genericEmail(
  cache: Map<string, NotificationEmailContent>,
  organization: Pick<Organization, "name">,
  draft: NotificationDraft,
): Promise<NotificationEmailContent> {
  const key = JSON.stringify([draft.title, draft.body ?? null, draft.link ?? null]);
  const cached = cache.get(key);
  if (cached) return cached;
  const email = await renderNotificationEmail({
    organizationName: organization.name,
    title: draft.title,
    body: draft.body ?? null,
    url: draft.link ? `${appUrl()}${draft.link}` : null,
    settingsUrl: notificationSettingsUrl(),
  });
  const content = { template: `notification-${draft.category.replaceAll("_", "-")}`, ...email };
  cache.set(key, content);
  return content;
}
