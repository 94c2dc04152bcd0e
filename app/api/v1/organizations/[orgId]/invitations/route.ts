// GET /api/v1/organizations/{orgId}/invitations — see lib/actions/invitations/api-routes.ts.
import { serveApiRoute } from "@/lib/api/serve-api-route";
import { listInvitationsRoute } from "@/lib/actions/invitations/api-routes";

export const GET = serveApiRoute(listInvitationsRoute);
