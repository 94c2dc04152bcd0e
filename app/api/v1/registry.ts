// Every REST API operation, in the order the API reference lists them: the OpenAPI document is
// built from this list, and a test checks it against the route files under app/api/v1.
import { listAuditEventsRoute } from "@/lib/actions/audit/api-routes";
import { createMemberKeyRoute, listMemberKeysRoute, revokeMemberKeyRoute, revokeMemberKeysRoute } from "@/lib/actions/api-keys/api-routes";
import { bulkInviteRoute, cancelInvitationRoute, listInvitationsRoute, resendInvitationRoute } from "@/lib/actions/invitations/api-routes";
import { getMemberRoute, listMembersRoute, removeMemberRoute, updateMemberRoute } from "@/lib/actions/members/api-routes";
import { addTeamMembersRoute, createTeamRoute, listTeamsRoute, removeTeamMemberRoute } from "@/lib/actions/teams/api-routes";
import type { ApiRoute } from "@/lib/api/define-api-route";

export const API_ROUTES: readonly ApiRoute[] = [
  listMembersRoute,
  getMemberRoute,
  updateMemberRoute,
  removeMemberRoute,
  bulkInviteRoute,
  listInvitationsRoute,
  resendInvitationRoute,
  cancelInvitationRoute,
  listTeamsRoute,
  createTeamRoute,
  addTeamMembersRoute,
  removeTeamMemberRoute,
  listAuditEventsRoute,
  listMemberKeysRoute,
  createMemberKeyRoute,
  revokeMemberKeysRoute,
  revokeMemberKeyRoute,
];
