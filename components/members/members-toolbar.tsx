"use client";
// Search box (debounced) and the filter menus of the members table: Role, Status, Team,
// Department, Joined, Activity, and Clear filters.
import { ChevronDown, X } from "lucide-react";
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
import { SearchInput } from "@/components/ui/search-input";
import type { TeamOption } from "@/db/queries/teams";
import { ROLE_LABELS, ROLES } from "@/lib/permissions";
import {
  ACTIVITY_LEVELS,
  hasActiveFilters,
  JOINED_WINDOWS,
  MAX_QUERY_LENGTH,
  MEMBER_STATUSES,
  type ActivityLevel,
  type JoinedWindow,
} from "@/lib/validation/members-search";
import { ACTIVITY_LABELS, JOINED_LABELS, STATUS_LABELS } from "./member-display";
import type { MembersSearchController } from "./use-members-search";


export interface FilterOptions {
  teams: TeamOption[];
  departments: string[];
}

export function MembersToolbar({ controller, options }: { controller: MembersSearchController; options: FilterOptions }) {
  const { search, setFilters, clearFilters } = controller;
  const teamNames = new Map(options.teams.map((t) => [t.id, t.name]));
  // A department in the URL that no member has any more still shows, so it can be unchecked.
  const departments = [...new Set([...options.departments, ...search.department])];

  return (
    <div className="flex flex-wrap items-center gap-2">
      <SearchInput
        value={search.q}
        onSearch={(q) => setFilters({ q }, { replace: true })}
        label="Search members by name, email, team or role"
        placeholder="Search members…"
        maxLength={MAX_QUERY_LENGTH}
        className="mb-1 sm:mr-1 sm:mb-0 sm:w-64"
        inputClassName="h-8"
      />
      <div className="contents" role="group" aria-label="Filters">
        <MultiFilter
          label="Role"
          options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          selected={search.role}
          onChange={(role) => setFilters({ role })}
        />
        <MultiFilter
          label="Status"
          options={MEMBER_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          selected={search.status}
          onChange={(status) => setFilters({ status })}
        />
        <MultiFilter
          label="Team"
          options={options.teams.map((t) => ({ value: t.id, label: t.name }))}
          selected={search.team.filter((id) => teamNames.has(id))}
          onChange={(team) => setFilters({ team })}
          emptyText="No teams yet"
        />
        <MultiFilter
          label="Department"
          options={departments.map((d) => ({ value: d, label: d }))}
          selected={search.department}
          onChange={(department) => setFilters({ department })}
          emptyText="No departments yet"
        />
        <SingleFilter
          label="Joined"
          anyLabel="Any time"
          options={JOINED_WINDOWS.map((d) => ({ value: String(d), label: JOINED_LABELS[d] }))}
          selected={search.joined === undefined ? undefined : String(search.joined)}
          onChange={(value) => setFilters({ joined: value ? (Number(value) as JoinedWindow) : undefined })}
        />
        <SingleFilter
          label="Activity"
          anyLabel="Any activity"
          options={ACTIVITY_LEVELS.map((a) => ({ value: a, label: ACTIVITY_LABELS[a].label, hint: ACTIVITY_LABELS[a].hint }))}
          selected={search.activity}
          onChange={(value) => setFilters({ activity: value as ActivityLevel | undefined })}
        />
        {hasActiveFilters(search) ? (
          <Button variant="ghost" size="sm" onClick={clearFilters} className="text-slate-600">
            <X className="size-4" aria-hidden="true" />
            Clear filters
          </Button>
        ) : null}
      </div>
    </div>
  );
}

interface Option {
  value: string;
  label: string;
  hint?: string;
}

function FilterTrigger({ label, summary, active }: { label: string; summary?: string; active: boolean }) {
  return (
    <DropdownMenuTrigger asChild>
      <Button
        variant="secondary"
        size="sm"
        aria-label={summary ? `${label} filter: ${summary}` : `${label} filter`}
        className={cn(
          "gap-1.5 data-[state=open]:bg-slate-50",
          active && "border-indigo-300 bg-indigo-50 text-indigo-800 hover:bg-indigo-100",
        )}
      >
        {label}
        {summary ? (
          <span className="max-w-32 truncate rounded bg-white/70 px-1.5 text-xs font-semibold text-indigo-700">{summary}</span>
        ) : null}
        <ChevronDown className="size-3.5 opacity-60" aria-hidden="true" />
      </Button>
    </DropdownMenuTrigger>
  );
}

function MultiFilter<T extends string>({
  label,
  options,
  selected,
  onChange,
  emptyText = "No options",
}: {
  label: string;
  options: { value: T; label: string }[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
  emptyText?: string;
}) {
  const summary =
    selected.length === 0
      ? undefined
      : selected.length === 1
        ? (options.find((o) => o.value === selected[0])?.label ?? "1")
        : `${selected.length}`;
  return (
    <DropdownMenu>
      <FilterTrigger label={label} summary={summary} active={selected.length > 0} />
      <DropdownMenuContent align="start" className="max-h-80">
        <DropdownMenuLabel>Filter by {label.toLowerCase()}</DropdownMenuLabel>
        {options.length === 0 ? <p className="px-2 py-1.5 text-sm text-slate-500">{emptyText}</p> : null}
        {options.map((option) => (
          <DropdownMenuCheckboxItem
            key={option.value}
            checked={selected.includes(option.value)}
            // Keep the menu open so several values can be picked.
            onSelect={(e) => e.preventDefault()}
            onCheckedChange={(checked) =>
              onChange(checked ? [...selected, option.value] : selected.filter((v) => v !== option.value))
            }
          >
            {option.label}
          </DropdownMenuCheckboxItem>
        ))}
        {selected.length > 0 ? (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuItem onSelect={() => onChange([])} className="text-slate-600">
              Clear {label.toLowerCase()} filter
            </DropdownMenuItem>
          </>
        ) : null}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

function SingleFilter({
  label,
  anyLabel,
  options,
  selected,
  onChange,
}: {
  label: string;
  anyLabel: string;
  options: Option[];
  selected: string | undefined;
  onChange: (value: string | undefined) => void;
}) {
  const current = options.find((o) => o.value === selected);
  return (
    <DropdownMenu>
      <FilterTrigger label={label} summary={current?.label} active={current !== undefined} />
      <DropdownMenuContent align="start">
        <DropdownMenuLabel>{label}</DropdownMenuLabel>
        <DropdownMenuRadioGroup value={selected ?? ""} onValueChange={(value) => onChange(value || undefined)}>
          <DropdownMenuRadioItem value="">{anyLabel}</DropdownMenuRadioItem>
          {options.map((option) => (
            <DropdownMenuRadioItem key={option.value} value={option.value}>
              <span>{option.label}</span>
              {option.hint ? <span className="ml-auto pl-4 text-xs text-slate-500">{option.hint}</span> : null}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
