// The access review pages' URL state: the list's page; a review's people (waiting for a decision,
// or everyone) and page; the new-review form's starting scope ("Start a review" from the overview).
import { defineListState, type ListState } from "@/lib/url-state/define-list-state";
import { parseAsChoice, parseAsPage } from "@/lib/url-state/parsers";
import { REVIEW_SCOPE_KINDS } from "./access-reviews";

export const REVIEW_LIST_PAGE_SIZE = 25;
export const REVIEW_ITEMS_PAGE_SIZE = 25;

export const reviewListSearch = defineListState({ page: parseAsPage }, { filters: [] });
export type ReviewListSearch = ListState<typeof reviewListSearch.parsers>;

export const reviewItemsSearch = defineListState({ show: parseAsChoice(["waiting", "all"]), page: parseAsPage }, { filters: ["show"] });
export type ReviewItemsSearch = ListState<typeof reviewItemsSearch.parsers>;

export const newReviewSearch = defineListState({ scope: parseAsChoice(REVIEW_SCOPE_KINDS) }, { filters: [] });
