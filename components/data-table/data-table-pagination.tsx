"use client";
// Under every table: "Showing 26–50 of 100,000", rows per page, "Page 2 of 4,000" and first /
// previous / next / last. Each asks the controller for another page; the server renders it.
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ChevronLeft, ChevronRight, ChevronsLeft, ChevronsRight } from "@/components/ui/glyph";
import { NativeSelect } from "@/components/ui/native-select";
import type { TableController } from "./table-controller";

const count = new Intl.NumberFormat("en-US");

export function DataTablePagination({ controller, rowsOnPage }: { controller: TableController; rowsOnPage: number }) {
  const { page, pageSize, total, pageSizes, onPage, onPageSize } = controller;
  const pageCount = Math.max(1, controller.pageCount);
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = total === 0 ? 0 : first + rowsOnPage - 1;

  return (
    <nav aria-label="Pagination" className="dt-pagination">
      <p aria-live="polite">
        Showing{" "}
        <span className="font-medium text-slate-900 tabular-nums">
          {count.format(first)}–{count.format(last)}
        </span>{" "}
        of <span className="font-medium text-slate-900 tabular-nums">{count.format(total)}</span>
      </p>
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
        {pageSizes && onPageSize ? (
          <label className="flex items-center gap-2">
            <span className="whitespace-nowrap">Rows per page</span>
            <NativeSelect value={pageSize} onChange={(e) => onPageSize(Number(e.target.value))} className="w-18">
              {pageSizes.map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </NativeSelect>
          </label>
        ) : null}
        <div className="flex items-center gap-3">
          <span className="whitespace-nowrap tabular-nums">
            Page {count.format(page)} of {count.format(pageCount)}
          </span>
          <div className="flex items-center gap-1">
            <PageButton label="First page" onClick={() => onPage(1)} disabled={page <= 1}>
              <ChevronsLeft className="size-4" />
            </PageButton>
            <PageButton label="Previous page" onClick={() => onPage(page - 1)} disabled={page <= 1}>
              <ChevronLeft className="size-4" />
            </PageButton>
            <PageButton label="Next page" onClick={() => onPage(page + 1)} disabled={page >= pageCount}>
              <ChevronRight className="size-4" />
            </PageButton>
            <PageButton label="Last page" onClick={() => onPage(pageCount)} disabled={page >= pageCount}>
              <ChevronsRight className="size-4" />
            </PageButton>
          </div>
        </div>
      </div>
    </nav>
  );
}

function PageButton({ label, onClick, disabled, children }: { label: string; onClick: () => void; disabled: boolean; children: ReactNode }) {
  return (
    <Button variant="secondary" size="sm" className="size-8 px-0" aria-label={label} title={label} onClick={onClick} disabled={disabled}>
      {children}
    </Button>
  );
}
