// GET /api/v1/organizations/{orgId}/audit-events — see lib/actions/audit/api-routes.ts.
import { serveApiRoute } from "@/lib/api/serve-api-route";
import { listAuditEventsRoute } from "@/lib/actions/audit/api-routes";

export const GET = serveApiRoute(listAuditEventsRoute);
