// The invitation operations of the REST API, each one the UI's own action: list, resend (which
// sends a declined one again), cancel, and Invite Members (bulk) — with the key's member as the
// inviter and "API" in the audit log.
import "server-only";
import { z } from "zod";
import { defineApiRoute } from "@/lib/api/define-api-route";
import { bulkInviteResultSchema, invitationChangeSchema, invitationPageSchema } from "@/lib/api/schemas";
import { apiBulkInviteBodySchema } from "@/lib/validation/api-bodies";
import { apiInvitationsQuerySchema } from "@/lib/validation/api-queries";
import { bulkInvite } from "./bulk-invite";
import { cancelInvitation } from "./cancel-invitation";
import { listInvitations } from "./list-invitations";
import { resendInvitation } from "./resend-invitation";

const invitationParams = z.object({ invitationId: z.uuid() });

export const bulkInviteRoute = defineApiRoute({
  method: "POST",
  path: "/organizations/{orgId}/members/bulk-invite",
  operationId: "bulkInvite",
  summary: "Invite members",
  description:
    "Invites each address that is not yet a member or invited, with one role and teams, while seats last. The answer says what happened to each address.",
  tag: "Members",
  scope: "invitations:write",
  body: apiBulkInviteBodySchema,
  status: 200,
  response: bulkInviteResultSchema,
  errors: [409, 422, 429],
  run: ({ db, identity, org }, { body }) =>
    bulkInvite.run(db, identity, org, { emails: body.emails.join("\n"), role: body.role, teamIds: body.teamIds ?? [], message: body.message ?? null }),
});

export const listInvitationsRoute = defineApiRoute({
  method: "GET",
  path: "/organizations/{orgId}/invitations",
  operationId: "listInvitations",
  summary: "List invitations",
  tag: "Invitations",
  scope: "invitations:read",
  query: apiInvitationsQuerySchema,
  status: 200,
  response: invitationPageSchema,
  errors: [422],
  run: ({ db, identity, org }, { raw }) => listInvitations.run(db, identity, org, raw.query),
});

export const resendInvitationRoute = defineApiRoute({
  method: "POST",
  path: "/organizations/{orgId}/invitations/{invitationId}/resend",
  operationId: "resendInvitation",
  summary: "Resend an invitation",
  description:
    "A new link and a new expiry; the old link stops working. A declined invitation is sent again as a new invitation (the answer carries its id) and takes a seat; the declined one stays as history.",
  tag: "Invitations",
  scope: "invitations:write",
  params: invitationParams,
  status: 200,
  response: invitationChangeSchema,
  errors: [409, 429],
  run: ({ db, identity, org }, { params }) => resendInvitation.run(db, identity, org, params),
});

export const cancelInvitationRoute = defineApiRoute({
  method: "DELETE",
  path: "/organizations/{orgId}/invitations/{invitationId}",
  operationId: "cancelInvitation",
  summary: "Cancel an invitation",
  description: "The link stops working and the seat it held is freed.",
  tag: "Invitations",
  scope: "invitations:write",
  params: invitationParams,
  status: 204,
  errors: [409],
  run: ({ db, identity, org }, { params }) => cancelInvitation.run(db, identity, org, params),
});
