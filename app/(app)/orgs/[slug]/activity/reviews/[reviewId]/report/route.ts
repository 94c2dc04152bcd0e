// GET /orgs/<slug>/activity/reviews/<id>/report — every decision of an access review as CSV.
// Authorized and audited first (recordReviewExport: session, membership, members.edit).
import { getDb } from "@/db";
import { recordReviewExport } from "@/lib/actions/access-reviews/record-review-export";
import { currentRequestIdentity } from "@/lib/actions/kernel/serve-org-action";
import { reviewReportStream } from "@/lib/access-reviews/review-report";
import { csvDownload, exportFilename, refusedDownload } from "@/lib/exports/csv-download";

export async function GET(_request: Request, { params }: RouteContext<"/orgs/[slug]/activity/reviews/[reviewId]/report">) {
  const [{ slug, reviewId }, db, identity] = await Promise.all([params, getDb(), currentRequestIdentity()]);
  const recorded = await recordReviewExport.run(db, identity, slug, { reviewId });
  if (!recorded.ok) return refusedDownload(recorded);
  const { organizationId, review } = recorded.data;
  return csvDownload(reviewReportStream(db, { organizationId, reviewId: review.id }), exportFilename(recorded.data.slug, "access-review"));
}
