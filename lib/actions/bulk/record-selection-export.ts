// Records a download of the selected members (Bulk Actions → Export selection, data.export) before
// it starts: the same CSV as the members export, for the rows picked or all matching the filter.
import "server-only";
import { countMembersForExport, type MemberExportOptions } from "@/db/queries/member-export";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { describeSelection } from "@/lib/bulk/selection";
import { memberExportOptions } from "@/lib/members/members-export";
import { exportSelectionSchema } from "@/lib/validation/bulk";

export const recordSelectionExport = defineOrgAction({
  permission: "data.export",
  schema: exportSelectionSchema,
  async handler(ctx, { selection }) {
    const organizationId = ctx.organization.id;
    const { described: _described, ...filtered } = memberExportOptions(organizationId, selection.kind === "filter" ? selection.query : "");
    const options: MemberExportOptions = selection.kind === "ids" ? { organizationId, ids: selection.ids } : filtered;
    const rows = await countMembersForExport(ctx.tx, options);
    await ctx.audit({ action: "members.exported", metadata: { filter: describeSelection(organizationId, selection), rows } });
    return { slug: ctx.organization.slug, options, rows };
  },
});
