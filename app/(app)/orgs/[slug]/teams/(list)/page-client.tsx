"use client";
// The interactive part of the Teams page: the header's Create team button, the name filter and the
// teams table, with the filter and sort in the URL (lib/validation/teams.ts, shared with the page).
import { Plus } from "lucide-react";
import { useState } from "react";
import { DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import { useListState } from "@/components/data-table/use-list-state";
import { TeamFormDialog } from "@/components/teams/team-form-dialog";
import { TeamsTable, type TeamListItem } from "@/components/teams/teams-table";
import { Button } from "@/components/ui/button";
import { teamsListSearch } from "@/lib/validation/teams";

export function TeamsPageClient({ slug, canManage, teams }: { slug: string; canManage: boolean; teams: TeamListItem[] }) {
  const [creating, setCreating] = useState(false);
  const list = useListState(teamsListSearch);
  const controller = list.table({ page: 1, pageCount: 1, total: teams.length, pageSize: Math.max(teams.length, 1) });
  const create = canManage ? () => setCreating(true) : undefined;
  const showToolbar = teams.length > 0 || list.hasFilters;

  return (
    <div className="space-y-6">
      <header className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">Teams</h1>
          <p className="mt-1 text-sm text-slate-600">
            Groups of members who work together, each with Maintainers and Members.
            {canManage ? null : " Only Owners, Admins and Managers can change teams."}
          </p>
        </div>
        {create ? (
          <Button onClick={create} className="self-start sm:self-auto">
            <Plus className="size-4" aria-hidden="true" />
            Create team
          </Button>
        ) : null}
      </header>

      <section aria-label="Teams list" className="rounded-xl border border-slate-200 bg-white shadow-sm">
        {showToolbar ? (
          <div className="border-b border-slate-200 p-4">
            <DataTableToolbar
              search={{ value: list.state.q, onSearch: (q) => list.setFilters({ q }, { replace: true }), label: "Filter teams by name", placeholder: "Filter by name", maxLength: 100 }}
            />
          </div>
        ) : null}
        <TeamsTable slug={slug} teams={teams} controller={controller} canManage={canManage} filtered={list.hasFilters} onClearFilters={list.clearFilters} onCreate={create} />
      </section>
      {canManage ? <TeamFormDialog slug={slug} state={creating ? { mode: "create" } : { mode: "closed" }} onClose={() => setCreating(false)} /> : null}
    </div>
  );
}
