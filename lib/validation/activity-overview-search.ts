// The activity overview's URL state: the page of the inactive members list.
import { defineListState, type ListState } from "@/lib/url-state/define-list-state";
import { parseAsPage } from "@/lib/url-state/parsers";

export const INACTIVE_PAGE_SIZE = 25;
/** No activity for this many days makes a member inactive (seed 002). */
export const INACTIVE_AFTER_DAYS = 30;

export const activityOverviewSearch = defineListState({ page: parseAsPage }, { filters: [] });
export type ActivityOverviewSearch = ListState<typeof activityOverviewSearch.parsers>;
