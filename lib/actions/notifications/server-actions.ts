"use server";
// The bell and notification preferences as server functions the browser can call. Each one
// authorizes itself (session, membership of `slug`, permission, input) and only ever touches the
// caller's own notifications and preferences.
import { serveOrgAction, serveOrgQuery } from "@/lib/actions/kernel/serve-org-action";
import { listNotifications } from "./list-notifications";
import { markNotificationsRead } from "./mark-notifications-read";
import { updateNotificationPreferences } from "./update-notification-preferences";

export async function listNotificationsAction(slug: string) {
  return serveOrgQuery(listNotifications, slug, {});
}

export async function markNotificationsReadAction(slug: string, input: unknown) {
  return serveOrgAction(markNotificationsRead, slug, input);
}

export async function updateNotificationPreferencesAction(slug: string, input: unknown) {
  return serveOrgAction(updateNotificationPreferences, slug, input);
}
