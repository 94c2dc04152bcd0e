"use client";
// The interactive part of the Invitations view: toolbar, table (with bulk Remove for the ticked
// rows or all matching) and the row actions' dialogs, sharing one URL state
// (lib/validation/invitations-search.ts) with the server page.
import { useListState } from "@/components/data-table/use-list-state";
import { InvitationActionsProvider } from "@/components/invitations/list/invitation-actions";
import { InvitationsTable } from "@/components/invitations/list/invitations-table";
import { RemoveInvitationsButton } from "@/components/invitations/list/remove-invitations-button";
import { InvitationsToolbar } from "@/components/invitations/list/invitations-toolbar";
import type { InvitationListPage } from "@/db/queries/invitations";
import type { TeamOption } from "@/db/queries/teams";
import type { InvitationStatus } from "@/db/schema/enums";
import type { Actor } from "@/lib/permissions";
import { INVITATION_PAGE_SIZES, invitationsSearch } from "@/lib/validation/invitations-search";

export interface InvitationsPageClientProps {
  slug: string;
  viewer: Actor;
  list: InvitationListPage;
  counts: Record<InvitationStatus, number>;
  teams: TeamOption[];
  expiryDays: number;
  deliveryEnabled: boolean;
  now: number;
}

export function InvitationsPageClient(props: InvitationsPageClientProps) {
  const list = useListState(invitationsSearch);
  const controller = list.table({ page: props.list.page, pageCount: props.list.pageCount, total: props.list.total, pageSizes: INVITATION_PAGE_SIZES });
  const organizationHasNone = Object.values(props.counts).every((n) => n === 0);
  return (
    <InvitationActionsProvider slug={props.slug} viewer={props.viewer} teams={props.teams} expiryDays={props.expiryDays}>
      <section aria-label="Invitations list" className="rounded-xl border border-slate-200 bg-white shadow-sm">
        <div className="border-b border-slate-200 p-4">
          <InvitationsToolbar search={list.state} counts={props.counts} onFilters={list.setFilters} />
        </div>
        <InvitationsTable
          rows={props.list.rows}
          controller={controller}
          now={props.now}
          deliveryEnabled={props.deliveryEnabled}
          organizationHasNone={organizationHasNone}
          query={list.state.q}
          onShowAll={list.clearFilters}
          selectionActions={(selection) => (
            <RemoveInvitationsButton
              slug={props.slug}
              viewer={props.viewer}
              selection={selection}
              rows={props.list.rows}
              filter={{ status: list.state.status, q: list.state.q }}
            />
          )}
        />
      </section>
    </InvitationActionsProvider>
  );
}
