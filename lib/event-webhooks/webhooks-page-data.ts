// What Settings → Webhooks shows: the organization's endpoints with their backlog, and one
// endpoint's delivery log (status, attempts, the endpoint's answer) a page at a time. The signing
// secret is never part of it.
import "server-only";
import { getDb } from "@/db";
import { getEndpoint, listDeliveries, listEndpoints } from "@/db/queries/event-webhooks";
import type { OrgContext } from "@/lib/auth/org-context";
import { can } from "@/lib/permissions";
import { DELIVERY_LOG_PAGE_SIZE, deliveryLogState } from "./delivery-log-state";

export async function loadWebhookEndpoints({ organization, member }: OrgContext) {
  return { endpoints: await listEndpoints(await getDb(), organization.id), canManage: can(member, "settings.manage") };
}

/** Null for an unknown endpoint (or another organization's). */
export async function loadEndpointDeliveries({ organization }: OrgContext, endpointId: string, searchParams: Record<string, string | string[] | undefined>) {
  const db = await getDb();
  if (!/^[0-9a-f-]{36}$/i.test(endpointId)) return null;
  const endpoint = await getEndpoint(db, { organizationId: organization.id, endpointId });
  if (!endpoint) return null;
  const state = deliveryLogState.parse(searchParams);
  const log = await listDeliveries(db, { organizationId: organization.id, endpointId, status: state.status, page: state.page, pageSize: DELIVERY_LOG_PAGE_SIZE });
  const { secretEncrypted: _secret, ...visible } = endpoint;
  return { endpoint: visible, log: { ...log, pageSize: DELIVERY_LOG_PAGE_SIZE }, now: Date.now() };
}
