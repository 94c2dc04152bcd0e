// GET /api/v1/openapi.json: the REST API's OpenAPI 3.1 document, generated from the operations'
// zod schemas. Public: it describes the API, it grants nothing.
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { appUrl } from "@/lib/env";
import { API_ROUTES } from "../registry";

export function GET() {
  return Response.json(buildOpenApiDocument(API_ROUTES, appUrl()), { headers: { "Cache-Control": "public, max-age=300" } });
}
