"use client";
// The interactive part of a team's page: its header (back to Teams, details, ⋯ menu), the members
// toolbar with Add members, the members table and its pagination; the filter and page live in the URL.
import { ArrowLeft, UserPlus } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";
import { formatDate } from "@/lib/format-time";
import { TeamActionsMenu } from "@/components/teams/team-actions-menu";
import { memberCountLabel } from "@/components/teams/team-display";
import { Button } from "@/components/ui/button";
import type { TeamMemberRow, TeamSummary } from "@/db/queries/teams";
import { AddMembersDialog } from "./add-members-dialog";
import { TeamMembersFilter, TeamMembersPagination } from "./team-members-navigation";
import { TeamMembersTable } from "./team-members-table";

export interface TeamPageClientProps {
  slug: string;
  team: TeamSummary;
  canManage: boolean;
  search: { q: string; page: number };
  list: { rows: TeamMemberRow[]; total: number; pageCount: number; pageSize: number };
}

export function TeamPageClient({ slug, team, canManage, search, list }: TeamPageClientProps) {
  const router = useRouter();
  const pathname = usePathname();
  const [isPending, startTransition] = useTransition();
  const [adding, setAdding] = useState(false);
  const teamsHref = `/orgs/${encodeURIComponent(slug)}/teams`;

  const navigate = useCallback(
    (next: { q: string; page: number }) => {
      const params = new URLSearchParams();
      if (next.q) params.set("q", next.q);
      if (next.page > 1) params.set("page", String(next.page));
      const query = params.toString();
      startTransition(() => router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false }));
    },
    [pathname, router],
  );

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
              <TeamActionsMenu slug={slug} team={team} onDeleted={() => router.replace(teamsHref)} labelled />
            </div>
          ) : null}
        </div>
      </header>

      <section aria-label="Team members" className="rounded-xl border border-slate-200 bg-white shadow-sm">
        <div className="flex flex-col gap-3 border-b border-slate-200 p-4 sm:flex-row sm:items-center sm:justify-between">
          <TeamMembersFilter value={search.q} onSearch={(q) => navigate({ q, page: 1 })} />
          {canManage ? (
            <Button onClick={() => setAdding(true)} className="sm:shrink-0">
              <UserPlus className="size-4" aria-hidden="true" />
              Add members
            </Button>
          ) : null}
        </div>
        <TeamMembersTable
          slug={slug}
          team={team}
          rows={list.rows}
          canManage={canManage}
          busy={isPending}
          emptyText={
            search.q
              ? `No members of ${team.name} match “${search.q}”.`
              : canManage
                ? "No members yet. Add members to get the team started."
                : "This team has no members yet."
          }
        />
        {list.total > 0 ? (
          <TeamMembersPagination
            page={search.page}
            pageCount={list.pageCount}
            pageSize={list.pageSize}
            total={list.total}
            rowsOnPage={list.rows.length}
            onPage={(page) => navigate({ q: search.q, page })}
          />
        ) : null}
      </section>

      {canManage ? <AddMembersDialog slug={slug} team={team} open={adding} onClose={() => setAdding(false)} /> : null}
    </div>
  );
}
