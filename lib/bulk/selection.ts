// A bulk selection as the database reads it: explicit ids, or "all matching" the members page's
// search and filters, parsed exactly as the members table and its export parse them.
import "server-only";
import type { SelectionQuery } from "@/db/queries/bulk-members";
import { memberExportOptions } from "@/lib/members/members-export";
import type { BulkSelection } from "@/lib/validation/bulk";

export function selectionQuery(organizationId: string, selection: BulkSelection): SelectionQuery {
  if (selection.kind === "ids") return { ids: selection.ids };
  const { described: _described, ...filter } = memberExportOptions(organizationId, selection.query);
  return { filter };
}

/** How the audit trail names the selection: "3 selected" or the filter ("role=admin&status=active"). */
export function describeSelection(organizationId: string, selection: BulkSelection): string {
  if (selection.kind === "ids") return `${selection.ids.length} selected`;
  return `all matching ${memberExportOptions(organizationId, selection.query).described || "(no filter)"}`;
}
