"use client";
// The members list as the shared data table: Member (name, email; role and status on phones),
// Role (a button opening the table's one role menu), Department, Teams, Status, Last Login,
// Joined, and the row's ⋯ button opening the table's one actions menu. Cells are plain markup
// styled by data-table.css: a 50-row page stays light, with no menu component tree per row.
import type { ColumnDef } from "@tanstack/react-table";
import { SearchX, UsersRound } from "lucide-react";
import { useMemo, type ReactNode } from "react";
import { DataTable, type TableSelection } from "@/components/data-table/data-table";
import { DataTableEmpty } from "@/components/data-table/data-table-empty";
import { JoinedOrInvited } from "@/components/member-profile/joined-or-invited";
import { RowMenuButton } from "@/components/data-table/row-menu-button";
import type { TableController } from "@/components/data-table/table-controller";
import { Button } from "@/components/ui/button";
import { avatarTone, initialsOf } from "@/components/ui/avatar";
import type { MemberListRow } from "@/db/queries/member-list";
import type { MemberSubject } from "@/lib/members/rules";
import type { MembersFilter } from "@/lib/validation/members-search";
import { formatDateTime, formatRelative } from "@/lib/format-time";
import { ROLE_LABELS, can } from "@/lib/permissions";
import { ROLE_TONES, STATUS_LABELS, STATUS_TONES } from "./member-display";
import { useMemberRowMenus } from "./member-row-menus";

// Narrow screens show fewer columns; the Member cell then carries role and status itself.
const FROM_SM = "hidden sm:table-cell";
const FROM_MD = "hidden md:table-cell";
const FROM_XL = "hidden xl:table-cell";

/**
 * The selected members for a bulk action: the ids ticked on this page, or — `allMatching` — every
 * member matching `filter` (`count` of them), which the action should select again on the server.
 */
export type MemberSelection = TableSelection & { filter: MembersFilter };

export interface MembersTableProps {
  rows: MemberListRow[];
  /** From useMemberColumns (the toolbar's Columns menu lists the same ones). */
  columns: ColumnDef<MemberListRow>[];
  controller: TableController;
  /** The list's current filter: what "all N matching" means. */
  filter: MembersFilter;
  /** True when the organization has no members at all (as opposed to none matching). */
  organizationEmpty: boolean;
  /** Row checkboxes, for those who have some bulk action. */
  selectable: boolean;
  /** What can be done with the selected members (bulk actions), shown in the selection bar. */
  selectionActions?: (selection: MemberSelection) => ReactNode;
  onOpen: (memberId: string) => void;
  onEdit: (memberId: string) => void;
  onClearFilters: () => void;
  query: string;
}

function RoleCell({ row, editable }: { row: MemberListRow; editable: boolean }) {
  const label = ROLE_LABELS[row.role];
  if (!editable) return <span className="dt-badge" data-tone={ROLE_TONES[row.role]}>{label}</span>;
  return (
    // The visible label comes first in the name (WCAG 2.5.3): "Viewer, change role of Vic Viewer".
    <RowMenuButton menu="role" label={`${label}, Change role of ${row.name}`} className="dt-badge dt-caret" data-tone={ROLE_TONES[row.role]}>
      {label}
    </RowMenuButton>
  );
}

function StatusCell({ row }: { row: MemberListRow }) {
  return (
    <span className="dt-badge dt-dot" data-tone={STATUS_TONES[row.status]}>
      {STATUS_LABELS[row.status]}
    </span>
  );
}

function TeamsCell({ teams }: { teams: string[] }) {
  if (teams.length === 0) return <span className="dt-none">—</span>;
  const [first, ...rest] = teams;
  return (
    <span className="dt-chips">
      <span className="dt-chip" title={first}>
        {first}
      </span>
      {rest.length > 0 ? (
        <span className="dt-chip" title={rest.join(", ")}>
          <span aria-hidden="true">+{rest.length}</span>
          <span className="sr-only">and {rest.join(", ")}</span>
        </span>
      ) : null}
    </span>
  );
}

