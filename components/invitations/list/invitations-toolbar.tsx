"use client";
// The Invitations view's filters in the shared table toolbar: the debounced email search and a
// status switch with the count of each status.
import { DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import { cn } from "@/components/ui/cn";
import type { InvitationStatus } from "@/db/schema/enums";
import { INVITATION_STATUSES, MAX_INVITATION_QUERY, type InvitationsSearch, type InvitationStatusFilter } from "@/lib/validation/invitations-search";
import { INVITATION_STATUS_LABELS } from "./invitation-display";

const count = new Intl.NumberFormat("en-US");

export function InvitationsToolbar({
  search,
  counts,
  onFilters,
}: {
  search: InvitationsSearch;
  counts: Record<InvitationStatus, number>;
  onFilters: (patch: Partial<Pick<InvitationsSearch, "status" | "q">>, options?: { replace?: boolean }) => void;
}) {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const options: { value: InvitationStatusFilter; label: string; n: number }[] = [
    { value: "all", label: "All", n: total },
    ...INVITATION_STATUSES.map((s) => ({ value: s, label: INVITATION_STATUS_LABELS[s], n: counts[s] })),
  ];

  return (
    <DataTableToolbar
      search={{
        value: search.q,
        onSearch: (q) => onFilters({ q }, { replace: true }),
        label: "Search invitations by email",
        placeholder: "Search by email",
        maxLength: MAX_INVITATION_QUERY,
      }}
      filters={
        <div role="group" aria-label="Filter by status" className="flex flex-wrap gap-1.5">
          {options.map((option) => {
            const active = search.status === option.value;
            return (
              <button
                key={option.value}
                type="button"
                aria-pressed={active}
                onClick={() => onFilters({ status: option.value })}
                className={cn(
                  "inline-flex shrink-0 items-center gap-1.5 rounded-full border px-3 py-1 text-sm font-medium whitespace-nowrap transition-colors",
                  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600",
                  active ? "border-indigo-300 bg-indigo-50 text-indigo-800" : "border-slate-200 bg-white text-slate-700 hover:bg-slate-50",
                )}
              >
                {option.label}
                <span className={cn("rounded-full px-1.5 text-xs tabular-nums", active ? "bg-indigo-100 text-indigo-800" : "bg-slate-100 text-slate-700")}>
                  {count.format(option.n)}
                </span>
              </button>
            );
          })}
        </div>
      }
    />
  );
}
