"use client";
// The interactive part of the Teams page: the header's Create team button and the list.
import { Plus } from "lucide-react";
import { useState } from "react";
import { TeamFormDialog } from "@/components/teams/team-form-dialog";
import { Button } from "@/components/ui/button";
import { TeamsList, type TeamListItem } from "./teams-list";

export function TeamsPageClient({ slug, canManage, teams }: { slug: string; canManage: boolean; teams: TeamListItem[] }) {
  const [creating, setCreating] = useState(false);
  const create = canManage ? () => setCreating(true) : undefined;

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

      <TeamsList slug={slug} teams={teams} canManage={canManage} onCreate={create} />
      {canManage ? (
        <TeamFormDialog
          slug={slug}
          state={creating ? { mode: "create" } : { mode: "closed" }}
          onClose={() => setCreating(false)}
        />
      ) : null}
    </div>
  );
}
