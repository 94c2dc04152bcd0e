"use server";
// The bell's changes and notification preferences as server functions the browser can call (the
// bell's list is a GET: app/api/orgs/[slug]/notifications). Each one
// authorizes itself (session, membership of `slug`, permission, input) and only ever touches the
// caller's own notifications and preferences.
import { serveOrgAction } from "@/lib/actions/kernel/serve-org-action";
import { markNotificationsRead } from "./mark-notifications-read";
import { updateNotificationPreferences } from "./update-notification-preferences";

export async function markNotificationsReadAction(slug: string, input: unknown) {
  return serveOrgAction(markNotificationsRead, slug, input);
}

export async function updateNotificationPreferencesAction(slug: string, input: unknown) {
  return serveOrgAction(updateNotificationPreferences, slug, input);
}
