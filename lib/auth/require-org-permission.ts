// The read path's gate for pages: "who may read this page" in one line. Sign-in without a session,
// a 404 that reveals nothing without an active membership of the URL's organization, then the
// permission — missing it is a 404 too, unless the page has a "no access" view of its own.
import "server-only";
import { notFound } from "next/navigation";
import { can, type Permission } from "@/lib/permissions";
import { requireOrgContext, type OrgContext } from "./org-context";

/** A member who may or may not hold the page's permission, for pages that explain a refusal. */
export type OrgAccess = (OrgContext & { allowed: true }) | (OrgContext & { allowed: false });

export async function requireOrgPermission(slug: string, permission: Permission): Promise<OrgContext>;
export async function requireOrgPermission(slug: string, permission: Permission, options: { whenDenied: "render" }): Promise<OrgAccess>;
export async function requireOrgPermission(
  slug: string,
  permission: Permission,
  options?: { whenDenied: "render" },
): Promise<OrgContext | OrgAccess> {
  const context = await requireOrgContext(slug);
  const allowed = can(context.member, permission);
  if (options?.whenDenied === "render") return { ...context, allowed } as OrgAccess;
  if (!allowed) notFound();
  return context;
}
