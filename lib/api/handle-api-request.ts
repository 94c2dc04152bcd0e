// The REST API's request pipeline, the same for every operation: Bearer key (401) → per-key rate
// limit (429, RateLimit headers on every answer from here on) → the key's organization is the URL's
// (404) → member active and API access allowed (403) → scope (403) → path ids (404) → query (422) →
// body capped before buffering (413), JSON (415/400), schema (422) → Idempotency-Key on POST → the
// kernel → a JSON answer. Cookies are never read, so no session can be ridden into the API (no CSRF).
import "server-only";
import crypto from "node:crypto";
import type { Database } from "@/db/client";
import { claimIdempotencyKey, completeIdempotencyKey, deleteStaleIdempotencyKey, releaseIdempotencyKey } from "@/db/queries/idempotency";
import type { RequestIdentity } from "@/lib/actions/kernel/request-identity";
import { fieldErrorsOf } from "@/lib/actions/kernel/field-errors";
import { authenticateApiKey, noteApiKeyUse } from "@/lib/api-keys/authenticate-key";
import { effectiveScopes } from "@/lib/api-keys/scopes";
import { requestOrigin } from "@/lib/request/client-ip";
import { readBodyCapped } from "@/lib/request/read-body";
import { apiErrorBody, statusOf, type ApiErrorCode } from "./api-errors";
import { apiRateLimitState, apiRateLimitWindow } from "./api-rate-limit";
import type { ApiRoute } from "./define-api-route";

/** Request bodies beyond this are refused before they are read (500 addresses fit in ~30 KB). */
export const MAX_API_BODY_BYTES = 256 * 1024;
const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const BASE_HEADERS = { "Cache-Control": "no-store", "Content-Type": "application/json; charset=utf-8" };

function json(status: number, body: unknown, headers: Record<string, string>): Response {
  if (status === 204) {
    const { ["Content-Type"]: _omit, ...rest } = headers;
    return new Response(null, { status, headers: rest });
  }
  return new Response(JSON.stringify(body), { status, headers });
}

function failure(code: ApiErrorCode, message: string, headers: Record<string, string>, fieldErrors?: Record<string, string[] | undefined>): Response {
  return json(statusOf(code), apiErrorBody(code, message, fieldErrors), headers);
}

/** Query parameters as a record; a repeated parameter becomes one comma list. */
function queryRecord(url: URL): Record<string, string> {
  const record: Record<string, string> = {};
  for (const key of new Set(url.searchParams.keys())) record[key] = url.searchParams.getAll(key).join(",");
  return record;
}

