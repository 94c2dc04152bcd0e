// POST /api/v1/organizations/{orgId}/teams/{teamId}/members — see lib/actions/teams/api-routes.ts.
import { serveApiRoute } from "@/lib/api/serve-api-route";
import { addTeamMembersRoute } from "@/lib/actions/teams/api-routes";

export const POST = serveApiRoute(addTeamMembersRoute);
