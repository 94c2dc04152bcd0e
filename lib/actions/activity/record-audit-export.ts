// Records a download of the activity log before a byte of it leaves: who, with which filter, and
// how many events it holds — counted with the newest event's position in one snapshot, so the file
// (events up to that position) has exactly the rows the audit event says.
import "server-only";
import { z } from "zod";
import { countAuditExport } from "@/db/queries/audit-log";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { activityFilter, activityFilterQuery, activitySearch } from "@/lib/validation/activity-search";

export const recordAuditExport = defineOrgAction({
  permission: "audit.view",
  // The log page's filter as its URL writes it ("?action=member.removed&from=2026-01-01").
  schema: z.object({ query: z.string().max(4_000).default("") }),
  async handler(ctx, input) {
    const search = activitySearch.parse(input.query);
    const filter = activityFilter(search);
    const { rows, maxSeq } = await countAuditExport(ctx.tx, { organizationId: ctx.organization.id, filter });
    const described = activityFilterQuery(search).replace(/^\?/, "");
    await ctx.audit({ action: "audit.exported", metadata: { filter: described || "none", rows, upToEvent: maxSeq } });
    return { organizationId: ctx.organization.id, slug: ctx.organization.slug, filter: { ...filter, maxSeq }, rows };
  },
});
