"use client";
// The Teams list in the shared data table: name and description (linking to the team), member
// count and creation date — sortable through the URL — and, for those who manage teams, one row
// menu for the table (Edit team, Delete team) with its dialogs. Enter or a click opens the team.
import type { DataColumn } from "@/components/data-table/data-column";
import { Boxes, Plus, SearchX } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableEmpty } from "@/components/data-table/data-table-empty";
import { RowMenuButton } from "@/components/data-table/row-menu-button";
import type { TableController } from "@/components/data-table/table-controller";
import { Button } from "@/components/ui/button";
import { DropdownMenuItem } from "@/components/ui/dropdown-menu";
import { formatDate } from "@/lib/format-time";
import { DeleteTeamDialog } from "./delete-team-dialog";
import { memberCountLabel, teamHref } from "./team-display";
import { TeamFormDialog } from "./team-form-dialog";

export interface TeamListItem {
  id: string;
  name: string;
  description: string | null;
  createdAt: Date;
  memberCount: number;
}

export function TeamsTable({
  slug,
  teams,
  controller,
  canManage,
  filtered,
  onClearFilters,
  onCreate,
}: {
  slug: string;
  teams: TeamListItem[];
  controller: TableController;
  canManage: boolean;
  /** A name filter is in force: an empty list says nothing matches rather than "no teams". */
  filtered: boolean;
  onClearFilters: () => void;
  onCreate?: () => void;
}) {
  const router = useRouter();
  const [open, setOpen] = useState<{ kind: "edit" | "delete"; team: TeamListItem } | null>(null);

  const columns = useMemo<DataColumn<TeamListItem>[]>(() => {
    const list: DataColumn<TeamListItem>[] = [
      {
        id: "name",
        header: "Team",
        cell: ({ row }) => (
          <div className="max-w-xl min-w-0">
            <Link href={teamHref(slug, row.original.id)} className="block truncate font-medium text-slate-900 hover:text-indigo-700 hover:underline">
              {row.original.name}
            </Link>
            <p className="mt-0.5 line-clamp-2 text-sm break-words text-slate-600">{row.original.description ?? "No description"}</p>
            <p className="mt-1 text-xs text-slate-600 sm:hidden">
              {memberCountLabel(row.original.memberCount)} · Created {formatDate(row.original.createdAt)}
            </p>
          </div>
        ),
      },
      {
        id: "members",
        header: "Members",
        sortDescFirst: true,
        meta: { className: "hidden w-32 sm:table-cell" },
        cell: ({ row }) => <span className="whitespace-nowrap tabular-nums">{memberCountLabel(row.original.memberCount)}</span>,
      },
      {
        id: "created",
        header: "Created",
        sortDescFirst: true,
        meta: { className: "hidden w-36 whitespace-nowrap sm:table-cell" },
        cell: ({ row }) => formatDate(row.original.createdAt),
      },
    ];
    if (canManage) {
      list.push({
        id: "actions",
        header: () => <span className="sr-only">Actions</span>,
        enableSorting: false,
        meta: { className: "w-12 text-right", label: "Actions" },
        cell: ({ row }) => (
          <RowMenuButton menu="actions" label={`Actions for team ${row.original.name}`} className="dt-menu-button">
            <span aria-hidden="true">•••</span>
          </RowMenuButton>
        ),
      });
    }
    return list;
  }, [slug, canManage]);

  return (
    <>
      <DataTable<TeamListItem>
        label="Teams"
        id="teams"
        columns={columns}
        rows={teams}
        getRowId={(team) => team.id}
        getRowLabel={(team) => team.name}
        controller={controller}
        onOpenRow={(team) => router.push(teamHref(slug, team.id))}
        menus={
          canManage
            ? {
                actions: {
                  label: (team) => `Actions for team ${team.name}`,
                  items: (team, afterClose) => (
                    <>
                      <DropdownMenuItem onSelect={() => afterClose(() => setOpen({ kind: "edit", team }))}>Edit team</DropdownMenuItem>
                      <DropdownMenuItem tone="danger" onSelect={() => afterClose(() => setOpen({ kind: "delete", team }))}>
                        Delete team
                      </DropdownMenuItem>
                    </>
                  ),
                },
              }
            : undefined
        }
        empty={
          filtered ? (
            <DataTableEmpty
              icon={<SearchX className="size-5" aria-hidden="true" />}
              title="No teams match"
              action={
                <Button variant="secondary" size="sm" onClick={onClearFilters}>
                  Show all teams
                </Button>
              }
            >
              No team name contains what you typed.
            </DataTableEmpty>
          ) : (
            <DataTableEmpty
              icon={<Boxes className="size-5" aria-hidden="true" />}
              title="No teams yet"
              action={
                onCreate ? (
                  <Button onClick={onCreate}>
                    <Plus className="size-4" aria-hidden="true" />
                    Create team
                  </Button>
                ) : undefined
              }
            >
              {onCreate
                ? "Create a team to group members, filter the members table by it and give it Maintainers."
                : "When an Owner, Admin or Manager creates a team, it appears here."}
            </DataTableEmpty>
          )
        }
      />
      {canManage ? (
        <>
          <TeamFormDialog slug={slug} state={open?.kind === "edit" ? { mode: "edit", team: open.team } : { mode: "closed" }} onClose={() => setOpen(null)} />
          <DeleteTeamDialog slug={slug} team={open?.kind === "delete" ? open.team : null} onClose={() => setOpen(null)} />
        </>
      ) : null}
    </>
  );
}
