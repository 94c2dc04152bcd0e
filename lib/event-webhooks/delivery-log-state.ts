// The delivery log's URL state (Settings → Webhooks → an endpoint): which page, and which statuses.
// Shared by the server page and the browser table (components/data-table/use-list-state.ts).
import { webhookDeliveryStatusEnum } from "@/db/schema/enums";
import { defineListState } from "@/lib/url-state/define-list-state";
import { oneOf, parseAsList, parseAsPage } from "@/lib/url-state/parsers";

export const DELIVERY_LOG_PAGE_SIZE = 25;

export const deliveryLogState = defineListState(
  { page: parseAsPage, status: parseAsList(oneOf(webhookDeliveryStatusEnum.enumValues)) },
  { filters: ["status"] },
);
