"use client";
// A table's filter menus: several values (Role: Admin, Manager) or one of a few (Joined: last 30
// days). A trigger's accessible name is its visible text — "Role", or "Role: Admin" once a value
// is picked — so speech input users can say what they see (WCAG 2.5.3).
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { ChevronDown } from "@/components/ui/glyph";

export interface FilterOption<T extends string = string> {
  value: T;
  label: string;
  hint?: string;
}

function FilterTrigger({ label, summary }: { label: string; summary?: string }) {
  return (
    <DropdownMenuTrigger asChild>
      <Button variant="secondary" size="sm" className={cn("gap-1.5 data-[state=open]:bg-slate-50", summary && "dt-filter-active")}>
        {label}
        {summary ? (
          <>
            <span className="sr-only">:</span>
            <span className="max-w-32 truncate rounded bg-white/70 px-1.5 text-xs font-semibold text-indigo-800">{summary}</span>
          </>
        ) : null}
        <ChevronDown className="size-3.5 opacity-60" aria-hidden="true" />
      </Button>
    </DropdownMenuTrigger>
  );
}

export function MultiFilter<T extends string>({
  label,
  options,
  selected,
  onChange,
  emptyText = "No options",
}: {
  label: string;
  options: FilterOption<T>[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
  emptyText?: string;
}) {
  const summary =
    selected.length === 0 ? undefined : selected.length === 1 ? (options.find((o) => o.value === selected[0])?.label ?? "1") : `${selected.length} selected`;
  return (
    <DropdownMenu>
      <FilterTrigger label={label} summary={summary} />
      <DropdownMenuContent align="start" className="max-h-80">
        <DropdownMenuLabel>Filter by {label.toLowerCase()}</DropdownMenuLabel>
        {options.length === 0 ? <p className="px-2 py-1.5 text-sm text-slate-600">{emptyText}</p> : null}
        {options.map((option) => (
          <DropdownMenuCheckboxItem
            key={option.value}
            checked={selected.includes(option.value)}
            // Keep the menu open so several values can be picked.
            onSelect={(e) => e.preventDefault()}
            onCheckedChange={(checked) => onChange(checked ? [...selected, option.value] : selected.filter((v) => v !== option.value))}
          >
            {option.label}
          </DropdownMenuCheckboxItem>
        ))}
        {selected.length > 0 ? (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuItem onSelect={() => onChange([])}>Clear {label.toLowerCase()} filter</DropdownMenuItem>
          </>
        ) : null}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

export function SingleFilter<T extends string>({
  label,
  anyLabel,
  options,
  selected,
  onChange,
}: {
  label: string;
  /** The choice that filters nothing ("Any time"). */
  anyLabel: string;
  options: FilterOption<T>[];
  selected: T | undefined;
  onChange: (value: T | undefined) => void;
}) {
  const current = options.find((o) => o.value === selected);
  return (
    <DropdownMenu>
      <FilterTrigger label={label} summary={current?.label} />
      <DropdownMenuContent align="start">
        <DropdownMenuLabel>{label}</DropdownMenuLabel>
        <DropdownMenuRadioGroup value={selected ?? ""} onValueChange={(value) => onChange((value || undefined) as T | undefined)}>
          <DropdownMenuRadioItem value="">{anyLabel}</DropdownMenuRadioItem>
          {options.map((option) => (
            <DropdownMenuRadioItem key={option.value} value={option.value}>
              <span>{option.label}</span>
              {option.hint ? <span className="ml-auto pl-4 text-xs text-slate-600">{option.hint}</span> : null}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
