// Activity → Overview: members active in the last 7, 30 and 90 days, and those silent for 30 days
// or more, with "Start a review" for Owners and Admins.
import type { Metadata } from "next";
import Link from "next/link";
import { ActivityCountCards } from "@/components/activity/activity-counts";
import { InactiveMembersTable } from "@/components/activity/inactive-members-table";
import { buttonClasses } from "@/components/ui/button";
import { loadActivityOverview } from "@/lib/activity/overview-page-data";
import { requireOrgPermission } from "@/lib/auth/require-org-permission";
import { activityOverviewSearch, INACTIVE_AFTER_DAYS } from "@/lib/validation/activity-overview-search";

export const metadata: Metadata = { title: "Activity overview" };

export default async function ActivityOverviewPage({ params, searchParams }: PageProps<"/orgs/[slug]/activity/overview">) {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const context = await requireOrgPermission(slug, "audit.view");
  const data = await loadActivityOverview(context, activityOverviewSearch.parse(raw));
  const orgSlug = context.organization.slug;
  return (
    <div className="space-y-6">
      <ActivityCountCards counts={data.counts} />
      <section aria-labelledby="inactive-heading" className="rounded-xl border border-slate-200 bg-white shadow-sm">
        <div className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-200 p-4">
          <div>
            <h2 id="inactive-heading" className="text-base font-semibold text-slate-900">
              Inactive members ({data.inactive.total.toLocaleString("en-US")})
            </h2>
            <p className="mt-0.5 text-sm text-slate-600">Active members with no activity for {INACTIVE_AFTER_DAYS} days or more. Review whether they still need access.</p>
          </div>
          {data.canStartReview && data.inactive.total > 0 ? (
            <Link href={`/orgs/${orgSlug}/activity/reviews/new?scope=inactive`} className={buttonClasses("primary", "sm")}>
              Start a review
            </Link>
          ) : null}
        </div>
        <InactiveMembersTable slug={orgSlug} rows={data.inactive.rows} page={data.inactive.page} pageCount={data.inactive.pageCount} total={data.inactive.total} now={data.now} />
      </section>
    </div>
  );
}
