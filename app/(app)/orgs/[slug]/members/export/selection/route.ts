// POST /orgs/<slug>/members/export/selection — the members picked in the table (form field (urlencoded)
// `selection`: {"kind":"ids","ids":[…]} or {"kind":"filter","query":"?…"}) as the members export's
// CSV. A POST because a selection can hold thousands of ids. Authorized and audited first
// (recordSelectionExport: session, membership, data.export), then streamed in batches.
import { getDb } from "@/db";
import { currentRequestIdentity } from "@/lib/actions/kernel/serve-org-action";
import { recordSelectionExport } from "@/lib/actions/bulk/record-selection-export";
import { csvDownload, exportFilename, refusedDownload } from "@/lib/exports/csv-download";
import { membersCsvStream } from "@/lib/members/members-export";
import { readBodyCapped } from "@/lib/request/read-body";

const MAX_BODY = 512 * 1024;

export async function POST(request: Request, { params }: RouteContext<"/orgs/[slug]/members/export/selection">) {
  const [{ slug }, db, identity] = await Promise.all([params, getDb(), currentRequestIdentity()]);
  const body = await readBodyCapped(request, MAX_BODY);
  if (!body.ok) return new Response(body.reason === "too_large" ? "Selection too large.\n" : "Unreadable request.\n", { status: body.reason === "too_large" ? 413 : 400 });
  let selection: unknown = null;
  try {
    selection = JSON.parse(new URLSearchParams(body.text).get("selection") ?? "null");
  } catch {
    selection = null;
  }
  const recorded = await recordSelectionExport.run(db, identity, slug, { selection });
  if (!recorded.ok) return refusedDownload(recorded);
  return csvDownload(membersCsvStream(db, recorded.data.options), exportFilename(recorded.data.slug, "members-selection"));
}
