// How a CSV download answers: the streamed file with a name, never cached or sniffed; or, when the
// export was refused, the refusal's status with its message (a stranger learns nothing more).
import "server-only";
import type { ActionResult } from "@/lib/errors";

const STATUS = { unauthenticated: 401, forbidden: 403, not_found: 404, invalid_input: 400, rate_limited: 429 } as const;

export function csvDownload(body: ReadableStream<Uint8Array>, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export function refusedDownload(result: Extract<ActionResult<unknown>, { ok: false }>): Response {
  const status = STATUS[result.code as keyof typeof STATUS] ?? 500;
  return new Response(`${result.error}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** "acme-activity-2026-03-01.csv" */
export function exportFilename(slug: string, what: string, now = new Date()): string {
  return `${slug}-${what}-${now.toISOString().slice(0, 10)}.csv`;
}
