// The SCIM settings page's URL state: which page of the request log is shown (?log=2). Shared by
// the server page and the browser table (components/data-table/use-list-state.ts).
import { defineListState } from "@/lib/url-state/define-list-state";
import { parseAsWholeNumber } from "@/lib/url-state/parsers";

export const SCIM_LOG_PAGE_SIZE = 20;

export const scimLogState = defineListState({ page: parseAsWholeNumber(1, 100_000).withDefault(1) }, { filters: [] });
