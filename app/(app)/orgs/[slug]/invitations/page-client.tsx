"use client";
// The interactive part of the Invitations view: filters, table and the row actions' dialogs,
// sharing one URL state.
import { InvitationActionsProvider } from "@/components/invitations/list/invitation-actions";
import type { InvitationsSearch } from "@/lib/validation/invitations-search";
import { InvitationsTable } from "@/components/invitations/list/invitations-table";
import { InvitationsToolbar } from "@/components/invitations/list/invitations-toolbar";
import { useInvitationsSearch } from "@/components/invitations/list/use-invitations-search";
import type { InvitationListPage } from "@/db/queries/invitations";
import type { TeamOption } from "@/db/queries/teams";
import type { InvitationStatus } from "@/db/schema/enums";
import type { Actor } from "@/lib/permissions";

export interface InvitationsPageClientProps {
  slug: string;
  viewer: Actor;
  search: InvitationsSearch;
  list: InvitationListPage;
  counts: Record<InvitationStatus, number>;
  teams: TeamOption[];
  expiryDays: number;
  deliveryEnabled: boolean;
  now: number;
}

export function InvitationsPageClient(props: InvitationsPageClientProps) {
  const controller = useInvitationsSearch(props.search);
  const organizationHasNone = Object.values(props.counts).every((n) => n === 0);
  return (
    <InvitationActionsProvider slug={props.slug} viewer={props.viewer} teams={props.teams} expiryDays={props.expiryDays}>
      <section aria-label="Invitations list" className="rounded-xl border border-slate-200 bg-white shadow-sm">
        <div className="border-b border-slate-200 p-4">
          <InvitationsToolbar controller={controller} counts={props.counts} />
        </div>
        <InvitationsTable
          list={props.list}
          controller={controller}
          now={props.now}
          deliveryEnabled={props.deliveryEnabled}
          organizationHasNone={organizationHasNone}
        />
      </section>
    </InvitationActionsProvider>
  );
}
