"use client";
// Finding people in a large team: a debounced name/email filter and previous/next pagination.
import { ChevronLeft, ChevronRight, Search } from "lucide-react";
import { useEffect, useState } from "react";
import { formatCount } from "@/components/members/member-display";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

const DEBOUNCE_MS = 300;

export function TeamMembersFilter({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(value);
  const [synced, setSynced] = useState(value);
  // The URL changed from outside (back button): show its query.
  if (value !== synced) {
    setSynced(value);
    if (value !== text.trim()) setText(value);
  }

  useEffect(() => {
    const q = text.trim();
    if (q === value) return;
    const timer = setTimeout(() => onSearch(q), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value, onSearch]);

  return (
    <div className="relative w-full sm:w-72">
      <Search className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-400" aria-hidden="true" />
      <Input
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={100}
        placeholder="Filter by name or email…"
        aria-label="Filter team members by name or email"
        className="pl-9"
      />
    </div>
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
