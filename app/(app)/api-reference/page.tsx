// The API reference: a readable page generated from the same OpenAPI document the server publishes
// at /api/v1/openapi.json — every operation with its scope, parameters, body and answers, then the
// rules every call follows (keys, errors, rate limits, idempotency, pagination) and the webhooks.
import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { SimpleHeader } from "@/components/shell/simple-header";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { API_ROUTES } from "@/app/api/v1/registry";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { requireUser } from "@/lib/auth/org-context";
import { appUrl } from "@/lib/env";
import { WEBHOOK_EVENT_GROUPS } from "@/lib/event-webhooks/event-types";
import { FieldRow, SchemaFields, type Components, type JsonSchema } from "./schema-view";

export const metadata: Metadata = { title: "API reference" };

type Operation = {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema; description?: string }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: JsonSchema }> }>;
  "x-required-scope": string;
};

const METHOD_TONES: Record<string, BadgeTone> = { get: "blue", post: "green", patch: "orange", delete: "red" };

export default async function ApiReferencePage() {
  const user = await requireUser();
  const base = appUrl();
  const document = buildOpenApiDocument(API_ROUTES, base);
  const components = (document.components?.schemas ?? {}) as Components;
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>).map(([method, operation]) => ({ path, method, operation })),
  );
  const tags = (document.tags ?? []).map((t) => t.name);

  return (
    <div className="min-h-screen bg-slate-50">
      <SimpleHeader user={user} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8 sm:py-10">
        <Link href="/account/api-keys" className="mb-4 inline-flex items-center gap-1.5 text-sm font-medium text-slate-600 hover:text-slate-900">
          <ArrowLeft className="size-4" aria-hidden="true" />
          Your API keys
        </Link>
        <header className="space-y-2">
          <h1 className="text-2xl font-semibold text-slate-900">{document.info.title}</h1>
          <p className="max-w-3xl text-sm text-slate-600">{document.info.description}</p>
          <p className="text-sm text-slate-600">
            Base URL <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-900">{base}/api/v1</code> · version {document.info.version} ·{" "}
            <a href="/api/v1/openapi.json" className="font-medium text-indigo-700 hover:underline">
              OpenAPI document (JSON)
            </a>
          </p>
        </header>

        <div className="mt-8 gap-8 lg:grid lg:grid-cols-[13rem_minmax(0,1fr)]">
          <nav aria-label="API reference" className="mb-6 lg:sticky lg:top-6 lg:mb-0 lg:self-start">
            <ul className="space-y-3 text-sm">
              <li>
                <a href="#basics" className="font-medium text-slate-900 hover:underline">
                  Basics
                </a>
              </li>
              {tags.map((tag) => (
                <li key={tag}>
                  <p className="font-medium text-slate-900">{tag}</p>
                  <ul className="mt-1 space-y-1 border-l border-slate-200 pl-3">
                    {operations
                      .filter((o) => o.operation.tags.includes(tag))
                      .map(({ operation }) => (
                        <li key={operation.operationId}>
                          <a href={`#${operation.operationId}`} className="text-slate-600 hover:text-slate-900 hover:underline">
                            {operation.summary}
                          </a>
                        </li>
                      ))}
                  </ul>
                </li>
              ))}
              <li>
                <a href="#webhooks" className="font-medium text-slate-900 hover:underline">
                  Event webhooks
                </a>
              </li>
            </ul>
          </nav>

          <div className="min-w-0 space-y-8">
            <Basics base={base} />
            {tags.map((tag) => (
              <section key={tag} aria-labelledby={`tag-${tag}`} className="space-y-4">
                <h2 id={`tag-${tag}`} className="text-xl font-semibold text-slate-900">
                  {tag}
                </h2>
                {operations
                  .filter((o) => o.operation.tags.includes(tag))
                  .map(({ path, method, operation }) => (
                    <OperationCard key={operation.operationId} path={path} method={method} operation={operation} components={components} />
                  ))}
              </section>
            ))}
            <Webhooks />
          </div>
        </div>
      </main>
    </div>
  );
}

function OperationCard({ path, method, operation, components }: { path: string; method: string; operation: Operation; components: Components }) {
  const parameters = operation.parameters ?? [];
  const body = operation.requestBody?.content["application/json"]?.schema;
  const [success, ...errors] = Object.entries(operation.responses).sort(([a], [b]) => Number(a) - Number(b));
  const description = operation.description?.split("\n\n").filter((p) => !p.startsWith("Needs the"));
  return (
    <Card className="scroll-mt-6" id={operation.operationId}>
      <article aria-labelledby={`${operation.operationId}-title`}>
        <div className="border-b border-slate-200 px-5 py-4 sm:px-6">
          <h3 id={`${operation.operationId}-title`} className="text-base font-semibold text-slate-900">
            {operation.summary}
          </h3>
          <p className="mt-2 flex flex-wrap items-center gap-2">
            <Badge tone={METHOD_TONES[method] ?? "gray"} className="font-mono uppercase">
              {method}
            </Badge>
            <code className="font-mono text-sm break-all text-slate-800">{path}</code>
          </p>
          {description?.map((paragraph) => (
            <p key={paragraph} className="mt-2 text-sm text-slate-600">
              {paragraph}
            </p>
          ))}
          <p className="mt-2 text-sm text-slate-600">
            Scope: <code className="rounded bg-indigo-50 px-1.5 py-0.5 font-mono text-indigo-800">{operation["x-required-scope"]}</code>
          </p>
        </div>
        <div className="space-y-4 px-5 py-4 sm:px-6">
          {parameters.length > 0 ? (
            <div>
              <h4 className="text-sm font-semibold text-slate-900">Parameters</h4>
              <ul className="divide-y divide-slate-100">
                {parameters.map((p) => (
                  <FieldRow key={`${p.in}-${p.name}`} name={`${p.name} (${p.in})`} schema={{ ...p.schema, description: p.description ?? p.schema.description }} required={Boolean(p.required)} components={components} />
                ))}
              </ul>
            </div>
          ) : null}
          {body ? (
            <div>
              <h4 className="text-sm font-semibold text-slate-900">Request body (JSON)</h4>
              <SchemaFields schema={body} components={components} />
            </div>
          ) : null}
          {success ? (
            <div>
              <h4 className="text-sm font-semibold text-slate-900">
                Answer: {success[0]} {success[1].content ? "" : "(no body)"}
              </h4>
              {success[1].content?.["application/json"] ? <SchemaFields schema={success[1].content["application/json"].schema} components={components} /> : null}
            </div>
          ) : null}
          <div>
            <h4 className="text-sm font-semibold text-slate-900">Errors</h4>
            <ul className="mt-1 space-y-1 text-sm text-slate-700">
              {errors.map(([status, response]) => (
                <li key={status}>
                  <code className="font-mono font-semibold">{status}</code> — {response.description}
                </li>
              ))}
            </ul>
          </div>
        </div>
      </article>
    </Card>
  );
}

