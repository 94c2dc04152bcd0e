"use client";
// The Add members dialog's search results: a checkbox per person, those already in the team
// shown but not selectable, and a note when there are more matches than shown.
import { StatusBadge } from "@/components/members/member-badges";
import { InitialsAvatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Checkbox } from "@/components/ui/checkbox";
import { cn } from "@/components/ui/cn";
import { Skeleton } from "@/components/ui/skeleton";
import type { TeamCandidate } from "@/db/queries/teams";
import type { CandidateSearch } from "./use-candidate-search";

export function CandidateList({
  search,
  pickedIds,
  onToggle,
}: {
  search: CandidateSearch;
  pickedIds: ReadonlySet<string>;
  onToggle: (candidate: TeamCandidate) => void;
}) {
  const { candidates, more, loading, query } = search;
  const firstLoad = loading && candidates.length === 0;

  return (
    <div className="space-y-2">
      <div
        role="group"
        aria-label="Search results"
        aria-busy={loading || undefined}
        className={cn("max-h-64 overflow-y-auto rounded-lg border border-slate-200", loading && !firstLoad && "opacity-70")}
      >
        {firstLoad ? (
          <div className="space-y-3 p-3" aria-hidden="true">
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} className="h-9 w-full" />
            ))}
          </div>
        ) : candidates.length === 0 ? (
          <p className="px-3 py-6 text-center text-sm text-slate-600">
            {search.error
              ? "No results."
              : query.trim()
                ? `No members match “${query.trim()}”.`
                : "This organization has no members yet."}
          </p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {candidates.map((c) => (
              <li key={c.id}>
                <label
                  className={cn(
                    "flex items-center gap-3 px-3 py-2 text-sm",
                    c.inTeam ? "cursor-not-allowed bg-slate-50/60" : "cursor-pointer hover:bg-slate-50",
                  )}
                >
                  <Checkbox
                    checked={c.inTeam || pickedIds.has(c.id)}
                    disabled={c.inTeam}
                    onCheckedChange={() => onToggle(c)}
                    aria-label={c.inTeam ? `${c.name} is already in the team` : `Select ${c.name}`}
                  />
                  <InitialsAvatar name={c.name} seed={c.id} size="sm" className="hidden sm:inline-flex" />
                  <span className="min-w-0 flex-1">
                    <span className={cn("block truncate font-medium", c.inTeam ? "text-slate-500" : "text-slate-900")}>
                      {c.name}
                    </span>
                    <span className="block truncate text-xs text-slate-500">{c.email}</span>
                  </span>
                  {c.inTeam ? (
                    <Badge tone="gray">In team</Badge>
                  ) : c.status !== "active" ? (
                    <StatusBadge status={c.status} />
                  ) : null}
                </label>
              </li>
            ))}
          </ul>
        )}
      </div>
      <p className={cn("text-xs text-slate-500", !loading && !more && "sr-only")} aria-live="polite">
        {loading
          ? "Searching…"
          : more
            ? "More members match: type more of a name or email to narrow the list."
            : `${candidates.length} ${candidates.length === 1 ? "result" : "results"}`}
      </p>
    </div>
  );
}
