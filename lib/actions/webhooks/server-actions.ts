"use server";
// The event webhook actions as server functions the browser can call. Each one authorizes itself
// (session, membership of `slug`, permission, input) — see kernel/define-org-action.ts.
import { serveOrgAction } from "@/lib/actions/kernel/serve-org-action";
import { createWebhookEndpoint } from "./create-webhook-endpoint";
import { deleteWebhookEndpoint } from "./delete-webhook-endpoint";
import { resendWebhookDelivery } from "./resend-webhook-delivery";
import { rollWebhookSecret } from "./roll-webhook-secret";
import { updateWebhookEndpoint } from "./update-webhook-endpoint";

export async function createWebhookEndpointAction(slug: string, input: unknown) {
  return serveOrgAction(createWebhookEndpoint, slug, input);
}

export async function updateWebhookEndpointAction(slug: string, input: unknown) {
  return serveOrgAction(updateWebhookEndpoint, slug, input);
}

export async function rollWebhookSecretAction(slug: string, input: unknown) {
  return serveOrgAction(rollWebhookSecret, slug, input);
}

export async function deleteWebhookEndpointAction(slug: string, input: unknown) {
  return serveOrgAction(deleteWebhookEndpoint, slug, input);
}

export async function resendWebhookDeliveryAction(slug: string, input: unknown) {
  return serveOrgAction(resendWebhookDelivery, slug, input);
}
