"use client";
// Pagination of the members table: "Showing 1–25 of 100,000", rows per page, page x of y and
// first / previous / next / last.
import type { Table } from "@tanstack/react-table";
import { ChevronLeft, ChevronRight, ChevronsLeft, ChevronsRight } from "lucide-react";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";
import type { MemberListRow } from "@/db/queries/member-list";
import { PAGE_SIZES } from "@/lib/validation/members-search";
import { formatCount } from "./member-display";

export function MembersPagination({
  table,
  total,
  page,
  pageSize,
  rowsOnPage,
}: {
  table: Table<MemberListRow>;
  total: number;
  page: number;
  pageSize: number;
  rowsOnPage: number;
}) {
  const pageCount = Math.max(1, table.getPageCount());
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = total === 0 ? 0 : first + rowsOnPage - 1;

  return (
    <nav
      aria-label="Pagination"
      className="flex flex-col gap-3 border-t border-slate-200 px-4 py-3 text-sm text-slate-600 sm:flex-row sm:items-center sm:justify-between"
    >
      <p aria-live="polite">
        Showing{" "}
        <span className="font-medium text-slate-900 tabular-nums">
          {formatCount(first)}–{formatCount(last)}
        </span>{" "}
        of <span className="font-medium text-slate-900 tabular-nums">{formatCount(total)}</span>
      </p>
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
        <label className="flex items-center gap-2">
          <span className="whitespace-nowrap">Rows per page</span>
          <NativeSelect
            value={pageSize}
            onChange={(e) => table.setPageSize(Number(e.target.value))}
            className="w-18"
            aria-label="Rows per page"
          >
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </NativeSelect>
        </label>
        <div className="flex items-center gap-3">
          <span className="whitespace-nowrap tabular-nums">
            Page {formatCount(page)} of {formatCount(pageCount)}
          </span>
          <div className="flex items-center gap-1">
            <PageButton label="First page" onClick={() => table.firstPage()} disabled={!table.getCanPreviousPage()}>
              <ChevronsLeft className="size-4" aria-hidden="true" />
            </PageButton>
            <PageButton label="Previous page" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
              <ChevronLeft className="size-4" aria-hidden="true" />
            </PageButton>
            <PageButton label="Next page" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
              <ChevronRight className="size-4" aria-hidden="true" />
            </PageButton>
            <PageButton label="Last page" onClick={() => table.lastPage()} disabled={!table.getCanNextPage()}>
              <ChevronsRight className="size-4" aria-hidden="true" />
            </PageButton>
          </div>
        </div>
      </div>
    </nav>
  );
}

function PageButton({
  label,
  onClick,
  disabled,
  children,
}: {
  label: string;
  onClick: () => void;
  disabled: boolean;
  children: React.ReactNode;
}) {
  return (
    <Button variant="secondary" size="sm" className="size-8 px-0" aria-label={label} title={label} onClick={onClick} disabled={disabled}>
      {children}
    </Button>
  );
}
