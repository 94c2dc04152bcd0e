// The account page's data: the person's own profile and organizations. Everything is the caller's
// own, read with the session's user id (never one from the request).
import "server-only";
import { getDb } from "@/db";
import { getProfile } from "@/db/queries/account-profile";
import { listUserOrganizations } from "@/db/queries/organizations";
import type { SessionUser } from "@/lib/auth/org-context";
import { ROLE_LABELS } from "@/lib/permissions";

export async function loadAccountProfile(user: SessionUser) {
  const profile = await getProfile(await getDb(), user.id);
  return { ...profile, email: profile.email || user.email };
}

export async function loadAccountOrganizations(user: SessionUser) {
  const organizations = await listUserOrganizations(await getDb(), user.id);
  return organizations.map((org) => ({ name: org.name, slug: org.slug, roleLabel: ROLE_LABELS[org.role] }));
}
