"use client";
// The interactive part of the members page: toolbar, table, view modal and the Create/Edit
// modals, sharing one URL state (lib/validation/members-search.ts, read here through nuqs exactly
// as the server page read it).
import type { ReactNode } from "react";
import { BulkActionsMenu } from "@/components/bulk/bulk-actions-menu";
import { bulkSelectionOf } from "@/components/bulk/selection";
import { useListState } from "@/components/data-table/use-list-state";
import { Button } from "@/components/ui/button";
import { DisabledReason } from "@/components/ui/tooltip";
import { MemberFormDialog, type MemberFormState } from "@/components/members/member-form-dialog";
import { MemberActionsProvider } from "@/components/members/member-actions-provider";
import { MemberViewDialog, type LoadedMemberDetail } from "@/components/members/member-view-dialog";
import { MembersTable, useMemberColumns } from "@/components/members/members-table";
import { MembersToolbar, type FilterOptions } from "@/components/members/members-toolbar";
import type { MemberRow } from "@/components/members/member-row";
import { whyCannotEdit, type MemberSubject } from "@/lib/members/rules";
import { can, type Role } from "@/lib/permissions";
import { PAGE_SIZES, membersFilterOf, membersSearch } from "@/lib/validation/members-search";

export interface MembersPageClientProps {
  slug: string;
  viewer: MemberSubject;
  defaultRole: Role;
  /** The page the server rendered (the last one when the URL asked for a page past it). */
  page: number;
  /** The page of rows, compact (components/members/member-row.ts). */
  rows: MemberRow[];
  total: number;
  pageCount: number;
  organizationEmpty: boolean;
  filterOptions: FilterOptions;
  detail: LoadedMemberDetail | null;
  selectable: boolean;
  showActivity: boolean;
  now: number;
  /** Beside the filters, on the right (Export CSV). */
  toolbarEnd?: ReactNode;
}

export function MembersPageClient(props: MembersPageClientProps) {
  const list = useListState(membersSearch);
  const { state } = list;
  const { member: memberId, edit: editId, create } = state;
  const loaded = (id: string | undefined) => (id && props.detail?.memberId === id ? props.detail : null);
  const columns = useMemberColumns(props.viewer, props.now);

  const openMember = (id: string) => list.set({ member: id });
  const closeMember = () => list.set({ member: undefined }, { replace: true });
  const openEdit = (id: string) => list.set({ member: undefined, edit: id });
  const closeForm = () => list.set({ edit: undefined, create: undefined }, { replace: true });

  const formState: MemberFormState =
    create && can(props.viewer, "members.invite")
      ? { mode: "create" }
      : editId
        ? { mode: "edit", memberId: editId, member: loaded(editId)?.member ?? null, missing: loaded(editId)?.member === null }
        : { mode: "closed" };

  return (
    <MemberActionsProvider
      slug={props.slug}
      viewer={props.viewer}
      teams={props.filterOptions.teams}
      departments={props.filterOptions.departments}
      onRemoved={(id) => (id === memberId ? closeMember() : undefined)}
    >
      <section aria-label="Members list" className="rounded-xl border border-slate-200 bg-white shadow-sm">
        <div className="border-b border-slate-200 p-4">
          <MembersToolbar
            search={state}
            options={props.filterOptions}
            onFilters={list.setFilters}
            onClear={list.hasFilters ? list.clearFilters : undefined}
            columns={columns}
            end={props.toolbarEnd}
          />
        </div>
        <MembersTable
          rows={props.rows}
          columns={columns}
          controller={list.table({ page: props.page, pageCount: props.pageCount, total: props.total, pageSizes: PAGE_SIZES })}
          organizationEmpty={props.organizationEmpty}
          selectable={props.selectable}
          // Bulk actions in the selection bar: the ticked ids, or all matching the filter.
          selectionActions={(selection) => (
            <BulkActionsMenu
              slug={props.slug}
              viewer={props.viewer}
              teams={props.filterOptions.teams}
              selection={bulkSelectionOf(selection)}
              count={selection.count}
              onDone={selection.clear}
            />
          )}
          filter={membersFilterOf(state)}
          query={state.q}
          onOpen={openMember}
          onEdit={openEdit}
          onClearFilters={list.clearFilters}
        />
        <MemberViewDialog
          slug={props.slug}
          memberId={memberId}
          loaded={loaded(memberId)}
          preview={props.rows.find((row) => row.id === memberId)}
          showActivity={props.showActivity}
          now={props.now}
          onClose={closeMember}
          editAction={
            can(props.viewer, "members.edit")
              ? (member) => {
                  const reason = whyCannotEdit(props.viewer, member);
                  return (
                    <DisabledReason reason={reason}>
                      <Button variant="secondary" disabled={Boolean(reason)} onClick={() => openEdit(member.id)}>
                        Edit
                      </Button>
                    </DisabledReason>
                  );
                }
              : undefined
          }
        />
        <MemberFormDialog state={formState} defaultRole={props.defaultRole} onClose={closeForm} />
      </section>
    </MemberActionsProvider>
  );
}
