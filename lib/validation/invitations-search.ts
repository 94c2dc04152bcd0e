// The Invitations view's URL state (status, email search, page, page size): one definition that
// the server page parses and the browser table writes (components/data-table/use-list-state.ts),
// so a shared or reloaded URL shows the same list. A bad value falls back to its default.
import type { InvitationStatus } from "@/db/schema/enums";
import { defineListState, type ListState } from "@/lib/url-state/define-list-state";
import { parseAsChoice, parseAsNumberChoice, parseAsPage, parseAsText } from "@/lib/url-state/parsers";

export const INVITATION_STATUSES = ["pending", "expired", "bounced", "declined", "accepted", "cancelled"] as const satisfies readonly InvitationStatus[];
// Fails to compile if the database enum gains a status this list lacks.
const statusesComplete: Exclude<InvitationStatus, (typeof INVITATION_STATUSES)[number]> extends never ? true : false = true;
void statusesComplete;

export const INVITATION_PAGE_SIZES = [10, 25, 50, 100] as const;
export const MAX_INVITATION_QUERY = 100;

export const invitationsSearch = defineListState(
  {
    status: parseAsChoice(["all", ...INVITATION_STATUSES] as const).withDefault("all"),
    q: parseAsText(MAX_INVITATION_QUERY),
    page: parseAsPage,
    pageSize: parseAsNumberChoice(INVITATION_PAGE_SIZES).withDefault(25),
  },
  { filters: ["status", "q"] },
);

export type InvitationsSearch = ListState<typeof invitationsSearch.parsers>;
export type InvitationStatusFilter = InvitationsSearch["status"];
