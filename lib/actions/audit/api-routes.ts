// The audit log in the REST API: GET …/audit-events, read through the same audit.view permission
// as the Activity page.
import "server-only";
import { defineApiRoute } from "@/lib/api/define-api-route";
import { auditEventPageSchema } from "@/lib/api/schemas";
import { apiAuditQuerySchema } from "@/lib/validation/api-queries";
import { listAuditEvents } from "./list-audit-events";

export const listAuditEventsRoute = defineApiRoute({
  method: "GET",
  path: "/organizations/{orgId}/audit-events",
  operationId: "listAuditEvents",
  summary: "List audit events",
  description: "Newest first. Each event names its actor, the channel it came through (ui, api, …) and the API key that acted, if any.",
  tag: "Audit events",
  scope: "audit:read",
  query: apiAuditQuerySchema,
  status: 200,
  response: auditEventPageSchema,
  errors: [422],
  run: ({ db, identity, org }, { raw }) => listAuditEvents.run(db, identity, org, raw.query),
});
