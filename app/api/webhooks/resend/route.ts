// POST /api/webhooks/resend: Resend's delivery events (svix-signed). Verified over the raw body,
// processed once per svix-id, answered quickly.
import { getDb } from "@/db";
import { env } from "@/lib/env";
import { handleResendWebhook } from "@/lib/webhooks/resend-webhook";

const MAX_BODY_BYTES = 256 * 1024;

export async function POST(request: Request): Promise<Response> {
  const rawBody = await request.text();
  if (rawBody.length > MAX_BODY_BYTES) return Response.json({ ok: false, error: "Payload too large" }, { status: 413 });
  try {
    const result = await handleResendWebhook(await getDb(), { rawBody, headers: request.headers, secret: env.RESEND_WEBHOOK_SECRET });
    return Response.json(result.body, { status: result.status });
  } catch (error) {
    console.error("[webhook] resend event failed", error instanceof Error ? error.message : error);
    // A 5xx makes Resend retry later; the svix-id was not recorded (the transaction rolled back).
    return Response.json({ ok: false, error: "Internal error" }, { status: 500 });
  }
}
