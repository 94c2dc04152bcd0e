// The one place that constructs the Resend SDK client; null when no API key is configured.
import "server-only";
import { Resend } from "resend";

/**
 * Reads RESEND_API_KEY when called, not at import, so tests (and a process whose env changes) get
 * the current value; the SDK itself reads RESEND_BASE_URL in its constructor. lib/env.ts has
 * already validated both at startup.
 */
export function getResendClient(apiKey: string | undefined = process.env.RESEND_API_KEY): Resend | null {
  if (!apiKey) return null;
  return new Resend(apiKey);
}
