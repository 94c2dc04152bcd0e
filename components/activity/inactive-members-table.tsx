"use client";
// Members silent for 30 days or more, longest-silent first, in the shared data table; a row opens
// the member's profile.
import type { DataColumn } from "@/components/data-table/data-column";
import { UserCheck } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableEmpty } from "@/components/data-table/data-table-empty";
import { useListState } from "@/components/data-table/use-list-state";
import { RoleBadge } from "@/components/members/member-badges";
import type { InactiveMember } from "@/db/queries/activity-overview";
import { formatDate, formatDateTime, formatRelative } from "@/lib/format-time";
import { INACTIVE_PAGE_SIZE, activityOverviewSearch } from "@/lib/validation/activity-overview-search";

export function InactiveMembersTable({
  slug,
  rows,
  page,
  pageCount,
  total,
  now,
}: {
  slug: string;
  rows: InactiveMember[];
  page: number;
  pageCount: number;
  total: number;
  now: number;
}) {
  const router = useRouter();
  const list = useListState(activityOverviewSearch);
  const columns = useMemo<DataColumn<InactiveMember>[]>(
    () => [
      {
        id: "member",
        header: "Member",
        cell: ({ row }) => (
          <div className="min-w-0">
            <Link href={`/orgs/${slug}/members/${row.original.id}`} className="font-medium text-slate-900 hover:text-indigo-700 hover:underline">
              {row.original.name}
            </Link>
            <p className="truncate text-xs text-slate-600">{row.original.email}</p>
          </div>
        ),
      },
      { id: "role", header: "Role", cell: ({ row }) => <RoleBadge role={row.original.role} /> },
      {
        id: "department",
        header: "Department",
        meta: { className: "hidden md:table-cell", label: "Department", hideable: true },
        cell: ({ row }) => row.original.department ?? <span className="text-slate-500">—</span>,
      },
      {
        id: "lastActive",
        header: "Last active",
        cell: ({ row }) =>
          row.original.lastActiveAt ? (
            <time dateTime={row.original.lastActiveAt.toISOString()} title={formatDateTime(row.original.lastActiveAt)}>
              {formatRelative(row.original.lastActiveAt, now, { capitalized: true })}
            </time>
          ) : (
            <span className="text-slate-600">Never</span>
          ),
      },
      {
        id: "joined",
        header: "Joined",
        meta: { className: "hidden sm:table-cell", label: "Joined", hideable: true },
        cell: ({ row }) => (row.original.joinedAt ? formatDate(row.original.joinedAt) : <span className="text-slate-500">—</span>),
      },
    ],
    [slug, now],
  );
  return (
    <DataTable
      id="inactive-members"
      label="Inactive members"
      columns={columns}
      rows={rows}
      getRowId={(row) => row.id}
      getRowLabel={(row) => row.name}
      controller={list.table({ page, pageCount, total, pageSize: INACTIVE_PAGE_SIZE })}
      onOpenRow={(row) => router.push(`/orgs/${slug}/members/${row.id}`)}
      empty={
        <DataTableEmpty icon={<UserCheck className="size-5" aria-hidden="true" />} title="No inactive members">
          Every active member has been active in the last 30 days.
        </DataTableEmpty>
      }
    />
  );
}
