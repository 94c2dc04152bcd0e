// The OpenAPI document: valid OpenAPI 3.1 (checked against the specification's own JSON Schema),
// and describing exactly the routes that exist — every route file's handlers are in the document,
// and every operation in the document has a route file exporting its method.
import fs from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { API_ROUTES } from "@/app/api/v1/registry";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { API_SCOPES } from "@/lib/api-keys/scopes";

const ROOT = path.join(process.cwd(), "app", "api", "v1");
/** Routes that describe the API rather than being part of it. */
const META_ROUTES = new Set(["GET /openapi.json"]);

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** "METHOD /path/{param}" for every handler exported by the route files under app/api/v1. */
function routerOperations(): Set<string> {
  const operations = new Set<string>();
  for (const file of routeFiles(ROOT)) {
    const apiPath = path
      .relative(ROOT, path.dirname(file))
      .split(path.sep)
      .map((segment) => segment.replace(/^\[(\w+)\]$/, "{$1}"))
      .join("/");
    const source = fs.readFileSync(file, "utf8");
    for (const match of source.matchAll(/export (?:async )?(?:const|function) (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g)) {
      operations.add(`${match[1]} /${apiPath}`);
    }
  }
  return operations;
}

function documentOperations(document: ReturnType<typeof buildOpenApiDocument>): Set<string> {
  const operations = new Set<string>();
  for (const [apiPath, item] of Object.entries(document.paths ?? {})) {
    for (const method of ["get", "post", "put", "patch", "delete"] as const) {
      if ((item as Record<string, unknown>)[method]) operations.add(`${method.toUpperCase()} ${apiPath}`);
    }
  }
  return operations;
}

describe("OpenAPI document", () => {
  const document = buildOpenApiDocument(API_ROUTES, "https://roster.example.com");

  it("is valid OpenAPI 3.1", async () => {
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(JSON.stringify(document)) as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("documents every route the router serves", () => {
    const router = [...routerOperations()].filter((op) => !META_ROUTES.has(op));
    const documented = documentOperations(document);
    expect(router.filter((op) => !documented.has(op))).toEqual([]);
  });

  it("serves every operation it documents", () => {
    const router = routerOperations();
    expect([...documentOperations(document)].filter((op) => !router.has(op))).toEqual([]);
  });

  it("has the issue's endpoints", () => {
    const documented = documentOperations(document);
    for (const op of [
      "GET /organizations/{orgId}/members",
      "GET /organizations/{orgId}/members/{memberId}",
      "PATCH /organizations/{orgId}/members/{memberId}",
      "DELETE /organizations/{orgId}/members/{memberId}",
      "POST /organizations/{orgId}/members/bulk-invite",
      "GET /organizations/{orgId}/invitations",
      "POST /organizations/{orgId}/invitations/{invitationId}/resend",
      "DELETE /organizations/{orgId}/invitations/{invitationId}",
      "GET /organizations/{orgId}/teams",
      "POST /organizations/{orgId}/teams",
      "POST /organizations/{orgId}/teams/{teamId}/members",
      "DELETE /organizations/{orgId}/teams/{teamId}/members/{memberId}",
      "GET /organizations/{orgId}/audit-events",
      "POST /organizations/{orgId}/members/{memberId}/keys",
      "DELETE /organizations/{orgId}/members/{memberId}/keys",
    ]) {
      expect(documented, op).toContain(op);
    }
  });

  it("names each operation's scope, and only known scopes", () => {
    for (const route of API_ROUTES) {
      const operation = (document.paths as Record<string, Record<string, { security?: { apiKey: string[] }[] }>>)[route.path]![route.method.toLowerCase()]!;
      expect(operation.security).toEqual([{ apiKey: [route.scope] }]);
      expect(API_SCOPES).toContain(route.scope);
    }
  });

  it("describes request bodies with the handlers' own schemas (a change there shows here)", () => {
    const paths = document.paths as Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown>; required?: string[] } }> } }>>;
    const createTeam = paths["/organizations/{orgId}/teams"]!.post!.requestBody!.content["application/json"]!.schema;
    expect(Object.keys(createTeam.properties ?? {})).toEqual(["name", "description"]);
    expect(createTeam.required).toEqual(["name"]);
    const createKey = paths["/organizations/{orgId}/members/{memberId}/keys"]!.post!.requestBody!.content["application/json"]!.schema;
    expect(Object.keys(createKey.properties ?? {})).toEqual(["name", "scopes", "expiresIn"]);
  });
});
