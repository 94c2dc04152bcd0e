// A table selection as the bulk actions take it: the ticked ids, or "all matching" the list's
// filter as the members page's query string (resolved on the server when the action is confirmed).
import type { BulkSelection } from "@/lib/validation/bulk";
import type { MembersFilter } from "@/lib/validation/members-search";

export function filterQuery(filter: MembersFilter): string {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  for (const key of ["role", "status", "team", "department"] as const) if (filter[key].length) params.set(key, filter[key].join(","));
  if (filter.joined) params.set("joined", String(filter.joined));
  if (filter.activity) params.set("activity", filter.activity);
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function bulkSelectionOf(selection: { ids: string[]; allMatching: boolean; filter: MembersFilter }): BulkSelection {
  return selection.allMatching ? { kind: "filter", query: filterQuery(selection.filter) } : { kind: "ids", ids: selection.ids };
}
