// Calls the REST API in-process, through the very pipeline the route files use (handleApiRequest),
// with the route found from the registry by method and path — and mints API keys for fixtures
// straight into the database (the create action is tested on its own).
import type { Database } from "@/db/client";
import { apiKeys, type Member } from "@/db/schema";
import { API_ROUTES } from "@/app/api/v1/registry";
import { handleApiRequest } from "@/lib/api/handle-api-request";
import { generateApiKey } from "@/lib/api-keys/key-format";
import { API_SCOPES, type ApiScope } from "@/lib/api-keys/scopes";

export interface ApiAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

export async function mintKey(
  db: Database,
  member: Pick<Member, "id" | "organizationId">,
  { scopes = [...API_SCOPES], expiresAt = null, revokedAt = null }: { scopes?: ApiScope[]; expiresAt?: Date | null; revokedAt?: Date | null } = {},
): Promise<{ id: string; key: string }> {
  const generated = generateApiKey();
  const [row] = await db
    .insert(apiKeys)
    .values({ organizationId: member.organizationId, memberId: member.id, name: "test key", prefix: generated.prefix, keyHash: generated.keyHash, scopes, expiresAt, revokedAt })
    .returning();
  return { id: row!.id, key: generated.key };
}

function match(method: string, path: string) {
  for (const route of API_ROUTES) {
    if (route.method !== method) continue;
    const names: string[] = [];
    const pattern = new RegExp(`^${route.path.replace(/\{(\w+)\}/g, (_m, name: string) => (names.push(name), "([^/]+)"))}$`);
    const found = pattern.exec(path);
    if (found) return { route, params: Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1]!)])) };
  }
  throw new Error(`no API route for ${method} ${path}`);
}

export async function callApi(
  db: Database,
  method: "GET" | "POST" | "PATCH" | "DELETE",
  pathAndQuery: string,
  { key, body, rawBody, headers = {} }: { key?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<ApiAnswer> {
  const url = new URL(`http://localhost/api/v1${pathAndQuery}`);
  const { route, params } = match(method, url.pathname.replace(/^\/api\/v1/, ""));
  const text = rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
  const request = new Request(url, {
    method,
    headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(text !== undefined ? { "content-type": "application/json" } : {}), ...headers },
    body: text,
  });
  const response = await handleApiRequest(db, route, request, params);
  const content = await response.text();
  return { status: response.status, headers: response.headers, body: content ? (JSON.parse(content) as unknown) : null };
}
