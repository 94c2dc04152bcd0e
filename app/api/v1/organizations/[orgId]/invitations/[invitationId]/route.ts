// DELETE /api/v1/organizations/{orgId}/invitations/{invitationId} — see lib/actions/invitations/api-routes.ts.
import { serveApiRoute } from "@/lib/api/serve-api-route";
import { cancelInvitationRoute } from "@/lib/actions/invitations/api-routes";

export const DELETE = serveApiRoute(cancelInvitationRoute);
