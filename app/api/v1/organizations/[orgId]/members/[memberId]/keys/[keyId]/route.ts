// DELETE /api/v1/organizations/{orgId}/members/{memberId}/keys/{keyId} — see lib/actions/api-keys/api-routes.ts.
import { serveApiRoute } from "@/lib/api/serve-api-route";
import { revokeMemberKeyRoute } from "@/lib/actions/api-keys/api-routes";

export const DELETE = serveApiRoute(revokeMemberKeyRoute);
