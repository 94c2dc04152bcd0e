// Sends outbox messages through Resend and records each outcome: sent (with Resend's id), failed
// with a retry scheduled by exponential backoff, or dead. Without an API key nothing is sent and
// messages stay queued for the dev mailbox.
import "server-only";
import type { Resend } from "resend";
import type { Queryable } from "@/db/client";
import type { OutboxEmail } from "@/db/schema";
import { claimOutboxEmail, listDueOutboxIds, markOutboxFailed, markOutboxSent } from "@/db/queries/email-outbox";
import { env } from "@/lib/env";
import { getResendClient } from "./client";
import { decideAfterFailure, type SendError } from "./retry-policy";
import { fillSecret } from "./secret";

export const SEND_TIMEOUT_MS = 10_000;

export interface DeliveryOptions {
  /** Defaults to the configured client; null means "no API key" (nothing is sent). */
  client?: Resend | null;
  from?: string;
  timeoutMs?: number;
}

export type DeliveryOutcome =
  | { status: "sent"; providerMessageId: string | null }
  | { status: "failed"; error: string; nextAttemptAt: Date | null }
  | { status: "dead"; error: string }
  | { status: "skipped"; reason: "no_api_key" | "not_due" };

/** One delivery attempt of one message, if it is due. Never throws for a send failure. */
export async function deliverOutboxEmail(db: Queryable, id: string, options: DeliveryOptions = {}): Promise<DeliveryOutcome> {
  const client = options.client === undefined ? getResendClient() : options.client;
  if (!client) return { status: "skipped", reason: "no_api_key" };
  const message = await claimOutboxEmail(db, id);
  if (!message) return { status: "skipped", reason: "not_due" };

  const result = await send(client, message, options.from ?? env.EMAIL_FROM, options.timeoutMs ?? SEND_TIMEOUT_MS);
  if ("id" in result) {
    await markOutboxSent(db, message, result.id);
    return { status: "sent", providerMessageId: result.id };
  }
  const error = describe(result.error);
  const decision = decideAfterFailure(result.error, message.attempts);
  console.warn(`[email] outbox ${message.id} attempt ${message.attempts} failed (${decision.status}): ${error}`);
  const nextAttemptAt = await markOutboxFailed(db, message, { ...decision, error });
  return decision.status === "dead" ? { status: "dead", error } : { status: "failed", error, nextAttemptAt };
}

export interface DueDeliveryReport {
  sent: number;
  failed: number;
  dead: number;
  skipped: number;
}

/** Delivers up to `limit` due messages (new, retries, and sends whose worker vanished), one at a time. */
export async function deliverDueEmails(db: Queryable, options: DeliveryOptions & { limit?: number } = {}): Promise<DueDeliveryReport> {
  const report: DueDeliveryReport = { sent: 0, failed: 0, dead: 0, skipped: 0 };
  const client = options.client === undefined ? getResendClient() : options.client;
  if (!client) return report;
  for (const id of await listDueOutboxIds(db, options.limit ?? 20)) {
    const outcome = await deliverOutboxEmail(db, id, { ...options, client });
    report[outcome.status] += 1;
  }
  return report;
}

type SendResult = { id: string | null } | { error: SendError };

/** Calls the SDK (which reports errors as `{ error }`, not by throwing) and gives up after `timeoutMs`. */
async function send(client: Resend, message: OutboxEmail, from: string, timeoutMs: number): Promise<SendResult> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<SendResult>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ error: { name: "timeout", statusCode: null, message: `no answer from Resend within ${timeoutMs} ms` } });
    }, timeoutMs);
  });
  const request = client.emails
    .send(
      {
        from,
        to: [message.to],
        subject: message.subject,
        // The secret is filled in only now, on its way out; the stored bodies never hold it.
        html: fillSecret(message.html, message.secret),
        text: fillSecret(message.text, message.secret),
        tags: [{ name: "template", value: message.template.replace(/[^A-Za-z0-9_-]/g, "_") }],
      },
      // The outbox id makes a retry of a send Resend already accepted a no-op.
      { idempotencyKey: message.id, signal: controller.signal },
    )
    .then(
      ({ data, error }): SendResult => (error ? { error } : { id: data?.id ?? null }),
      (thrown: unknown): SendResult => ({
        error: { name: "application_error", statusCode: null, message: thrown instanceof Error ? thrown.message : String(thrown) },
      }),
    );
  try {
    return await Promise.race([request, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

function describe(error: SendError): string {
  const status = typeof error.statusCode === "number" ? `HTTP ${error.statusCode}` : "no response";
  const message = typeof error.message === "string" ? error.message : JSON.stringify(error);
  return `${status}${error.name ? ` ${error.name}` : ""}: ${message}`;
}
