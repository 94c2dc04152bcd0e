"use client";
// The interactive part of the members page: toolbar, table, view modal and the Create/Edit
// modals, sharing one URL state.
import { Button } from "@/components/ui/button";
import { DisabledReason } from "@/components/ui/tooltip";
import { MemberFormDialog, type MemberFormState } from "@/components/members/member-form-dialog";
import { MemberActionsProvider } from "@/components/members/member-actions-provider";
import { MemberViewDialog, type LoadedMemberDetail } from "@/components/members/member-view-dialog";
import { MembersTable } from "@/components/members/members-table";
import { MembersToolbar, type FilterOptions } from "@/components/members/members-toolbar";
import { useMembersSearch } from "@/components/members/use-members-search";
import type { MemberListRow } from "@/db/queries/member-list";
import { whyCannotEdit, type MemberSubject } from "@/lib/members/rules";
import { can, type Role } from "@/lib/permissions";
import type { MembersSearch } from "@/lib/validation/members-search";

export interface MembersPageClientProps {
  slug: string;
  viewer: MemberSubject;
  defaultRole: Role;
  search: MembersSearch;
  rows: MemberListRow[];
  total: number;
  pageCount: number;
  organizationEmpty: boolean;
  filterOptions: FilterOptions;
  detail: LoadedMemberDetail | null;
  selectable: boolean;
  showActivity: boolean;
  now: number;
}

export function MembersPageClient(props: MembersPageClientProps) {
  const controller = useMembersSearch(props.search);
  const { member: memberId, edit: editId, create } = controller.search;
  const loaded = (id: string | undefined) => (id && props.detail?.memberId === id ? props.detail : null);

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
      onRemoved={(id) => (id === memberId ? controller.closeMember() : undefined)}
    >
      <section aria-label="Members list" className="rounded-xl border border-slate-200 bg-white shadow-sm">
        <div className="border-b border-slate-200 p-4">
          <MembersToolbar controller={controller} options={props.filterOptions} />
        </div>
        <MembersTable
          rows={props.rows}
          total={props.total}
          pageCount={props.pageCount}
          controller={controller}
          organizationEmpty={props.organizationEmpty}
          selectable={props.selectable}
          now={props.now}
        />
        <MemberViewDialog
          memberId={memberId}
          loaded={loaded(memberId)}
          preview={props.rows.find((row) => row.id === memberId)}
          showActivity={props.showActivity}
          now={props.now}
          onClose={controller.closeMember}
          editAction={
            can(props.viewer, "members.edit")
              ? (member) => {
                  const reason = whyCannotEdit(props.viewer, member);
                  return (
                    <DisabledReason reason={reason}>
                      <Button variant="secondary" disabled={Boolean(reason)} onClick={() => controller.openEdit(member.id)}>
                        Edit
                      </Button>
                    </DisabledReason>
                  );
                }
              : undefined
          }
        />
        <MemberFormDialog state={formState} defaultRole={props.defaultRole} onClose={controller.closeForm} />
      </section>
    </MemberActionsProvider>
  );
}
