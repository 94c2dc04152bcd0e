// GET, PATCH, DELETE /api/v1/organizations/{orgId}/members/{memberId} — see lib/actions/members/api-routes.ts.
import { serveApiRoute } from "@/lib/api/serve-api-route";
import { getMemberRoute, removeMemberRoute, updateMemberRoute } from "@/lib/actions/members/api-routes";

export const GET = serveApiRoute(getMemberRoute);
export const PATCH = serveApiRoute(updateMemberRoute);
export const DELETE = serveApiRoute(removeMemberRoute);
