// POST /api/webhooks/resend: Resend's delivery events (svix-signed). The body is capped at 1 MB
// before it is buffered, verified over its raw bytes, processed once per svix-id, answered quickly.
import { getDb } from "@/db";
import { env } from "@/lib/env";
import { readBodyCapped } from "@/lib/request/read-body";
import { handleResendWebhook } from "@/lib/webhooks/resend-webhook";

const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;

export async function POST(request: Request): Promise<Response> {
  const body = await readBodyCapped(request, MAX_WEBHOOK_BODY_BYTES);
  if (!body.ok) {
    return body.reason === "too_large"
      ? Response.json({ ok: false, error: "Payload too large" }, { status: 413 })
      : Response.json({ ok: false, error: "Unreadable body" }, { status: 400 });
  }
  try {
    const result = await handleResendWebhook(await getDb(), { rawBody: body.text, headers: request.headers, secret: env.RESEND_WEBHOOK_SECRET });
    return Response.json(result.body, { status: result.status });
  } catch (error) {
    console.error("[webhook] resend event failed", error instanceof Error ? error.message : error);
    // A 5xx makes Resend retry later; the svix-id was not recorded (the transaction rolled back).
    return Response.json({ ok: false, error: "Internal error" }, { status: 500 });
  }
}
