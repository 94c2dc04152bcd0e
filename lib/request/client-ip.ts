// The one answer to "which address is this request from?", for rate limits, audit events and
// sessions. server.mjs decides it per connection (TCP peer plus only the configured proxy hops)
// and hands it over in a header with a per-process proof; a request that did not pass through it
// (e.g. `next start` run directly) has no known address rather than one a caller could forge.
import { CLIENT_IP_HEADER, CLIENT_IP_PROOF_HEADER, CLIENT_IP_PROOF_KEY, normalizeIp } from "./forwarded.mjs";

type HeaderSource = Pick<Headers, "get">;

let warned = false;

export function clientIp(headers: HeaderSource): string | null {
  const expected = (globalThis as Record<symbol, unknown>)[CLIENT_IP_PROOF_KEY];
  const proof = headers.get(CLIENT_IP_PROOF_HEADER);
  if (typeof expected !== "string" || !proof || proof !== expected) {
    if (!warned && typeof expected !== "string" && process.env.NODE_ENV === "production") {
      warned = true;
      console.warn("[roster] Started without server.mjs (npm start): client addresses are unknown, so per-IP limits are off.");
    }
    return null;
  }
  return normalizeIp(headers.get(CLIENT_IP_HEADER));
}

/** Who is calling, as far as the request tells: address and user agent (trimmed for storage). */
export function requestOrigin(headers: HeaderSource): { ip: string | null; userAgent: string | null } {
  return { ip: clientIp(headers), userAgent: headers.get("user-agent")?.slice(0, 500) ?? null };
}
