"use server";
// Access reviews as server functions the browser can call. Each authorizes itself (session,
// membership of `slug`, permission, input) — see kernel/define-org-action.ts. Decisions about a
// person go through the member actions (lib/actions/members/decide-access-review.ts).
import { serveOrgAction } from "@/lib/actions/kernel/serve-org-action";
import { closeAccessReview } from "./close-access-review";
import { startAccessReview } from "./start-access-review";

export async function startAccessReviewAction(slug: string, input: unknown) {
  return serveOrgAction(startAccessReview, slug, input);
}

export async function closeAccessReviewAction(slug: string, input: unknown) {
  return serveOrgAction(closeAccessReview, slug, input);
}
