// One access review: what it covers, who reviews, when it is due, progress; reviewers decide for
// each person here; once complete, the report — counts, and every decision as CSV.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft, Download } from "lucide-react";
import { CloseReviewButtons } from "@/components/access-reviews/close-review-buttons";
import { ReviewItemsTable } from "@/components/access-reviews/review-items-table";
import { ReviewStatusBadge } from "@/components/access-reviews/review-status-badge";
import { buttonClasses } from "@/components/ui/button";
import { loadReview } from "@/lib/access-reviews/reviews-page-data";
import { scopeLabel } from "@/lib/access-reviews/scope";
import { requireOrgPermission } from "@/lib/auth/require-org-permission";
import { formatDate, formatDateTime } from "@/lib/format-time";
import { reviewItemsSearch } from "@/lib/validation/access-review-search";

export const metadata: Metadata = { title: "Access review" };

export default async function AccessReviewPage({ params, searchParams }: PageProps<"/orgs/[slug]/activity/reviews/[reviewId]">) {
  const [{ slug, reviewId }, raw] = await Promise.all([params, searchParams]);
  const context = await requireOrgPermission(slug, "members.edit");
  const data = await loadReview(context, reviewId, reviewItemsSearch.parse(raw));
  if (!data) notFound();
  const { review, counts, now } = data;
  const orgSlug = context.organization.slug;
  const stats = [
    { label: "People", value: counts.total },
    { label: "Keep", value: counts.keep },
    { label: "Role changed", value: counts.changeRole },
    { label: "Removed", value: counts.remove },
    { label: review.status === "open" ? "Waiting" : "Not reviewed", value: counts.undecided },
  ];

  return (
    <div className="space-y-4">
      <Link href={`/orgs/${orgSlug}/activity/reviews`} className="inline-flex items-center gap-1.5 text-sm text-slate-600 hover:text-slate-900">
        <ArrowLeft className="size-4" aria-hidden="true" />
        Access reviews
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 className="flex flex-wrap items-center gap-2 text-lg font-semibold text-slate-900">
            {review.name} <ReviewStatusBadge status={review.status} dueAt={review.dueAt} now={now} />
          </h2>
          <p className="mt-0.5 text-sm text-slate-600">
            {scopeLabel(review.scope)} · due {formatDate(review.dueAt)} · reviewers: {review.reviewers.map((r) => r.name).join(", ") || "none"}
            {review.completedAt ? ` · ended ${formatDateTime(review.completedAt)}` : ""}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <a href={`/orgs/${orgSlug}/activity/reviews/${review.id}/report`} download className={buttonClasses("secondary", "sm")}>
            <Download className="size-4" aria-hidden="true" />
            {review.status === "completed" ? "Download report (CSV)" : "Download decisions (CSV)"}
          </a>
          {data.canClose ? <CloseReviewButtons slug={orgSlug} reviewId={review.id} name={review.name} undecided={counts.undecided} /> : null}
        </div>
      </div>

      <section aria-label={review.status === "completed" ? "Report" : "Progress"}>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          {stats.map((stat) => (
            <div key={stat.label} className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
              <dt className="text-xs text-slate-600">{stat.label}</dt>
              <dd className="text-xl font-semibold text-slate-900 tabular-nums">{stat.value.toLocaleString("en-US")}</dd>
            </div>
          ))}
        </dl>
      </section>

      {review.status === "open" && !data.isReviewer ? (
        <p className="rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm text-slate-700">You are not a reviewer of this review: you can follow its progress here.</p>
      ) : null}

      <section aria-label="People under review" className="rounded-xl border border-slate-200 bg-white shadow-sm">
        <ReviewItemsTable
          slug={orgSlug}
          reviewId={review.id}
          rows={data.items.rows}
          page={data.items.page}
          pageCount={data.items.pageCount}
          total={data.items.total}
          show={data.show}
          roles={data.assignableRoles}
          now={now}
        />
      </section>
    </div>
  );
}
