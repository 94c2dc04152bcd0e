"use client";
// The members list as the shared data table: Member (name, email; role and status on phones),
// Role (a button opening the table's one role menu), Department, Teams, Status, Last Login,
// Joined, and the row's ⋯ button opening the table's one actions menu. Cells are plain markup
// styled by data-table.css: a 50-row page stays light, with no menu component tree per row.
import type { DataColumn } from "@/components/data-table/data-column";
import { SearchX, UsersRound } from "lucide-react";
import { useMemo, type ReactNode } from "react";
import { DataTable, type TableSelection } from "@/components/data-table/data-table";
import { DataTableEmpty } from "@/components/data-table/data-table-empty";
import { JoinedOrInvited } from "@/components/member-profile/joined-or-invited";
import { RowMenuButton } from "@/components/data-table/row-menu-button";
import type { TableController } from "@/components/data-table/table-controller";
import { Button } from "@/components/ui/button";
import { avatarTone, initialsOf } from "@/components/ui/avatar";
import { useMediaQuery } from "@/components/ui/use-media-query";
import type { MemberSubject } from "@/lib/members/rules";
import type { MembersFilter } from "@/lib/validation/members-search";
import { formatDateTime, formatRelative } from "@/lib/format-time";
import { ROLE_LABELS, can } from "@/lib/permissions";
import { ROLE_TONES, STATUS_LABELS, STATUS_TONES } from "./member-display";
import type { MemberRow } from "./member-row";
import { useMemberRowMenus } from "./member-row-menus";

// Narrow screens show fewer columns; the Member cell then carries role and status itself.
// (data-table.css: .dt-md is "hidden md:table-cell" in a short class repeated on every row.)
const FROM_SM = "dt-sm";
const FROM_MD = "dt-md";
const FROM_XL = "dt-xl";

/**
 * The selected members for a bulk action: the ids ticked on this page, or — `allMatching` — every
 * member matching `filter` (`count` of them), which the action should select again on the server.
 */
export type MemberSelection = TableSelection & { filter: MembersFilter };

export interface MembersTableProps {
  rows: MemberRow[];
  /** From useMemberColumns (the toolbar's Columns menu lists the same ones). */
  columns: DataColumn<MemberRow>[];
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

function RoleCell({ row, editable }: { row: MemberRow; editable: boolean }) {
  const label = ROLE_LABELS[row.role];
  if (!editable) return <span className="dt-badge" data-tone={ROLE_TONES[row.role]}>{label}</span>;
  return (
    // The visible label comes first in the name (WCAG 2.5.3): "Viewer, change role of Vic Viewer".
    // (A role menu button's caret is drawn by data-table.css: button.dt-badge::after.)
    <RowMenuButton menu="role" label={`${label}, Change role of ${row.name}`} className="dt-badge" data-tone={ROLE_TONES[row.role]}>
      {label}
    </RowMenuButton>
  );
}

function StatusCell({ row }: { row: MemberRow }) {
  return (
    <span className="dt-badge dt-dot" data-tone={STATUS_TONES[row.status]}>
      {STATUS_LABELS[row.status]}
    </span>
  );
}

function TeamsCell({ teams }: { teams: string[] | undefined }) {
  if (!teams?.length) return <span className="dt-none">—</span>;
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

function LastActive({ at, now }: { at: Date; now: number }) {
  return (
    <time dateTime={at.toISOString()} title={formatDateTime(at)}>
      {formatRelative(at, now, { capitalized: true })}
    </time>
  );
}

function memberColumns(now: number, editable: boolean, narrow: boolean): DataColumn<MemberRow>[] {
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
      // Short markup, styled by data-table.css (.dt-person > span is the avatar, b the name, small
      // the email). Below md, where the Role and Status columns are hidden, the cell shows them
      // itself: that copy is rendered only on narrow screens (`narrow`, known in the browser), so
      // wide screens' HTML doesn't carry every row's role and status twice.
      cell: ({ row: { original: m } }) => (
        <div className="dt-person">
          <span aria-hidden="true" data-c={avatarTone(m.id)}>
            {initialsOf(m.name)}
          </span>
          <div>
            <b>{m.name}</b>
            <small>{m.email}</small>
            {narrow ? (
              <div className="dt-phone">
                <RoleCell row={m} editable={editable} />
                <StatusCell row={m} />
              </div>
            ) : null}
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
        m.lastActiveAt !== undefined ? (
          <LastActive at={new Date(m.lastActiveAt)} now={now} />
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
      cell: ({ row: { original: m } }) => (
        <JoinedOrInvited
          status={m.status}
          joinedAt={m.joinedAt === undefined ? null : new Date(m.joinedAt)}
          createdAt={new Date(m.invitedAt ?? m.joinedAt ?? 0)}
        />
      ),
    },
    {
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      enableSorting: false,
      meta: { className: "dt-actions", label: "Actions" },
      cell: ({ row }) => (
        // The ⋯ is drawn by data-table.css (.dt-more::before); the button is named by its label.
        <RowMenuButton menu="actions" label={`Actions for ${row.original.name}`} className="dt-menu-button dt-more" />
      ),
    },
  ];
}

/** Below Tailwind's md breakpoint (where the Role and Status columns are hidden). */
const NARROW = "(width < 48rem)";

/** The table's columns for this viewer (role badges are menus for those who may change roles). */
export function useMemberColumns(viewer: MemberSubject, now: number): DataColumn<MemberRow>[] {
  const editable = can(viewer, "members.edit");
  // True on a narrow screen; false on the server (and so in the HTML), then the browser's answer.
  const narrow = useMediaQuery(NARROW);
  return useMemo(() => memberColumns(now, editable, narrow), [now, editable, narrow]);
}

export function MembersTable(props: MembersTableProps) {
  const { selectionActions, filter } = props;
  const menus = useMemberRowMenus({ onOpen: props.onOpen, onEdit: props.onEdit });

  return (
    <DataTable<MemberRow>
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

const rowId = (row: MemberRow) => row.id;
const rowName = (row: MemberRow) => row.name;
