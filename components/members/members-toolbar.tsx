"use client";
// Above the members table: the debounced search and the Role, Status, Team, Department, Joined and
// Activity filters (the shared data table's toolbar and filter menus), and on the right the
// Columns menu and whatever the page adds (Export CSV).
import type { DataColumn } from "@/components/data-table/data-column";
import type { ReactNode } from "react";
import { DataTableColumnsMenu } from "@/components/data-table/data-table-columns-menu";
import { MultiFilter, SingleFilter } from "@/components/data-table/data-table-filters";
import { DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import type { MemberRow } from "./member-row";
import type { TeamOption } from "@/db/queries/teams";
import { ROLE_LABELS, ROLES } from "@/lib/permissions";
import {
  ACTIVITY_LEVELS,
  JOINED_WINDOWS,
  MAX_QUERY_LENGTH,
  MEMBER_STATUSES,
  type ActivityLevel,
  type JoinedWindow,
  type MembersSearch,
} from "@/lib/validation/members-search";
import { ACTIVITY_LABELS, JOINED_LABELS, STATUS_LABELS } from "./member-display";

export interface FilterOptions {
  teams: TeamOption[];
  departments: string[];
}

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));
const STATUS_OPTIONS = MEMBER_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));
const JOINED_OPTIONS = JOINED_WINDOWS.map((d) => ({ value: String(d), label: JOINED_LABELS[d] }));
const ACTIVITY_OPTIONS = ACTIVITY_LEVELS.map((a) => ({ value: a, label: ACTIVITY_LABELS[a].label, hint: ACTIVITY_LABELS[a].hint }));

export function MembersToolbar({
  search,
  options,
  onFilters,
  onClear,
  columns,
  end,
}: {
  search: MembersSearch;
  options: FilterOptions;
  onFilters: (patch: Partial<MembersSearch>, options?: { replace?: boolean }) => void;
  /** Set when a query or filter narrows the list. */
  onClear?: () => void;
  /** The table's columns, for the Columns menu. */
  columns: DataColumn<MemberRow>[];
  end?: ReactNode;
}) {
  const teamNames = new Map(options.teams.map((t) => [t.id, t.name]));
  // A department in the URL that no member has any more still shows, so it can be unchecked.
  const departments = [...new Set([...options.departments, ...search.department])];

  return (
    <DataTableToolbar
      search={{
        value: search.q,
        onSearch: (q) => onFilters({ q }, { replace: true }),
        label: "Search members by name, email, team or role",
        placeholder: "Search members…",
        maxLength: MAX_QUERY_LENGTH,
      }}
      onClearFilters={onClear}
      filters={
        <>
          <MultiFilter label="Role" options={ROLE_OPTIONS} selected={search.role} onChange={(role) => onFilters({ role })} />
          <MultiFilter label="Status" options={STATUS_OPTIONS} selected={search.status} onChange={(status) => onFilters({ status })} />
          <MultiFilter
            label="Team"
            options={options.teams.map((t) => ({ value: t.id, label: t.name }))}
            selected={search.team.filter((id) => teamNames.has(id))}
            onChange={(team) => onFilters({ team })}
            emptyText="No teams yet"
          />
          <MultiFilter
            label="Department"
            options={departments.map((d) => ({ value: d, label: d }))}
            selected={search.department}
            onChange={(department) => onFilters({ department })}
            emptyText="No departments yet"
          />
          <SingleFilter
            label="Joined"
            anyLabel="Any time"
            options={JOINED_OPTIONS}
            selected={search.joined === undefined ? undefined : String(search.joined)}
            onChange={(value) => onFilters({ joined: value ? (Number(value) as JoinedWindow) : undefined })}
          />
          <SingleFilter
            label="Activity"
            anyLabel="Any activity"
            options={ACTIVITY_OPTIONS}
            selected={search.activity}
            onChange={(value) => onFilters({ activity: value as ActivityLevel | undefined })}
          />
        </>
      }
      end={
        <>
          <DataTableColumnsMenu tableId="members" columns={columns} />
          {end}
        </>
      }
    />
  );
}
