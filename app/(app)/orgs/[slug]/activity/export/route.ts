// GET /orgs/<slug>/activity/export?<the log's filter> — the activity log as CSV. The export is
// authorized and audited first (recordAuditExport: session, membership, audit.view), then the
// events stream from the database in batches: memory stays flat however long the log.
import { getDb } from "@/db";
import { recordAuditExport } from "@/lib/actions/activity/record-audit-export";
import { currentRequestIdentity } from "@/lib/actions/kernel/serve-org-action";
import { auditCsvStream } from "@/lib/activity/audit-export";
import { csvDownload, exportFilename, refusedDownload } from "@/lib/exports/csv-download";

export async function GET(request: Request, { params }: RouteContext<"/orgs/[slug]/activity/export">) {
  const [{ slug }, db, identity] = await Promise.all([params, getDb(), currentRequestIdentity()]);
  const recorded = await recordAuditExport.run(db, identity, slug, { query: new URL(request.url).search });
  if (!recorded.ok) return refusedDownload(recorded);
  const { organizationId, filter } = recorded.data;
  return csvDownload(auditCsvStream(db, { organizationId, filter }), exportFilename(recorded.data.slug, "activity"));
}
