// The OpenAPI 3.1 document of the REST API, generated from the operations' own zod schemas (the
// ones that validate requests) with zod-openapi: nothing is written twice. Served at
// /api/v1/openapi.json and rendered as the API reference page.
import "server-only";
import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { API_SCOPES, SCOPE_LABELS } from "@/lib/api-keys/scopes";
import { WEBHOOK_EVENT_TYPES } from "@/lib/event-webhooks/event-types";
import type { ApiRoute } from "./define-api-route";
import { errorSchema } from "./schemas";

export const API_VERSION = "1.0.0";

const ERROR_TEXT: Record<number, string> = {
  400: "The body is not JSON, or a header is malformed.",
  401: "No API key, or a key that is malformed, expired or revoked.",
  403: "The key lacks the scope, its member's API access forbids it, or the member's role does not allow it.",
  404: "No such organization for this key, or no such resource in it.",
  409: "The change conflicts with the current state (or an Idempotency-Key request is still running).",
  413: "The request body is too large.",
  415: "The body is not sent as application/json.",
  422: "The input broke a rule; `fieldErrors` says where.",
  429: "Too many requests with this key: see the RateLimit headers.",
  500: "Something went wrong on the server.",
};
const COMMON_ERRORS = [401, 403, 404, 429, 500];

const rateLimitHeaders = z.object({
  RateLimit: z.string().meta({ description: 'Remaining quota and seconds until it resets, e.g. `"per-key";r=599;t=42`.' }),
  "RateLimit-Policy": z.string().meta({ description: 'The quota, e.g. `"per-key";q=600;w=60`.' }),
});

function errorResponse(status: number) {
  return { description: ERROR_TEXT[status] ?? "Error", content: { "application/json": { schema: errorSchema } } };
}

function operation(route: ApiRoute): ZodOpenApiOperationObject {
  const statuses = [...new Set([...route.errors, ...COMMON_ERRORS, ...(route.body ? [400, 413, 415, 422] : [])])].sort();
  const responses: Record<string, unknown> = {
    [String(route.status)]:
      route.status === 204
        ? { description: "Done.", headers: rateLimitHeaders }
        : { description: "OK", headers: rateLimitHeaders, content: { "application/json": { schema: route.response ?? z.object({}) } } },
  };
  for (const status of statuses) responses[String(status)] = errorResponse(status);
  const path = z.object({ orgId: z.uuid().meta({ description: "The organization's id (the key's own organization)." }) });
  return {
    operationId: route.operationId,
    summary: route.summary,
    description: [route.description, `Needs the \`${route.scope}\` scope.`].filter(Boolean).join("\n\n"),
    tags: [route.tag],
    security: [{ apiKey: [route.scope] }],
    "x-required-scope": route.scope,
    requestParams: {
      path: route.params ? path.extend(route.params.shape) : path,
      ...(route.query ? { query: route.query } : {}),
      ...(route.method === "POST"
        ? { header: z.object({ "Idempotency-Key": z.string().max(255).optional().meta({ description: "Repeat a POST safely: the first answer is replayed for 24 hours." }) }) }
        : {}),
    },
    ...(route.body ? { requestBody: { required: true, content: { "application/json": { schema: route.body } } } } : {}),
    responses: responses as unknown as ZodOpenApiOperationObject["responses"],
  };
}

const webhookEventSchema = z
  .object({
    type: z.enum(WEBHOOK_EVENT_TYPES),
    timestamp: z.iso.datetime({ offset: true }),
    data: z.object({
      organizationId: z.uuid(),
      target: z.object({ type: z.string().nullable(), id: z.string().nullable(), name: z.string().nullable(), email: z.string().nullable() }),
      actor: z.object({ type: z.string(), userId: z.string().nullable(), name: z.string().nullable(), email: z.string().nullable(), apiKeyId: z.string().nullable() }),
      channel: z.string(),
      details: z.record(z.string(), z.unknown()),
    }),
  })
  .meta({ id: "WebhookEvent" });

export function buildOpenApiDocument(routes: readonly ApiRoute[], serverUrl: string) {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes) {
    const item = (paths[route.path] ??= {});
    item[route.method.toLowerCase() as "get" | "post" | "patch" | "delete"] = operation(route);
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Roster REST API",
      version: API_VERSION,
      description:
        "Manage an organization's members, invitations and teams, and read its audit log, with a member's API key. " +
        "A key acts with its member's current role, narrowed by its scopes and the member's API access level; every change " +
        "is audited with the key as the actor and API as the channel.",
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    tags: [
      { name: "Members" },
      { name: "Invitations" },
      { name: "Teams" },
      { name: "Audit events" },
      { name: "API keys" },
    ],
    components: {
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          description: `A member's API key (rstr_…) in \`Authorization: Bearer\`. Scopes: ${API_SCOPES.map((s) => `\`${s}\` (${SCOPE_LABELS[s]})`).join(", ")}.`,
        },
      },
    },
    paths,
    webhooks: {
      event: {
        post: {
          summary: "Event webhook",
          description:
            "Sent to each enabled endpoint subscribed to the event type, signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature). " +
            "Answer 2xx within 10 seconds; anything else is retried with backoff.",
          requestBody: { content: { "application/json": { schema: webhookEventSchema } } },
          responses: { 200: { description: "Received." } },
        },
      },
    },
  });
}
