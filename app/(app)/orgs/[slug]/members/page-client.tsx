"use client";
// The interactive part of the members page: toolbar, table and view modal, sharing one URL state.
import { MemberViewDialog, type LoadedMemberDetail } from "@/components/members/member-view-dialog";
import { MembersTable } from "@/components/members/members-table";
import { MembersToolbar, type FilterOptions } from "@/components/members/members-toolbar";
import { useMembersSearch } from "@/components/members/use-members-search";
import type { MemberListRow } from "@/db/queries/member-list";
import type { MembersSearch } from "@/lib/validation/members-search";

export interface MembersPageClientProps {
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
  const memberId = controller.search.member;

  return (
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
        loaded={props.detail}
        preview={props.rows.find((row) => row.id === memberId)}
        showActivity={props.showActivity}
        now={props.now}
        onClose={controller.closeMember}
      />
    </section>
  );
}
