// DELETE /api/v1/organizations/{orgId}/teams/{teamId}/members/{memberId} — see lib/actions/teams/api-routes.ts.
import { serveApiRoute } from "@/lib/api/serve-api-route";
import { removeTeamMemberRoute } from "@/lib/actions/teams/api-routes";

export const DELETE = serveApiRoute(removeTeamMemberRoute);
