"use client";
// The interactive part of a team's page: its header (back to Teams, details, ⋯ menu), the members
// toolbar with Add members, the members table (shared data table); the filter and page live in the URL.
import { ArrowLeft, Send, UserPlus } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import { useListState } from "@/components/data-table/use-list-state";
import { formatDate } from "@/lib/format-time";
import { TeamActionsMenu } from "@/components/teams/team-actions-menu";
import { memberCountLabel } from "@/components/teams/team-display";
import { Button } from "@/components/ui/button";
import type { TeamMemberRow, TeamSummary } from "@/db/queries/teams";
import { teamMembersSearch } from "@/lib/validation/teams";
import { AddMembersDialog } from "./add-members-dialog";
import { InviteToTeamDialog } from "./invite-to-team-dialog";
import { TeamMembersTable } from "./team-members-table";

export interface TeamPageClientProps {
  slug: string;
  team: TeamSummary;
  canManage: boolean;
  /** Managers and the team's Maintainers may invite members (who join when they accept). */
  canInvite: boolean;
  list: { rows: TeamMemberRow[]; total: number; page: number; pageCount: number; pageSize: number };
}

export function TeamPageClient({ slug, team, canManage, canInvite, list }: TeamPageClientProps) {
  const router = useRouter();
  const members = useListState(teamMembersSearch);
  const [adding, setAdding] = useState(false);
  const [inviting, setInviting] = useState(false);
  const teamsHref = `/orgs/${encodeURIComponent(slug)}/teams`;
  const controller = members.table({ page: list.page, pageCount: list.pageCount, total: list.total, pageSize: list.pageSize });
  const q = members.state.q;
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <Link
          href={teamsHref}
          className="inline-flex items-center gap-1.5 rounded-md text-sm font-medium text-slate-600 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600"
        >
          <ArrowLeft className="size-4" aria-hidden="true" />
          Teams
        </Link>
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0">
            <h1 className="text-2xl font-semibold break-words text-slate-900">{team.name}</h1>
            <p className="mt-1 text-sm break-words whitespace-pre-line text-slate-600">{team.description ?? "No description"}</p>
            <p className="mt-2 text-sm text-slate-500">
              {memberCountLabel(team.memberCount)} · Created {formatDate(team.createdAt)}
            </p>
          </div>
          {canManage ? (
            <div className="shrink-0 sm:mt-1">
              <TeamActionsMenu slug={slug} team={team} onDeleted={() => router.replace(teamsHref)} />
            </div>
          ) : null}
        </div>
      </header>

      <section aria-label="Team members" className="rounded-xl border border-slate-200 bg-white shadow-sm">
        <div className="border-b border-slate-200 p-4">
          <DataTableToolbar
            search={{ value: q, onSearch: (next) => members.setFilters({ q: next }, { replace: true }), label: "Filter team members by name or email", placeholder: "Filter by name or email…", maxLength: 100 }}
            end={
              canManage || canInvite ? (
                <div className="flex flex-wrap gap-2 sm:shrink-0">
                  {canInvite ? (
                    <Button variant="secondary" onClick={() => setInviting(true)}>
                      <Send className="size-4" aria-hidden="true" />
                      Invite to team
                    </Button>
                  ) : null}
                  {canManage ? (
                    <Button onClick={() => setAdding(true)}>
                      <UserPlus className="size-4" aria-hidden="true" />
                      Add members
                    </Button>
                  ) : null}
                </div>
              ) : null
            }
          />
        </div>
        <TeamMembersTable
          slug={slug}
          team={team}
          rows={list.rows}
          controller={controller}
          canManage={canManage}
          empty={
            q
              ? { title: "No members match", text: `No members of ${team.name} match “${q}”.` }
              : { title: "No members yet", text: canManage ? "Add members to get the team started." : "This team has no members yet." }
          }
        />
      </section>

      {canManage ? <AddMembersDialog slug={slug} team={team} open={adding} onClose={() => setAdding(false)} /> : null}
      {canInvite ? <InviteToTeamDialog slug={slug} team={team} open={inviting} onClose={() => setInviting(false)} /> : null}
    </div>
  );
}
