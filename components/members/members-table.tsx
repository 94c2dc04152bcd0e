"use client";
// The members table: TanStack Table in manual mode. The server has already filtered, sorted and
// paged the rows; sorting and paging here only write the URL.
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type Header,
  type PaginationState,
  type RowSelectionState,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ChevronsUpDown, SearchX, UsersRound } from "lucide-react";
import { useMemo, useState, type KeyboardEvent, type MouseEvent } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { MemberListRow } from "@/db/queries/member-list";
import {
  DEFAULT_DIR,
  DEFAULT_SORT,
  SORT_COLUMNS,
  type MembersSearch,
  type SortColumn,
} from "@/lib/validation/members-search";
import { formatCount } from "./member-display";
import { memberColumns } from "./members-columns";
import { MembersPagination } from "./members-pagination";
import type { MembersSearchController } from "./use-members-search";

export interface MembersTableProps {
  rows: MemberListRow[];
  total: number;
  pageCount: number;
  controller: MembersSearchController;
  /** True when the organization has no members at all (as opposed to none matching). */
  organizationEmpty: boolean;
  selectable: boolean;
  now: number;
}

const isSortColumn = (id: string): id is SortColumn => (SORT_COLUMNS as readonly string[]).includes(id);

export function MembersTable({ rows, total, pageCount, controller, organizationEmpty, selectable, now }: MembersTableProps) {
  const { search, navigate, openMember, openEdit, clearFilters, isPending } = controller;
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});

  const sorting: SortingState = [{ id: search.sort, desc: search.dir === "desc" }];
  const pagination: PaginationState = { pageIndex: search.page - 1, pageSize: search.pageSize };

  const columns = useMemo(
    () => memberColumns({ now, selectable, onView: openMember, onEdit: openEdit }),
    [now, selectable, openMember, openEdit],
  );

  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    pageCount,
    rowCount: total,
    enableRowSelection: selectable,
    state: { sorting, pagination, rowSelection, columnVisibility: { email: false } },
    onRowSelectionChange: setRowSelection,
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = (typeof updater === "function" ? updater(sorting) : updater)[0];
      const sort = next && isSortColumn(next.id) ? next.id : DEFAULT_SORT;
      navigate({ ...search, sort, dir: next ? (next.desc ? "desc" : "asc") : DEFAULT_DIR, page: 1 });
    },
    onPaginationChange: (updater: Updater<PaginationState>) => {
      const next = typeof updater === "function" ? updater(pagination) : updater;
      const sizeChanged = next.pageSize !== search.pageSize;
      navigate({
        ...search,
        page: sizeChanged ? 1 : next.pageIndex + 1,
        pageSize: next.pageSize as MembersSearch["pageSize"],
      });
    },
  });

  const selectedCount = Object.keys(rowSelection).length;

  if (rows.length === 0) {
    return organizationEmpty ? (
      <EmptyState
        icon={<UsersRound className="size-6" aria-hidden="true" />}
        title="No members yet"
        text="People appear here once they are invited to the organization."
      />
    ) : (
      <EmptyState
        icon={<SearchX className="size-6" aria-hidden="true" />}
        title="No members match your filters"
        text={search.q ? `Nothing matches “${search.q}” with the filters you chose.` : "Try removing a filter or two."}
        action={
          <Button variant="secondary" size="sm" onClick={clearFilters}>
            Clear filters
          </Button>
        }
      />
    );
  }

  const onRowClick = (event: MouseEvent<HTMLTableRowElement>, memberId: string) => {
    // Checkboxes, menus and links inside the row do their own thing.
    if ((event.target as HTMLElement).closest("button, a, input, [role=checkbox], [role=menuitem]")) return;
    openMember(memberId);
  };
  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, memberId: string) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      openMember(memberId);
    }
  };

  return (
    <div>
      {selectable && selectedCount > 0 ? (
        <div className="flex items-center gap-3 border-b border-slate-200 bg-indigo-50/60 px-4 py-2 text-sm text-indigo-900" role="status">
          <span>
            <span className="font-semibold">{formatCount(selectedCount)}</span> selected
          </span>
          <Button variant="ghost" size="sm" className="h-7 px-2 text-indigo-700 hover:bg-indigo-100" onClick={() => setRowSelection({})}>
            Clear selection
          </Button>
        </div>
      ) : null}
      <Table
        className={cn("text-[13px] transition-opacity", isPending && "opacity-60")}
        aria-busy={isPending || undefined}
        aria-label="Members"
      >
        <TableHeader>
          {table.getHeaderGroups().map((group) => (
            <TableRow key={group.id}>
              {group.headers.map((header) => (
                <TableHead
                  key={header.id}
                  className={header.column.columnDef.meta?.className}
                  aria-sort={ariaSort(header, search)}
                >
                  <HeaderContent header={header} search={search} onSort={(sort, desc) => table.setSorting([{ id: sort, desc }])} />
                </TableHead>
              ))}
            </TableRow>
          ))}
        </TableHeader>
        <TableBody>
          {table.getRowModel().rows.map((row) => (
            <TableRow
              key={row.id}
              data-state={row.getIsSelected() ? "selected" : undefined}
              tabIndex={0}
              onClick={(e) => onRowClick(e, row.original.id)}
              onKeyDown={(e) => onRowKeyDown(e, row.original.id)}
              className="cursor-pointer hover:bg-slate-50 focus-visible:bg-indigo-50/40 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-500"
            >
              {row.getVisibleCells().map((cell) => (
                <TableCell
                  key={cell.id}
                  className={cell.column.columnDef.meta?.className}
                >
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <MembersPagination table={table} total={total} page={search.page} pageSize={search.pageSize} rowsOnPage={rows.length} />
    </div>
  );
}

function ariaSort(header: Header<MemberListRow, unknown>, search: MembersSearch): "ascending" | "descending" | undefined {
  const id = header.column.id;
  const sorted = id === "name" ? search.sort === "name" || search.sort === "email" : search.sort === id;
  if (!header.column.getCanSort() || id === "email") return undefined;
  if (!sorted) return undefined;
  return search.dir === "asc" ? "ascending" : "descending";
}

function SortIcon({ direction }: { direction: "asc" | "desc" | false }) {
  if (direction === "asc") return <ArrowUp className="size-3.5 text-indigo-600" aria-hidden="true" />;
  if (direction === "desc") return <ArrowDown className="size-3.5 text-indigo-600" aria-hidden="true" />;
  return <ChevronsUpDown className="size-3.5 opacity-40" aria-hidden="true" />;
}

const sortButtonClasses =
  "-mx-1.5 inline-flex items-center gap-1 rounded px-1.5 py-1 hover:bg-slate-200/60 hover:text-slate-800 focus-visible:outline-2 focus-visible:outline-indigo-600";

function HeaderContent({
  header,
  search,
  onSort,
}: {
  header: Header<MemberListRow, unknown>;
  search: MembersSearch;
  onSort: (sort: SortColumn, desc: boolean) => void;
}) {
  const label = header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext());
  const column = header.column;
  if (!column.getCanSort()) return label;

  // Member sorts by name or by email: a small menu says which.
  if (column.id === "name") {
    const active = search.sort === "name" || search.sort === "email";
    const value = active ? `${search.sort}:${search.dir}` : "";
    const choices = [
      { value: "name:asc", label: "Name A–Z" },
      { value: "name:desc", label: "Name Z–A" },
      { value: "email:asc", label: "Email A–Z" },
      { value: "email:desc", label: "Email Z–A" },
    ];
    return (
      <DropdownMenu>
        <DropdownMenuTrigger className={sortButtonClasses}>
          {label}
          {active && search.sort === "email" ? <span className="font-normal">(email)</span> : null}
          <SortIcon direction={active ? search.dir : false} />
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start">
          <DropdownMenuRadioGroup
            value={value}
            onValueChange={(v) => {
              const [sort, dir] = v.split(":") as [SortColumn, "asc" | "desc"];
              onSort(sort, dir === "desc");
            }}
          >
            {choices.map((c) => (
              <DropdownMenuRadioItem key={c.value} value={c.value}>
                {c.label}
              </DropdownMenuRadioItem>
            ))}
          </DropdownMenuRadioGroup>
        </DropdownMenuContent>
      </DropdownMenu>
    );
  }

  const sorted = column.getIsSorted();
  return (
    <button type="button" onClick={column.getToggleSortingHandler()} className={sortButtonClasses}>
      {label}
      <SortIcon direction={sorted} />
    </button>
  );
}

function EmptyState({ icon, title, text, action }: { icon: React.ReactNode; title: string; text: string; action?: React.ReactNode }) {
  return (
    <div className="flex flex-col items-center px-6 py-16 text-center">
      <span className="flex size-12 items-center justify-center rounded-full bg-slate-100 text-slate-500">{icon}</span>
      <h3 className="mt-4 text-base font-semibold text-slate-900">{title}</h3>
      <p className="mt-1 max-w-sm text-sm text-slate-600">{text}</p>
      {action ? <div className="mt-5">{action}</div> : null}
    </div>
  );
}
