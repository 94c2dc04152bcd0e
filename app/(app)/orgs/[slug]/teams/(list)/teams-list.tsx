"use client";
// The list of teams: name and description (linking to the team), member count, created date, and
// the ⋯ menu for those who manage teams. An empty organization gets an explanation instead.
import { Boxes, Plus } from "lucide-react";
import Link from "next/link";
import { formatDate } from "@/lib/format-time";
import { TeamActionsMenu } from "@/components/teams/team-actions-menu";
import { memberCountLabel, teamHref } from "@/components/teams/team-display";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export interface TeamListItem {
  id: string;
  name: string;
  description: string | null;
  createdAt: Date;
  memberCount: number;
}

export function TeamsList({
  slug,
  teams,
  canManage,
  onCreate,
}: {
  slug: string;
  teams: TeamListItem[];
  canManage: boolean;
  onCreate?: () => void;
}) {
  if (teams.length === 0) {
    return (
      <section
        aria-label="Teams"
        className="flex flex-col items-center rounded-xl border border-slate-200 bg-white px-6 py-16 text-center shadow-sm"
      >
        <span className="flex size-12 items-center justify-center rounded-full bg-slate-100 text-slate-500">
          <Boxes className="size-6" aria-hidden="true" />
        </span>
        <h2 className="mt-4 text-base font-semibold text-slate-900">No teams yet</h2>
        <p className="mt-1 max-w-sm text-sm text-slate-600">
          {onCreate
            ? "Create a team to group members, filter the members table by it and give it Maintainers."
            : "When an Owner, Admin or Manager creates a team, it appears here."}
        </p>
        {onCreate ? (
          <Button className="mt-5" onClick={onCreate}>
            <Plus className="size-4" aria-hidden="true" />
            Create team
          </Button>
        ) : null}
      </section>
    );
  }

  return (
    <section aria-label="Teams" className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <Table aria-label="Teams" className="table-fixed">
        <TableHeader>
          <TableRow>
            <TableHead className="pl-4 sm:pl-5">Team</TableHead>
            <TableHead className="hidden w-32 text-right sm:table-cell">Members</TableHead>
            <TableHead className="hidden w-36 sm:table-cell">Created</TableHead>
            {canManage ? (
              <TableHead className="w-14 pr-4">
                <span className="sr-only">Actions</span>
              </TableHead>
            ) : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {teams.map((team) => (
            <TableRow key={team.id} className="group hover:bg-slate-50">
              <TableCell className="py-3.5 pl-4 sm:pl-5">
                <Link
                  href={teamHref(slug, team.id)}
                  className="block truncate font-medium text-slate-900 hover:text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
                >
                  {team.name}
                </Link>
                <p className="mt-0.5 line-clamp-2 text-sm break-words text-slate-500">{team.description ?? "No description"}</p>
                <p className="mt-1 text-xs text-slate-500 sm:hidden">
                  {memberCountLabel(team.memberCount)} · Created {formatDate(team.createdAt)}
                </p>
              </TableCell>
              <TableCell className="hidden text-right text-slate-700 tabular-nums sm:table-cell">
                <span className="whitespace-nowrap">{memberCountLabel(team.memberCount)}</span>
              </TableCell>
              <TableCell className="hidden whitespace-nowrap text-slate-600 sm:table-cell">
                {formatDate(team.createdAt)}
              </TableCell>
              {canManage ? (
                <TableCell className="pr-4 text-right">
                  <TeamActionsMenu slug={slug} team={team} />
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
