// One REST API operation, declared once: method and path, the scope a key needs, the zod schemas of
// its path parameters, query and body (the same schemas validate requests and generate the OpenAPI
// document), its success status and answer, and `run`, which calls the kernel action or query that
// the UI calls too — so the API has the UI's rules and audit, with the key as the actor.
import type { z } from "zod";
import type { Database } from "@/db/client";
import type { KeyForRequest } from "@/db/queries/api-keys";
import type { RequestIdentity } from "@/lib/actions/kernel/request-identity";
import type { ApiScope } from "@/lib/api-keys/scopes";
import type { ActionResult } from "@/lib/errors";

export type HttpMethod = "GET" | "POST" | "PATCH" | "DELETE";
export type ApiTag = "Members" | "Invitations" | "Teams" | "Audit events" | "API keys";

/** Who is calling and where: what `run` hands to the kernel. */
export interface ApiCall {
  db: Database;
  identity: RequestIdentity;
  /** The organization in the URL, checked to be the key's own. */
  org: { id: string };
  key: KeyForRequest;
}

type AnyObject = z.ZodObject;

export interface ApiRouteDefinition<P extends AnyObject, Q extends AnyObject, B extends z.ZodType> {
  method: HttpMethod;
  /** The OpenAPI path under /api/v1, e.g. "/organizations/{orgId}/members/{memberId}". */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: ApiTag;
  scope: ApiScope;
  /** Path parameters other than orgId; an id that fails its schema is a 404. */
  params?: P;
  query?: Q;
  body?: B;
  status: 200 | 201 | 204;
  /** The success answer's schema (absent for 204). */
  response?: z.ZodType;
  /** Statuses the operation may answer with beyond the ones every operation has. */
  errors: readonly number[];
  /**
   * `query` and `body` are parsed by the schemas above; `raw` holds them as sent, for kernel actions
   * and queries that parse the same input with the same schema themselves.
   */
  run: (
    call: ApiCall,
    input: { params: z.output<P>; query: z.output<Q>; body: z.output<B>; raw: { query: Record<string, string>; body: unknown } },
  ) => Promise<ActionResult<unknown>>;
}

export type ApiRoute = ApiRouteDefinition<AnyObject, AnyObject, z.ZodType>;

export function defineApiRoute<P extends AnyObject = AnyObject, Q extends AnyObject = AnyObject, B extends z.ZodType = z.ZodType>(
  definition: ApiRouteDefinition<P, Q, B>,
): ApiRoute {
  return definition as unknown as ApiRoute;
}
