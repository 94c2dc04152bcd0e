// Activity → Access reviews: every review with its state and progress; Owners and Admins start one.
import type { Metadata } from "next";
import Link from "next/link";
import { ReviewsTable } from "@/components/access-reviews/reviews-table";
import { buttonClasses } from "@/components/ui/button";
import { loadReviewList } from "@/lib/access-reviews/reviews-page-data";
import { requireOrgPermission } from "@/lib/auth/require-org-permission";
import { reviewListSearch } from "@/lib/validation/access-review-search";

export const metadata: Metadata = { title: "Access reviews" };

export default async function AccessReviewsPage({ params, searchParams }: PageProps<"/orgs/[slug]/activity/reviews">) {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const context = await requireOrgPermission(slug, "members.edit");
  const data = await loadReviewList(context, reviewListSearch.parse(raw));
  const orgSlug = context.organization.slug;
  return (
    <section aria-labelledby="reviews-heading" className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-200 p-4">
        <div>
          <h2 id="reviews-heading" className="text-base font-semibold text-slate-900">
            Access reviews
          </h2>
          <p className="mt-0.5 text-sm text-slate-600">Reviewers confirm, change or remove each person&apos;s access; every decision is applied and audited.</p>
        </div>
        {data.canStart ? (
          <Link href={`/orgs/${orgSlug}/activity/reviews/new`} className={buttonClasses("primary", "sm")}>
            Start a review
          </Link>
        ) : null}
      </div>
      <ReviewsTable slug={orgSlug} rows={data.rows} page={data.page} pageCount={data.pageCount} total={data.total} now={data.now} />
    </section>
  );
}
