"use client";
// The invitations table with its pagination and empty states. Paging only writes the URL; the
// server renders the requested page.
import { flexRender, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { ChevronLeft, ChevronRight, MailOpen, SearchX } from "lucide-react";
import { useMemo } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { NativeSelect } from "@/components/ui/native-select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { InvitationListPage } from "@/db/queries/invitations";
import { invitationColumns } from "./invitation-columns";
import { INVITATION_PAGE_SIZES, type InvitationsSearch } from "@/lib/validation/invitations-search";
import type { InvitationsSearchController } from "./use-invitations-search";

const count = new Intl.NumberFormat("en-US");

export function InvitationsTable({
  list,
  controller,
  now,
  deliveryEnabled,
  organizationHasNone,
}: {
  list: InvitationListPage;
  controller: InvitationsSearchController;
  now: number;
  deliveryEnabled: boolean;
  organizationHasNone: boolean;
}) {
  const { search, navigate, setFilters, isPending } = controller;
  const columns = useMemo(() => invitationColumns({ now, deliveryEnabled }), [now, deliveryEnabled]);
  // eslint-disable-next-line react-hooks/incompatible-library -- manual mode: the rows are the server's page
  const table = useReactTable({
    data: list.rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
    manualPagination: true,
    manualFiltering: true,
    pageCount: list.pageCount,
    rowCount: list.total,
  });

  if (list.rows.length === 0) {
    return organizationHasNone ? (
      <Empty icon={<MailOpen className="size-6" aria-hidden="true" />} title="No invitations yet">
        Invitations appear here once you invite people from the Members page.
      </Empty>
    ) : (
      <Empty icon={<SearchX className="size-6" aria-hidden="true" />} title="No invitations match">
        {search.q ? `No invitation to an address containing “${search.q}” with this status.` : "No invitation has this status."}
        <div className="mt-4">
          <Button variant="secondary" size="sm" onClick={() => setFilters({ status: "all", q: "" })}>
            Show all invitations
          </Button>
        </div>
      </Empty>
    );
  }

  const first = (list.page - 1) * search.pageSize + 1;
  const go = (page: number) => navigate({ ...search, page });
  return (
    <div>
      <Table className={cn("text-[13px] transition-opacity", isPending && "opacity-60")} aria-busy={isPending || undefined} aria-label="Invitations">
        <TableHeader>
          {table.getHeaderGroups().map((group) => (
            <TableRow key={group.id}>
              {group.headers.map((header) => (
                <TableHead key={header.id} className={header.column.columnDef.meta?.className}>
                  {header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}
                </TableHead>
              ))}
            </TableRow>
          ))}
        </TableHeader>
        <TableBody>
          {table.getRowModel().rows.map((row) => (
            <TableRow key={row.id} className="align-top hover:bg-slate-50/70">
              {row.getVisibleCells().map((cell) => (
                <TableCell key={cell.id} className={cn("align-top", cell.column.columnDef.meta?.className)}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-4 py-3 text-sm text-slate-600">
        <p aria-live="polite">
          Showing{" "}
          <span className="font-medium text-slate-900 tabular-nums">
            {count.format(first)}–{count.format(first + list.rows.length - 1)}
          </span>{" "}
          of <span className="font-medium text-slate-900 tabular-nums">{count.format(list.total)}</span>
        </p>
        <div className="flex items-center gap-3">
          <label className="hidden items-center gap-2 sm:flex">
            <span className="whitespace-nowrap">Rows per page</span>
            <NativeSelect
              value={search.pageSize}
              onChange={(e) => navigate({ ...search, page: 1, pageSize: Number(e.target.value) as InvitationsSearch["pageSize"] })}
              className="w-18"
              aria-label="Rows per page"
            >
              {INVITATION_PAGE_SIZES.map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </NativeSelect>
          </label>
          <span className="whitespace-nowrap tabular-nums">
            Page {count.format(list.page)} of {count.format(list.pageCount)}
          </span>
          <Button variant="secondary" size="sm" className="px-2" aria-label="Previous page" disabled={list.page <= 1} onClick={() => go(list.page - 1)}>
            <ChevronLeft className="size-4" aria-hidden="true" />
          </Button>
          <Button variant="secondary" size="sm" className="px-2" aria-label="Next page" disabled={list.page >= list.pageCount} onClick={() => go(list.page + 1)}>
            <ChevronRight className="size-4" aria-hidden="true" />
          </Button>
        </div>
      </nav>
    </div>
  );
}

function Empty({ icon, title, children }: { icon: React.ReactNode; title: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col items-center px-6 py-16 text-center">
      <span className="flex size-12 items-center justify-center rounded-full bg-slate-100 text-slate-500">{icon}</span>
      <h3 className="mt-4 text-base font-semibold text-slate-900">{title}</h3>
      <div className="mt-1 max-w-sm text-sm text-slate-600">{children}</div>
    </div>
  );
}
