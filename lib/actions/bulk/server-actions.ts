"use server";
// Bulk actions as server functions the browser can call. Each step authorizes itself (session,
// membership of `slug`, permission, input) — see kernel/define-org-action.ts; applying runs its
// batches as separate kernel actions (apply-bulk-action.ts).
import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { currentRequestIdentity, serveOrgAction, serveOrgQuery } from "@/lib/actions/kernel/serve-org-action";
import { runBulkAction } from "./apply-bulk-action";
import { previewBulkAction } from "./preview-bulk-action";
import { undoBulkOperation } from "./undo-bulk-operation";

export async function previewBulkActionAction(slug: string, input: unknown) {
  return serveOrgQuery(previewBulkAction, slug, input);
}

export async function applyBulkActionAction(slug: string, input: unknown) {
  const [db, identity] = await Promise.all([getDb(), currentRequestIdentity()]);
  const result = await runBulkAction(db, identity, typeof slug === "string" ? slug : "", input);
  if (result.ok && typeof slug === "string") revalidatePath(`/orgs/${slug}`, "layout");
  return result;
}

export async function undoBulkOperationAction(slug: string, input: unknown) {
  return serveOrgAction(undoBulkOperation, slug, input);
}
