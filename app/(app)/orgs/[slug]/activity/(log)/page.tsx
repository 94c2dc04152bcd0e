// Activity → Log: every audit event, newest first, filtered by the URL (actor, member, action,
// channel, dates), paged by keyset on the server; exportable as CSV; verifiable by Owners.
import type { Metadata } from "next";
import { VerifyChainButton } from "@/components/activity/verify-chain-button";
import { loadActivityPage } from "@/lib/activity/activity-page-data";
import { requireOrgPermission } from "@/lib/auth/require-org-permission";
import { activitySearch } from "@/lib/validation/activity-search";
import { ActivityPageClient } from "./page-client";

export const metadata: Metadata = { title: "Activity log" };

export default async function ActivityPage({ params, searchParams }: PageProps<"/orgs/[slug]/activity">) {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const context = await requireOrgPermission(slug, "audit.view");
  const search = activitySearch.parse(raw);
  const data = await loadActivityPage(context, search);
  return (
    <section aria-labelledby="activity-log-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="activity-log-heading" className="text-base font-semibold text-slate-900">
          Log
        </h2>
        {data.canVerify ? <VerifyChainButton slug={context.organization.slug} /> : null}
      </div>
      <ActivityPageClient slug={context.organization.slug} data={data} />
    </section>
  );
}
