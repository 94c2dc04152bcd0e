// The REST API's members list (GET …/members): the members table's filters and search, 50 a page
// by default, walked with a signed cursor. A read: session or key → active membership → members.view.
import "server-only";
import { listMembersAfter, type MemberCursorRow } from "@/db/queries/member-cursor";
import { defineOrgQuery } from "@/lib/actions/kernel/define-org-query";
import { refuseField } from "@/lib/actions/kernel/refusals";
import { cursorScope, decodeCursor, encodeCursor } from "@/lib/api/cursor";
import { rolesMatchingQuery } from "@/lib/members/role-search";
import { apiMembersQuerySchema } from "@/lib/validation/api-queries";

export interface MemberCursorPage {
  data: MemberCursorRow[];
  nextCursor: string | null;
}

export const listMembersByCursor = defineOrgQuery({
  permission: "members.view",
  schema: apiMembersQuerySchema,
  async handler({ db, organization }, input): Promise<MemberCursorPage> {
    const { cursor, limit, ...filters } = input;
    const scope = cursorScope({ organizationId: organization.id, ...filters });
    const after = cursor ? decodeCursor(cursor, scope) : undefined;
    if (after === null) refuseField("invalid_input", "cursor", "The cursor is invalid, or belongs to a list with other filters or another sort.");
    const q = filters.q ?? "";
    const { rows, hasMore } = await listMembersAfter(db, {
      organizationId: organization.id,
      q,
      queryRoles: rolesMatchingQuery(q),
      role: filters.role,
      status: filters.status,
      team: filters.team,
      department: filters.department,
      joined: filters.joined,
      activity: filters.activity,
      sort: filters.sort,
      dir: filters.dir,
      limit,
      after,
    });
    const last = rows.at(-1);
    const nextCursor = hasMore && last ? encodeCursor({ value: filters.sort === "email" ? last.email : last.name, id: last.id }, scope) : null;
    return { data: rows, nextCursor };
  },
});
