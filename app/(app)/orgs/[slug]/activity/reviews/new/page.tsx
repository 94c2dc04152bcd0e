// Start an access review (Owners and Admins): scope, reviewers and due date.
import type { Metadata } from "next";
import { NewReviewForm } from "@/components/access-reviews/new-review-form";
import { loadNewReviewForm } from "@/lib/access-reviews/reviews-page-data";
import { requireOrgPermission } from "@/lib/auth/require-org-permission";
import { newReviewSearch } from "@/lib/validation/access-review-search";

export const metadata: Metadata = { title: "Start an access review" };

export default async function NewAccessReviewPage({ params, searchParams }: PageProps<"/orgs/[slug]/activity/reviews/new">) {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const context = await requireOrgPermission(slug, "members.remove");
  const { teams, reviewers } = await loadNewReviewForm(context);
  return (
    <div className="max-w-3xl space-y-3">
      <h2 className="text-base font-semibold text-slate-900">Start an access review</h2>
      <NewReviewForm slug={context.organization.slug} teams={teams} reviewers={reviewers} initialScope={newReviewSearch.parse(raw).scope ?? "everyone"} viewerId={context.member.id} />
    </div>
  );
}