export async function handleApiRequest(
  db: Database,
  route: ApiRoute,
  request: Request,
  params: Record<string, string | string[] | undefined>,
): Promise<Response> {
  const headers: Record<string, string> = { ...BASE_HEADERS };
  try {
    const now = Date.now();
    const auth = await authenticateApiKey(db, request.headers.get("authorization"), apiRateLimitWindow(now), new Date(now));
    if (!auth.ok) return failure("unauthenticated", auth.message, { ...headers, "WWW-Authenticate": 'Bearer realm="roster"' });
    const { key } = auth;

    const limit = apiRateLimitState(auth.requests, now);
    Object.assign(headers, limit.headers);
    if (!limit.ok) return failure("rate_limited", "Too many requests with this API key. Wait for the window in RateLimit to end.", headers);

    const origin = requestOrigin(request.headers);
    await noteApiKeyUse(db, key, origin.ip);

    const orgId = typeof params.orgId === "string" ? params.orgId : "";
    if (!UUID.test(orgId) || orgId.toLowerCase() !== key.organizationId) return failure("not_found", "Organization not found.", headers);
    const member = key.member!;
    if (member.status !== "active") return failure("member_inactive", "The member this key acts for is not active in this organization.", headers);
    if (member.apiAccess === "none") return failure("api_access_denied", "API access is turned off for the member this key acts for.", headers);
    if (!effectiveScopes(key.scopes, member.apiAccess).includes(route.scope)) {
      const why = key.scopes.includes(route.scope) ? "the member's API access is read-only" : "the key lacks it";
      return failure("insufficient_scope", `This operation needs the ${route.scope} scope, and ${why}.`, {
        ...headers,
        "WWW-Authenticate": `Bearer realm="roster", error="insufficient_scope", scope="${route.scope}"`,
      });
    }

    const pathParams = route.params ? route.params.safeParse(params) : { success: true as const, data: {} };
    if (!pathParams.success) return failure("not_found", "Not found.", headers);

    const url = new URL(request.url);
    const rawQuery = queryRecord(url);
    const query = route.query ? route.query.safeParse(rawQuery) : { success: true as const, data: {} };
    if (!query.success) return failure("invalid_input", "Some query parameters are invalid.", headers, fieldErrorsOf(query.error));

    let body: unknown = undefined;
    let rawBody: unknown = undefined;
    let bodyText = "";
    if (route.body) {
      const read = await readBodyCapped(request, MAX_API_BODY_BYTES);
      if (!read.ok) {
        return read.reason === "too_large"
          ? failure("payload_too_large", `The request body is larger than ${MAX_API_BODY_BYTES / 1024} KB.`, headers)
          : failure("invalid_json", "The request body could not be read as UTF-8.", headers);
      }
      bodyText = read.text;
      const type = request.headers.get("content-type") ?? "";
      if (bodyText.trim() !== "" && !/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
        return failure("unsupported_media_type", "Send the body as JSON with Content-Type: application/json.", headers);
      }
      let raw: unknown;
      try {
        raw = bodyText.trim() === "" ? undefined : JSON.parse(bodyText);
      } catch {
        return failure("invalid_json", "The request body is not valid JSON.", headers);
      }
      if (raw === undefined) return failure("invalid_json", "This operation needs a JSON request body.", headers);
      rawBody = raw;
      const parsed = route.body.safeParse(raw);
      if (!parsed.success) return failure("invalid_input", "Please correct the highlighted fields.", headers, fieldErrorsOf(parsed.error));
      body = parsed.data;
    }

    // The membership just read with the key serves the kernel's caller check for this request.
    const identity: RequestIdentity = {
      user: key.user,
      ...origin,
      channel: "api",
      credential: { type: "api_key", id: key.id },
      membership: { organization: key.organization!, member },
    };
    const call = { db, identity, org: { id: key.organizationId }, key };
    const execute = async (): Promise<{ status: number; body: unknown }> => {
      const result = await route.run(call, { params: pathParams.data, query: query.data, body, raw: { query: rawQuery, body: rawBody } } as never);
      if (result.ok) return { status: route.status, body: route.status === 204 ? null : result.data };
      return { status: statusOf(result.code), body: apiErrorBody(result.code, result.error, result.fieldErrors) };
    };

    const idempotencyKey = route.method === "POST" ? request.headers.get("idempotency-key") : null;
    if (idempotencyKey === null) {
      const outcome = await execute();
      return json(outcome.status, outcome.body, headers);
    }
    if (!IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey)) {
      return failure("invalid_idempotency_key", "Idempotency-Key must be 1–255 visible ASCII characters.", headers);
    }
    return await idempotent(db, { apiKeyId: key.id, key: idempotencyKey, fingerprint: fingerprintOf(request.method, url, bodyText) }, execute, headers);
  } catch (error) {
    console.error("[api] unexpected error", error instanceof Error ? error.message : error);
    return failure("internal", "Something went wrong. Please try again.", headers);
  }
}

function fingerprintOf(method: string, url: URL, bodyText: string): string {
  return crypto.createHash("sha256").update(`${method} ${url.pathname}\n${bodyText}`).digest("hex");
}

/**
 * Runs a POST at most once per Idempotency-Key (IETF draft-ietf-httpapi-idempotency-key-header):
 * a repeat gets the first answer again; the same key with another request is 422; a repeat while
 * the first is still running is 409. Server errors are not remembered, so a retry runs again.
 */
async function idempotent(
  db: Database,
  claim: { apiKeyId: string; key: string; fingerprint: string },
  execute: () => Promise<{ status: number; body: unknown }>,
  headers: Record<string, string>,
): Promise<Response> {
  await deleteStaleIdempotencyKey(db, { apiKeyId: claim.apiKeyId, key: claim.key, olderThan: new Date(Date.now() - IDEMPOTENCY_TTL_MS) });
  const earlier = await claimIdempotencyKey(db, claim);
  if (earlier) {
    if (earlier.requestFingerprint !== claim.fingerprint) {
      return failure("idempotency_key_reused", "This Idempotency-Key was used for a different request.", headers);
    }
    if (earlier.responseStatus === null) return failure("idempotency_key_in_use", "A request with this Idempotency-Key is still being processed.", headers);
    return json(earlier.responseStatus, earlier.responseBody, { ...headers, "Idempotent-Replayed": "true" });
  }
  let outcome: { status: number; body: unknown };
  try {
    outcome = await execute();
  } catch (error) {
    await releaseIdempotencyKey(db, claim);
    throw error;
  }
  if (outcome.status >= 500) await releaseIdempotencyKey(db, claim);
  else await completeIdempotencyKey(db, { ...claim, status: outcome.status, body: JSON.parse(JSON.stringify(outcome.body ?? null)) });
  return json(outcome.status, outcome.body, headers);
}
