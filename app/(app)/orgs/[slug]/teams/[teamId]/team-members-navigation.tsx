"use client";
// Finding people in a large team: a debounced name/email filter and previous/next pagination.
import { ChevronLeft, ChevronRight } from "lucide-react";
import { formatCount } from "@/components/members/member-display";
import { SearchInput } from "@/components/ui/search-input";
import { Button } from "@/components/ui/button";

export function TeamMembersFilter({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  return (
    <SearchInput
      value={value}
      onSearch={onSearch}
      label="Filter team members by name or email"
      placeholder="Filter by name or email…"
      className="sm:w-72"
      inputClassName="h-10"
    />
  );
}

export function TeamMembersPagination({
  page,
  pageCount,
  pageSize,
  total,
  rowsOnPage,
  onPage,
}: {
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  rowsOnPage: number;
  onPage: (page: number) => void;
}) {
  const first = (page - 1) * pageSize + 1;
  return (
    <nav
      aria-label="Pagination"
      className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-4 py-3 text-sm text-slate-600"
    >
      <p aria-live="polite">
        Showing{" "}
        <span className="font-medium text-slate-900 tabular-nums">
          {formatCount(first)}–{formatCount(first + rowsOnPage - 1)}
        </span>{" "}
        of <span className="font-medium text-slate-900 tabular-nums">{formatCount(total)}</span>
      </p>
      {pageCount > 1 ? (
        <div className="flex items-center gap-2">
          <span className="whitespace-nowrap tabular-nums">
            Page {formatCount(page)} of {formatCount(pageCount)}
          </span>
          <Button
            variant="secondary"
            size="sm"
            className="px-2"
            disabled={page <= 1}
            onClick={() => onPage(page - 1)}
            aria-label="Previous page"
          >
            <ChevronLeft className="size-4" aria-hidden="true" />
          </Button>
          <Button
            variant="secondary"
            size="sm"
            className="px-2"
            disabled={page >= pageCount}
            onClick={() => onPage(page + 1)}
            aria-label="Next page"
          >
            <ChevronRight className="size-4" aria-hidden="true" />
          </Button>
        </div>
      ) : null}
    </nav>
  );
}
