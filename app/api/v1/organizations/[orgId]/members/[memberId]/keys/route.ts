// GET, POST, DELETE /api/v1/organizations/{orgId}/members/{memberId}/keys — see lib/actions/api-keys/api-routes.ts.
import { serveApiRoute } from "@/lib/api/serve-api-route";
import { createMemberKeyRoute, listMemberKeysRoute, revokeMemberKeysRoute } from "@/lib/actions/api-keys/api-routes";

export const GET = serveApiRoute(listMemberKeysRoute);
export const POST = serveApiRoute(createMemberKeyRoute);
export const DELETE = serveApiRoute(revokeMemberKeysRoute);