function memberColumns(now: number, editable: boolean): ColumnDef<MemberListRow>[] {
  return [
    {
      id: "name",
      header: "Member",
      meta: {
        label: "Member",
        sortChoices: [
          { sort: "name", desc: false, label: "Name A–Z" },
          { sort: "name", desc: true, label: "Name Z–A" },
          { sort: "email", desc: false, label: "Email A–Z", badge: "email" },
          { sort: "email", desc: true, label: "Email Z–A", badge: "email" },
        ],
      },
      cell: ({ row: { original: m } }) => (
        <div className="dt-person">
          <span aria-hidden="true" className="dt-avatar" data-c={avatarTone(m.id)}>
            {initialsOf(m.name)}
          </span>
          <div>
            <div className="dt-name">{m.name}</div>
            <div className="dt-sub">{m.email}</div>
            <div className="dt-phone">
              <RoleCell row={m} editable={editable} />
              <StatusCell row={m} />
            </div>
          </div>
        </div>
      ),
    },
    { id: "role", header: "Role", meta: { className: FROM_MD }, cell: ({ row }) => <RoleCell row={row.original} editable={editable} /> },
    {
      id: "department",
      header: "Department",
      meta: { className: FROM_XL, label: "Department", hideable: true },
      cell: ({ row: { original: m } }) =>
        m.department ? (
          <span className="dt-clip" title={m.department}>
            {m.department}
          </span>
        ) : (
          <span className="dt-none">—</span>
        ),
    },
    {
      id: "teams",
      header: "Teams",
      enableSorting: false,
      meta: { className: FROM_XL, label: "Teams", hideable: true },
      cell: ({ row }) => <TeamsCell teams={row.original.teams} />,
    },
    { id: "status", header: "Status", meta: { className: FROM_MD }, cell: ({ row }) => <StatusCell row={row.original} /> },
    {
      id: "lastActive",
      header: "Last Login",
      sortDescFirst: true,
      meta: { className: FROM_SM, label: "Last Login", hideable: true },
      cell: ({ row: { original: m } }) =>
        m.lastActiveAt ? (
          <time dateTime={m.lastActiveAt.toISOString()} title={formatDateTime(m.lastActiveAt)} className="dt-nowrap">
            {formatRelative(m.lastActiveAt, now, { capitalized: true })}
          </time>
        ) : (
          <span className="dt-none">Never</span>
        ),
    },
    {
      id: "joined",
      header: "Joined",
      sortDescFirst: true,
      meta: { className: FROM_MD, label: "Joined", hideable: true },
      // Pending members haven't joined: "Invited <date>" instead.
      cell: ({ row: { original: m } }) => <JoinedOrInvited status={m.status} joinedAt={m.joinedAt} createdAt={m.createdAt} />,
    },
    {
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      enableSorting: false,
      meta: { className: "dt-actions", label: "Actions" },
      cell: ({ row }) => (
        <RowMenuButton menu="actions" label={`Actions for ${row.original.name}`} className="dt-menu-button dt-more">
          <span aria-hidden="true">⋯</span>
        </RowMenuButton>
      ),
    },
  ];
}

/** The table's columns for this viewer (role badges are menus for those who may change roles). */
export function useMemberColumns(viewer: MemberSubject, now: number): ColumnDef<MemberListRow>[] {
  const editable = can(viewer, "members.edit");
  return useMemo(() => memberColumns(now, editable), [now, editable]);
}

export function MembersTable(props: MembersTableProps) {
  const { selectionActions, filter } = props;
  const menus = useMemberRowMenus({ onOpen: props.onOpen, onEdit: props.onEdit });

  return (
    <DataTable<MemberListRow>
      id="members"
      label="Members"
      noun={{ one: "member", many: "members" }}
      columns={props.columns}
      rows={props.rows}
      getRowId={rowId}
      getRowLabel={rowName}
      controller={props.controller}
      selectable={props.selectable}
      selectionActions={selectionActions ? (selection) => selectionActions({ ...selection, filter }) : undefined}
      onOpenRow={(row) => props.onOpen(row.id)}
      menus={menus}
      empty={
        props.organizationEmpty ? (
          <DataTableEmpty icon={<UsersRound className="size-6" aria-hidden="true" />} title="No members yet">
            People appear here once they are invited to the organization.
          </DataTableEmpty>
        ) : (
          <DataTableEmpty
            icon={<SearchX className="size-6" aria-hidden="true" />}
            title="No members match your filters"
            action={
              <Button variant="secondary" size="sm" onClick={props.onClearFilters}>
                Clear filters
              </Button>
            }
          >
            {props.query ? `Nothing matches “${props.query}” with the filters you chose.` : "Try removing a filter or two."}
          </DataTableEmpty>
        )
      }
    />
  );
}

const rowId = (row: MemberListRow) => row.id;
const rowName = (row: MemberListRow) => row.name;
