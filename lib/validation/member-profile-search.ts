// The member profile's URL state: where the timeline's keyset page starts (see activity-search.ts).
import { defineListState, type ListState } from "@/lib/url-state/define-list-state";
import { parseAsPage } from "@/lib/url-state/parsers";
import { parseAsActivityCursor } from "./activity-search";

export const TIMELINE_PAGE_SIZE = 20;

export const memberProfileSearch = defineListState({ cursor: parseAsActivityCursor, page: parseAsPage }, { filters: [] });

export type MemberProfileSearch = ListState<typeof memberProfileSearch.parsers>;
