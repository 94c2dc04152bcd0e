// GET /orgs/<slug>/members/export?<the members page's search and filters> — the members list as
// CSV. Authorized and audited first (recordMembersExport: session, membership, data.export), then
// streamed from the database in batches.
import { getDb } from "@/db";
import { recordMembersExport } from "@/lib/actions/members/record-members-export";
import { currentRequestIdentity } from "@/lib/actions/kernel/serve-org-action";
import { csvDownload, exportFilename, refusedDownload } from "@/lib/exports/csv-download";
import { membersCsvStream } from "@/lib/members/members-export";

export async function GET(request: Request, { params }: RouteContext<"/orgs/[slug]/members/export">) {
  const [{ slug }, db, identity] = await Promise.all([params, getDb(), currentRequestIdentity()]);
  const recorded = await recordMembersExport.run(db, identity, slug, { query: new URL(request.url).search });
  if (!recorded.ok) return refusedDownload(recorded);
  return csvDownload(membersCsvStream(db, recorded.data.options), exportFilename(recorded.data.slug, "members"));
}
