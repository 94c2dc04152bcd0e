// Settings → Domains: an Admin declines a request to join. The person isn't told by email; the
// organization chooser shows them the decision (and offers asking again after a week).
import "server-only";
import { decideJoinRequest, lockPendingJoinRequest } from "@/db/queries/join-requests";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { refuse } from "@/lib/actions/kernel/refusals";
import { declineJoinRequestSchema } from "@/lib/validation/domains";

export const declineJoinRequest = defineOrgAction({
  permission: "settings.manage",
  schema: declineJoinRequestSchema,
  async handler({ tx, organization, identity, audit }, { requestId }) {
    const request = await lockPendingJoinRequest(tx, { organizationId: organization.id, requestId });
    if (!request) refuse("not_found", "That request doesn't exist or was already decided.");
    await decideJoinRequest(tx, { organizationId: organization.id, requestId, status: "declined", decidedByUserId: identity.user.id, now: new Date() });
    await audit({ action: "join_request.declined", target: { type: "join_request", id: request.id, email: request.email } });
    return { id: request.id };
  },
});
