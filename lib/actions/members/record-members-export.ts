// Records a download of the members list (data.export) before it starts: who, with which search
// and filters, and how many members it holds.
import "server-only";
import { z } from "zod";
import { countMembersForExport } from "@/db/queries/member-export";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { memberExportOptions } from "@/lib/members/members-export";

export const recordMembersExport = defineOrgAction({
  permission: "data.export",
  // The members page's query string ("?role=admin&status=active").
  schema: z.object({ query: z.string().max(4_000).default("") }),
  async handler(ctx, input) {
    const { described, ...options } = memberExportOptions(ctx.organization.id, input.query);
    const rows = await countMembersForExport(ctx.tx, options);
    await ctx.audit({ action: "members.exported", metadata: { filter: described || "none", rows } });
    return { slug: ctx.organization.slug, options, rows };
  },
});
