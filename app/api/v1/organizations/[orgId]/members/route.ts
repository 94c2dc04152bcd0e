// GET /api/v1/organizations/{orgId}/members — see lib/actions/members/api-routes.ts.
import { serveApiRoute } from "@/lib/api/serve-api-route";
import { listMembersRoute } from "@/lib/actions/members/api-routes";

export const GET = serveApiRoute(listMembersRoute);
