// Calls the SCIM route handlers directly with Request objects, the way Next.js would, against the
// test database (installed as the app's database for the duration of a test file).
import type { Database } from "@/db/client";
import * as groupRoute from "@/app/api/scim/v2/Groups/[id]/route";
import * as groupsRoute from "@/app/api/scim/v2/Groups/route";
import * as resourceTypeRoute from "@/app/api/scim/v2/ResourceTypes/[id]/route";
import * as resourceTypesRoute from "@/app/api/scim/v2/ResourceTypes/route";
import * as schemaRoute from "@/app/api/scim/v2/Schemas/[id]/route";
import * as schemasRoute from "@/app/api/scim/v2/Schemas/route";
import * as spcRoute from "@/app/api/scim/v2/ServiceProviderConfig/route";
import * as userRoute from "@/app/api/scim/v2/Users/[id]/route";
import * as usersRoute from "@/app/api/scim/v2/Users/route";

/** Makes `db` the database getDb() returns (db/index.ts keeps the app's on globalThis). */
export function useAppDatabase(db: Database): void {
  (globalThis as unknown as { rosterDb?: Promise<unknown> }).rosterDb = Promise.resolve({ db, driver: "pglite", rawQuery: async () => [], close: async () => {} });
}

export interface ScimCall {
  token?: string | null;
  body?: unknown;
  /** A raw body (malformed JSON, an oversized one). */
  raw?: string;
  contentType?: string;
}

export interface ScimReply {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

function route(pathname: string): { handlers: Record<string, Handler | undefined>; id?: string } {
  const [, collection, id] = pathname.split("/");
  const pick = (one: object, many: object) => ({ handlers: (id ? one : many) as Record<string, Handler | undefined>, id });
  switch (collection) {
    case "Users":
      return pick(userRoute, usersRoute);
    case "Groups":
      return pick(groupRoute, groupsRoute);
    case "ResourceTypes":
      return pick(resourceTypeRoute, resourceTypesRoute);
    case "Schemas":
      return pick(schemaRoute, schemasRoute);
    case "ServiceProviderConfig":
      return { handlers: spcRoute as Record<string, Handler | undefined> };
    default:
      throw new Error(`No SCIM route for ${pathname}`);
  }
}

/** `path` is below /api/scim/v2, with its query: "/Users?filter=…". */
export async function scim(method: string, path: string, call: ScimCall = {}): Promise<ScimReply> {
  const url = new URL(`http://localhost:3000/api/scim/v2${path}`);
  const { handlers, id } = route(url.pathname.replace("/api/scim/v2", ""));
  const handler = handlers[method];
  if (!handler) throw new Error(`${method} is not served at ${path}`);
  const headers = new Headers({ accept: "application/scim+json", "user-agent": "Okta SCIM Client 1.0.0" });
  if (call.token) headers.set("authorization", `Bearer ${call.token}`);
  const body = call.raw ?? (call.body === undefined ? undefined : JSON.stringify(call.body));
  if (body !== undefined) headers.set("content-type", call.contentType ?? "application/scim+json; charset=utf-8");
  const response = await handler(new Request(url, { method, headers, body }), { params: Promise.resolve({ id: decodeURIComponent(id ?? "") }) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : null };
}
