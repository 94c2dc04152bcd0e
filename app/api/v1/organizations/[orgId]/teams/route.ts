// GET, POST /api/v1/organizations/{orgId}/teams — see lib/actions/teams/api-routes.ts.
import { serveApiRoute } from "@/lib/api/serve-api-route";
import { createTeamRoute, listTeamsRoute } from "@/lib/actions/teams/api-routes";

export const GET = serveApiRoute(listTeamsRoute);
export const POST = serveApiRoute(createTeamRoute);
