"use server";
// Invite Members (bulk) and Bulk Import as server functions the browser can call. Each one
// authorizes itself (session, membership of `slug`, permission, input) — see define-org-action.ts.
import { serveOrgAction } from "@/lib/actions/kernel/serve-org-action";
import { bulkInvite } from "./bulk-invite";
import { importInvitations } from "./import-invitations";
import { reviewImportFile } from "./review-import";

export async function bulkInviteAction(slug: string, input: unknown) {
  return serveOrgAction(bulkInvite, slug, input);
}

export async function reviewImportAction(slug: string, input: unknown) {
  return serveOrgAction(reviewImportFile, slug, input);
}

export async function importInvitationsAction(slug: string, input: unknown) {
  return serveOrgAction(importInvitations, slug, input);
}
