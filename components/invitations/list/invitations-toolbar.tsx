"use client";
// The Invitations view's filters: a status switch with counts and a debounced email search.
import { SearchInput } from "@/components/ui/search-input";
import { cn } from "@/components/ui/cn";
import type { InvitationStatus } from "@/db/schema/enums";
import { INVITATION_STATUS_LABELS } from "./invitation-display";
import { INVITATION_STATUSES, MAX_INVITATION_QUERY, type InvitationStatusFilter } from "@/lib/validation/invitations-search";
import type { InvitationsSearchController } from "./use-invitations-search";

const count = new Intl.NumberFormat("en-US");

export function InvitationsToolbar({ controller, counts }: { controller: InvitationsSearchController; counts: Record<InvitationStatus, number> }) {
  const { search, setFilters } = controller;
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const options: { value: InvitationStatusFilter; label: string; n: number }[] = [
    { value: "all", label: "All", n: total },
    ...INVITATION_STATUSES.map((s) => ({ value: s, label: INVITATION_STATUS_LABELS[s], n: counts[s] })),
  ];

  return (
    <div className="flex flex-col gap-3 2xl:flex-row 2xl:items-center 2xl:justify-between">
      <div role="group" aria-label="Filter by status" className="-mx-1 flex gap-1.5 overflow-x-auto px-1 pb-1 sm:flex-wrap sm:overflow-visible sm:pb-0">
        {options.map((option) => {
          const active = search.status === option.value;
          return (
            <button
              key={option.value}
              type="button"
              aria-pressed={active}
              onClick={() => setFilters({ status: option.value })}
              className={cn(
                "inline-flex shrink-0 items-center gap-1.5 rounded-full border px-3 py-1 text-sm font-medium whitespace-nowrap transition-colors",
                "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600",
                active ? "border-indigo-300 bg-indigo-50 text-indigo-800" : "border-slate-200 bg-white text-slate-600 hover:bg-slate-50",
              )}
            >
              {option.label}
              <span className={cn("rounded-full px-1.5 text-xs tabular-nums", active ? "bg-indigo-100 text-indigo-700" : "bg-slate-100 text-slate-500")}>
                {count.format(option.n)}
              </span>
            </button>
          );
        })}
      </div>
      <SearchInput
        value={search.q}
        onSearch={(q) => setFilters({ q }, { replace: true })}
        label="Search invitations by email"
        placeholder="Search by email"
        maxLength={MAX_INVITATION_QUERY}
        className="sm:max-w-72 2xl:w-64"
      />
    </div>
  );
}
