// The REST API's invitations list (GET …/invitations): the Invitations view's own query, newest
// first, by page. Who may see the Invitations view (members.invite) may read it.
import "server-only";
import { listInvitations as queryInvitations } from "@/db/queries/invitations";
import { defineOrgQuery } from "@/lib/actions/kernel/define-org-query";
import { apiInvitationsQuerySchema } from "@/lib/validation/api-queries";

export const listInvitations = defineOrgQuery({
  permission: "members.invite",
  schema: apiInvitationsQuerySchema,
  async handler({ db, organization }, input) {
    const page = await queryInvitations(db, { organizationId: organization.id, status: input.status ?? null, q: input.q, page: input.page, pageSize: input.pageSize });
    return {
      // The delivery state is the admin screen's detail; the API answers with the invitation.
      data: page.rows.map(({ delivery: _delivery, ...row }) => row),
      page: page.page,
      pageCount: page.pageCount,
      total: page.total,
    };
  },
});
