// Serving a SCIM request: bearer-token authentication (the organization is the token's), the
// organization's SCIM switch, content types (application/scim+json, application/json accepted),
// the body capped before it is buffered and parsed, SCIM error bodies for every failure, the
// request log (method, path, status, outcome, changes — never a token or a body) and the token's
// last use. Route handlers only say what the request does.
import "server-only";
import { getDb } from "@/db";
import type { Database } from "@/db/client";
import { insertScimRequest } from "@/db/queries/scim-requests";
import { findScimTokenByHash, findUsableScimToken, touchScimToken } from "@/db/queries/scim-tokens";
import { scimIdentity, type ScimIdentity } from "@/lib/actions/kernel/request-identity";
import { appUrl } from "@/lib/env";
import type { ActionResult } from "@/lib/errors";
import { requestOrigin } from "@/lib/request/client-ip";
import { readBodyCapped } from "@/lib/request/read-body";
import { SCIM_BASE_PATH, SCIM_CONTENT_TYPE, SCIM_MAX_BODY_BYTES } from "./constants";
import { ScimError, scimErrorBody, scimErrorFromFailure } from "./errors";
import { bearerTokenHash } from "./tokens";

export interface ScimContext {
  db: Database;
  identity: ScimIdentity;
  organizationId: string;
  url: URL;
  /** The endpoints' public base URL (APP_URL + /api/scim/v2), for `location` and `$ref`. */
  baseUrl: string;
  /** The JSON body; throws 400 invalidSyntax / 413 as a SCIM error. */
  json: () => Promise<unknown>;
}

export interface ScimResult {
  status: number;
  body?: unknown;
  /** For the request log: "created ada@acme.com", "no match". */
  outcome: string;
  changes?: Record<string, unknown> | null;
}

const JSON_TYPES = new Set([SCIM_CONTENT_TYPE, "application/json"]);
const TOUCH_INTERVAL_MS = 60_000;

export function scimBaseUrl(): string {
  return `${appUrl()}${SCIM_BASE_PATH}`;
}

export function scimResponse(status: number, body?: unknown, headers: Record<string, string> = {}): Response {
  if (status === 204 || body === undefined) return new Response(null, { status, headers });
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": `${SCIM_CONTENT_TYPE}; charset=utf-8`, ...headers } });
}

function errorResponse(error: ScimError): Response {
  const headers: Record<string, string> = error.status === 401 ? { "WWW-Authenticate": 'Bearer realm="SCIM"' } : {};
  return scimResponse(error.status, scimErrorBody(error), headers);
}

/** An action's result, or the SCIM error its refusal maps to. */
export function unwrap<T>(result: ActionResult<T>): T {
  if (!result.ok) throw scimErrorFromFailure(result);
  return result.data;
}

/** Discovery endpoints (no token needed, as RFC 7644 §4 permits); built per request from APP_URL. */
export function serveScimDiscovery(body: () => unknown | null): Response {
  const value = body();
  return value === null ? errorResponse(new ScimError(404, "Resource not found.")) : scimResponse(200, value);
}

async function authenticate(db: Database, request: Request): Promise<{ tokenId: string; organizationId: string; enabled: boolean } | null> {
  const hash = bearerTokenHash(request.headers.get("authorization"));
  if (!hash) return null;
  const token = await findScimTokenByHash(db, hash);
  if (!token) return null;
  const usable = await findUsableScimToken(db, { tokenId: token.id, now: new Date() });
  if (!usable) return null;
  return { tokenId: token.id, organizationId: usable.organization.id, enabled: usable.organization.scimEnabled };
}

function bodyReader(request: Request): () => Promise<unknown> {
  return async () => {
    const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (!JSON_TYPES.has(type)) throw new ScimError(415, `Send the body as ${SCIM_CONTENT_TYPE} (or application/json).`, "invalidSyntax");
    const body = await readBodyCapped(request, SCIM_MAX_BODY_BYTES);
    if (!body.ok) {
      throw body.reason === "too_large"
        ? new ScimError(413, `The request body is larger than ${SCIM_MAX_BODY_BYTES / 1024 / 1024} MB.`)
        : new ScimError(400, "The request body could not be read.", "invalidSyntax");
    }
    try {
      return JSON.parse(body.text) as unknown;
    } catch {
      throw new ScimError(400, "The request body is not valid JSON.", "invalidSyntax");
    }
  };
}

/** Runs `handler` for an authenticated request of an organization that has SCIM enabled. */
export async function serveScim(request: Request, handler: (ctx: ScimContext) => Promise<ScimResult>): Promise<Response> {
  let db: Database;
  let auth: Awaited<ReturnType<typeof authenticate>>;
  try {
    db = await getDb();
    auth = await authenticate(db, request);
  } catch (error) {
    console.error("[scim] authentication failed", error instanceof Error ? error.message : error);
    return errorResponse(new ScimError(500, "Something went wrong. Please try again."));
  }
  if (!auth) return errorResponse(new ScimError(401, "A valid SCIM bearer token is required."));

  const url = new URL(request.url);
  let result: ScimResult;
  if (!auth.enabled) {
    result = { status: 403, body: scimErrorBody(new ScimError(403, "SCIM provisioning is turned off for this organization.")), outcome: "SCIM is turned off" };
  } else {
    const ctx: ScimContext = {
      db,
      identity: scimIdentity(auth.tokenId, requestOrigin(request.headers)),
      organizationId: auth.organizationId,
      url,
      baseUrl: scimBaseUrl(),
      json: bodyReader(request),
    };
    try {
      result = await handler(ctx);
    } catch (error) {
      const scimError = error instanceof ScimError ? error : new ScimError(500, "Something went wrong. Please try again.");
      if (!(error instanceof ScimError)) console.error("[scim] unexpected error", error instanceof Error ? error.message : error);
      result = { status: scimError.status, body: scimErrorBody(scimError), outcome: scimError.scimType ?? scimError.detail };
    }
  }
  await record(db, auth, request.method, url, result);
  return result.status >= 400
    ? scimResponse(result.status, result.body, result.status === 401 ? { "WWW-Authenticate": 'Bearer realm="SCIM"' } : {})
    : scimResponse(result.status, result.body, locationOf(result));
}

function locationOf(result: ScimResult): Record<string, string> {
  const location = (result.body as { meta?: { location?: unknown } } | undefined)?.meta?.location;
  return result.status === 201 && typeof location === "string" ? { Location: location } : {};
}

/** The log row and the token's last use; a failure here never fails the request. */
async function record(db: Database, auth: { tokenId: string; organizationId: string }, method: string, url: URL, result: ScimResult): Promise<void> {
  try {
    const now = new Date();
    const path = `${url.pathname.replace(SCIM_BASE_PATH, "") || "/"}${readable(url.search)}`;
    await insertScimRequest(db, {
      organizationId: auth.organizationId,
      method,
      path: path.slice(0, 500),
      status: result.status,
      outcome: result.outcome.slice(0, 200),
      changes: result.changes ?? null,
    });
    await touchScimToken(db, { tokenId: auth.tokenId, now, notSince: new Date(now.getTime() - TOUCH_INTERVAL_MS) });
  } catch (error) {
    console.error("[scim] request log failed", error instanceof Error ? error.message : error);
  }
}

/** The query string as people read it (filter="…" unescaped), or as sent when it doesn't decode. */
function readable(search: string): string {
  try {
    return decodeURIComponent(search.replace(/\+/g, " "));
  } catch {
    return search;
  }
}
