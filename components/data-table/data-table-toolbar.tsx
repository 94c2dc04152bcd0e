"use client";
// Above a table: the debounced search box, the filter menus in a labelled group, "Clear filters"
// when any is set, and anything else on the right (the Columns menu, say). Wraps on small screens
// so every control stays reachable at 390 px.
import { X } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { SearchInput } from "@/components/ui/search-input";

export function DataTableToolbar({
  search,
  filters,
  onClearFilters,
  end,
}: {
  search?: { value: string; onSearch: (q: string) => void; label: string; placeholder: string; maxLength?: number };
  /** Filter menus (MultiFilter, SingleFilter, or buttons). */
  filters?: ReactNode;
  /** Shown when set: some filter or the query narrows the list. */
  onClearFilters?: () => void;
  end?: ReactNode;
}) {
  return (
    <div className="dt-toolbar">
      {search ? (
        <SearchInput
          value={search.value}
          onSearch={search.onSearch}
          label={search.label}
          placeholder={search.placeholder}
          maxLength={search.maxLength}
          className="sm:w-64"
          inputClassName="h-8"
        />
      ) : null}
      {filters || onClearFilters ? (
        <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Filters">
          {filters}
          {onClearFilters ? (
            <Button variant="ghost" size="sm" onClick={onClearFilters} className="text-slate-700">
              <X className="size-4" aria-hidden="true" />
              Clear filters
            </Button>
          ) : null}
        </div>
      ) : null}
      {end ? <div className="flex items-center gap-2 sm:ml-auto">{end}</div> : null}
    </div>
  );
}
