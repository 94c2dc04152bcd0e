// Test helper: an outbox row's text as it would be sent (its secret filled in, while it has one).
import { fillSecret } from "@/lib/email/secret";

export function sentText(row: { text: string; secret: string | null }): string {
  return fillSecret(row.text, row.secret);
}