function Basics({ base }: { base: string }) {
  return (
    <section id="basics" aria-labelledby="basics-title" className="scroll-mt-6">
      <Card>
        <div className="space-y-4 px-5 py-5 text-sm text-slate-700 sm:px-6">
          <h2 id="basics-title" className="text-xl font-semibold text-slate-900">
            Basics
          </h2>
          <div>
            <h3 className="font-semibold text-slate-900">Authentication</h3>
            <p className="mt-1">
              Create a key on <Link href="/account/api-keys" className="font-medium text-indigo-700 hover:underline">Account → API keys</Link> and send it in the
              Authorization header. Cookies never authenticate the API. A key belongs to one organization (its id is in every path) and acts with its member&apos;s
              current role, limited to its scopes and to the member&apos;s API access level.
            </p>
            <pre className="mt-2 overflow-x-auto rounded-md bg-slate-900 p-3 font-mono text-xs text-slate-100">
              {`curl -H "Authorization: Bearer rstr_…" \\\n  ${base}/api/v1/organizations/<orgId>/members?limit=50`}
            </pre>
          </div>
          <div>
            <h3 className="font-semibold text-slate-900">Errors</h3>
            <p className="mt-1">
              Errors are JSON: <code className="font-mono">{`{ "code": "…", "message": "…", "fieldErrors": { "field": ["…"] } }`}</code>. The code is stable; the
              message is for people. 400 malformed JSON, 401 no valid key, 403 scope or role, 404 not in this organization, 409 conflict, 413 body over 256 KB, 415
              not JSON, 422 input that broke a rule, 429 rate limited.
            </p>
          </div>
          <div>
            <h3 className="font-semibold text-slate-900">Rate limits</h3>
            <p className="mt-1">
              Each key has a budget per minute. Every answer carries <code className="font-mono">RateLimit-Policy</code> and <code className="font-mono">RateLimit</code>{" "}
              (plus <code className="font-mono">RateLimit-Limit/-Remaining/-Reset</code>); a 429 carries <code className="font-mono">Retry-After</code>.
            </p>
          </div>
          <div>
            <h3 className="font-semibold text-slate-900">Idempotency</h3>
            <p className="mt-1">
              Send <code className="font-mono">Idempotency-Key</code> with a POST to retry it safely: the same request with the same key within 24 hours gets the first
              answer again (<code className="font-mono">Idempotent-Replayed: true</code>); another request with that key is 422, and one while the first is still running is 409.
            </p>
          </div>
          <div>
            <h3 className="font-semibold text-slate-900">Pagination</h3>
            <p className="mt-1">
              Lists of members and audit events return <code className="font-mono">nextCursor</code>; pass it as <code className="font-mono">cursor</code> with the same
              filters for the next page. Invitations are paged by <code className="font-mono">page</code> and <code className="font-mono">pageSize</code>.
            </p>
          </div>
        </div>
      </Card>
    </section>
  );
}

function Webhooks() {
  return (
    <section id="webhooks" aria-labelledby="webhooks-title" className="scroll-mt-6">
      <Card>
        <div className="space-y-3 px-5 py-5 text-sm text-slate-700 sm:px-6">
          <h2 id="webhooks-title" className="text-xl font-semibold text-slate-900">
            Event webhooks
          </h2>
          <p>
            Owners and Admins register HTTPS endpoints under Settings → Webhooks. Each event is POSTed as JSON{" "}
            <code className="font-mono">{`{ "type", "timestamp", "data": { "organizationId", "target", "actor", "channel", "details" } }`}</code>, signed per Standard
            Webhooks: verify <code className="font-mono">webhook-signature</code> over <code className="font-mono">webhook-id.webhook-timestamp.body</code> with the
            endpoint&apos;s <code className="font-mono">whsec_…</code> secret (any Standard Webhooks library does it). Answer 2xx within 10 seconds; failures are retried with
            backoff for about a day and a half, and <code className="font-mono">webhook-id</code> stays the same on every retry and resend.
          </p>
          <ul className="grid gap-3 sm:grid-cols-3">
            {WEBHOOK_EVENT_GROUPS.map((group) => (
              <li key={group.label}>
                <h3 className="font-semibold text-slate-900">{group.label}</h3>
                <ul className="mt-1 space-y-0.5 font-mono text-xs">
                  {group.types.map((type) => (
                    <li key={type}>{type}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      </Card>
    </section>
  );
}
