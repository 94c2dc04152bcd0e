// Dev mailbox as JSON (for tests and scripts): GET /api/dev/mailbox?to=<email>, newest first.
// Does not exist in production unless ROSTER_DEV_MAILBOX=1.
import { devMailboxEnabled } from "@/lib/env";
import { loadMailbox } from "@/lib/email/mailbox";

export async function GET(request: Request) {
  if (!devMailboxEnabled()) return Response.json({ error: "Not found" }, { status: 404 });
  const to = new URL(request.url).searchParams.get("to")?.slice(0, 320) || undefined;
  const messages = await loadMailbox({ to, limit: 100 });
  return Response.json(
    messages.map(({ to, subject, text, links, appLink, createdAt }) => ({ to, subject, text, links, appLink, createdAt })),
    { headers: { "cache-control": "no-store" } },
  );
}
