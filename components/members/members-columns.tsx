"use client";
// Column definitions of the members table (TanStack Table v8). Sorting and paging are manual:
// the ids of sortable columns are the URL's sort keys.
import type { ColumnDef, RowData } from "@tanstack/react-table";
import { InitialsAvatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Checkbox } from "@/components/ui/checkbox";
import type { MemberListRow } from "@/db/queries/member-list";
import { RoleBadge, StatusBadge } from "./member-badges";
import type { MemberTarget } from "./member-actions-provider";
import { MemberRowMenu } from "./member-row-menu";
import { RoleBadgeMenu } from "./role-badge-menu";
import { formatDate, formatDateTime, formatRelative } from "@/lib/format-time";

const MAX_TEAM_CHIPS = 1;

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Classes for the column's header and cells (responsive visibility, widths). */
    className?: string;
  }
}

// Narrow screens show fewer columns; the Member cell then carries role and status itself.
const FROM_SM = "hidden sm:table-cell";
const FROM_MD = "hidden md:table-cell";
const FROM_XL = "hidden xl:table-cell";

export interface ColumnContext {
  /** The server's render time: relative times are computed from it. */
  now: number;
  /** Row checkboxes are for bulk actions, shown only to members who have some. */
  selectable: boolean;
  onView: (memberId: string) => void;
  onEdit: (memberId: string) => void;
}

export function memberColumns({ now, selectable, onView, onEdit }: ColumnContext): ColumnDef<MemberListRow>[] {
  const columns: ColumnDef<MemberListRow>[] = [
    {
      id: "name",
      accessorKey: "name",
      header: "Member",
      meta: { className: "pl-4" },
      cell: ({ row }) => (
        <div className="flex max-w-52 min-w-0 items-center gap-2.5">
          <InitialsAvatar name={row.original.name} seed={row.original.id} />
          <div className="min-w-0">
            <div className="truncate font-medium text-slate-900">{row.original.name}</div>
            <div className="truncate text-slate-500">{row.original.email}</div>
            <div className="mt-1 flex flex-wrap gap-1 md:hidden">
              <RoleBadge role={row.original.role} />
              <StatusBadge status={row.original.status} />
            </div>
          </div>
        </div>
      ),
    },
    // Not displayed: sorting by email goes through the Member header's menu.
    { id: "email", header: "Email", accessorKey: "email" },
    { id: "role", accessorKey: "role", header: "Role", meta: { className: FROM_MD }, cell: ({ row }) => <RoleBadgeMenu target={targetOf(row.original)} /> },
    {
      id: "department",
      accessorKey: "department",
      header: "Department",
      meta: { className: FROM_XL },
      cell: ({ row }) =>
        row.original.department ? (
          <span className="block max-w-36 truncate text-slate-700" title={row.original.department}>
            {row.original.department}
          </span>
        ) : (
          <span className="text-slate-400">—</span>
        ),
    },
    {
      id: "teams",
      header: "Teams",
      enableSorting: false,
      meta: { className: FROM_XL },
      cell: ({ row }) => <TeamChips teams={row.original.teams} />,
    },
    { id: "status", accessorKey: "status", header: "Status", meta: { className: FROM_MD }, cell: ({ row }) => <StatusBadge status={row.original.status} /> },
    {
      id: "lastActive",
      accessorKey: "lastActiveAt",
      header: "Last Login",
      sortDescFirst: true,
      meta: { className: FROM_SM },
      cell: ({ row }) => {
        const at = row.original.lastActiveAt;
        if (!at) return <span className="text-slate-400">Never</span>;
        return (
          <time dateTime={at.toISOString()} title={formatDateTime(at)} className="whitespace-nowrap text-slate-700">
            {formatRelative(at, now, { capitalized: true })}
          </time>
        );
      },
    },
    {
      id: "joined",
      accessorKey: "joinedAt",
      header: "Joined",
      sortDescFirst: true,
      meta: { className: FROM_MD },
      cell: ({ row }) => {
        const at = row.original.joinedAt;
        if (!at) return <span className="text-slate-400">—</span>;
        return (
          <time dateTime={at.toISOString()} className="whitespace-nowrap text-slate-700">
            {formatDate(at)}
          </time>
        );
      },
    },
    {
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      enableSorting: false,
      meta: { className: "w-10 pr-2 text-right" },
      cell: ({ row }) => <MemberRowMenu target={targetOf(row.original)} onView={onView} onEdit={onEdit} />,
    },
  ];
  if (!selectable) return columns;
  return [
    {
      id: "select",
      enableSorting: false,
      meta: { className: "w-10 pl-3 pr-0" },
      header: ({ table }) => (
        <Checkbox
          checked={table.getIsAllPageRowsSelected() ? true : table.getIsSomePageRowsSelected() ? "indeterminate" : false}
          onCheckedChange={(value) => table.toggleAllPageRowsSelected(value)}
          aria-label="Select all members on this page"
        />
      ),
      cell: ({ row }) => (
        <Checkbox
          checked={row.getIsSelected()}
          onCheckedChange={(value) => row.toggleSelected(value)}
          aria-label={`Select ${row.original.name}`}
        />
      ),
    },
    ...columns,
  ];
}

function TeamChips({ teams }: { teams: string[] }) {
  if (teams.length === 0) return <span className="text-slate-400">—</span>;
  const shown = teams.slice(0, MAX_TEAM_CHIPS);
  const rest = teams.slice(MAX_TEAM_CHIPS);
  return (
    <div className="flex items-center gap-1">
      {shown.map((team) => (
        <Badge key={team} tone="gray" className="rounded-md">
          <span className="max-w-20 truncate">{team}</span>
        </Badge>
      ))}
      {rest.length > 0 ? (
        <Badge tone="gray" className="rounded-md" title={rest.join(", ")}>
          <span aria-hidden="true">+{rest.length}</span>
          <span className="sr-only">and {rest.join(", ")}</span>
        </Badge>
      ) : null}
    </div>
  );
}

/** What the row's controls need to know about its member. */
function targetOf(row: MemberListRow): MemberTarget {
  return { id: row.id, name: row.name, email: row.email, role: row.role, status: row.status, permissions: [] };
}
