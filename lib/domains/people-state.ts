// Settings → Domains' URL state: which page of "on your domains, not members" is shown (?people=2).
// Shared by the server page and the browser table (components/data-table/use-list-state.ts).
import { defineListState } from "@/lib/url-state/define-list-state";
import { parseAsWholeNumber } from "@/lib/url-state/parsers";

export const DOMAIN_PEOPLE_PAGE_SIZE = 20;

export const domainPeopleState = defineListState({ page: parseAsWholeNumber(1, 100_000).withDefault(1) }, { filters: [] });
