// POST /api/v1/organizations/{orgId}/members/bulk-invite — see lib/actions/invitations/api-routes.ts.
import { serveApiRoute } from "@/lib/api/serve-api-route";
import { bulkInviteRoute } from "@/lib/actions/invitations/api-routes";

export const POST = serveApiRoute(bulkInviteRoute);
