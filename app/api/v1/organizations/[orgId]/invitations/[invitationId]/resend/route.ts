// POST /api/v1/organizations/{orgId}/invitations/{invitationId}/resend — see lib/actions/invitations/api-routes.ts.
import { serveApiRoute } from "@/lib/api/serve-api-route";
import { resendInvitationRoute } from "@/lib/actions/invitations/api-routes";

export const POST = serveApiRoute(resendInvitationRoute);
