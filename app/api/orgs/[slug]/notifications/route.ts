// GET /api/orgs/<slug>/notifications — the bell's list: the signed-in member's newest
// notifications in this organization and their unread count, authorized like every org query
// (session, active membership of `slug`). A GET rather than a server action: it is a read, and the
// bell asks after every navigation — actions are POSTs the router runs one at a time. Refusals
// answer with the code's status and message.
import { serveOrgQuery } from "@/lib/actions/kernel/serve-org-action";
import { listNotifications } from "@/lib/actions/notifications/list-notifications";
import { HTTP_STATUS } from "@/lib/errors";

export async function GET(_request: Request, { params }: RouteContext<"/api/orgs/[slug]/notifications">) {
  const { slug } = await params;
  const result = await serveOrgQuery(listNotifications, slug, {});
  return Response.json(result, { status: result.ok ? 200 : HTTP_STATUS[result.code], headers: { "cache-control": "no-store" } });
}
