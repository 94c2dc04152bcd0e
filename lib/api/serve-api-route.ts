// Binds an API operation to a Next.js route handler: the database and the URL's parameters, then
// the shared pipeline (handle-api-request.ts). Route files under app/api/v1 only export these.
import "server-only";
import { getDb } from "@/db";
import type { ApiRoute } from "./define-api-route";
import { handleApiRequest } from "./handle-api-request";

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

export function serveApiRoute(route: ApiRoute): (request: Request, context: RouteContext) => Promise<Response> {
  return async (request, context) => handleApiRequest(await getDb(), route, request, await context.params);
}
