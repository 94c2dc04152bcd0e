// The one HTTP client for event webhooks. Every address the host resolves to is checked against
// the address policy *at connection time* (a custom `lookup` on the request), so a DNS answer that
// changes after the URL was saved (rebinding) cannot reach a private address; an IP literal is
// checked before connecting (Node skips lookup for those). No redirects are followed, the whole
// exchange has a short deadline, and only the first bytes of the answer are kept for the log.
import "server-only";
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import type { LookupFunction } from "node:net";
import type { AddressPolicy } from "./address-policy";

export const DELIVERY_TIMEOUT_MS = 10_000;
/** Of an endpoint's answer, this much is kept for the delivery log. */
export const RESPONSE_LOG_BYTES = 1_000;

export type PostOutcome =
  | { ok: true; status: number; body: string }
  | { ok: false; status: number | null; body: string | null; error: string };

export class RefusedAddressError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RefusedAddressError";
  }
}

/** dns.lookup, refusing the whole answer if any address in it is not allowed. */
export function guardedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 4);
      const list = addresses as dns.LookupAddress[];
      for (const entry of list) {
        const refusal = policy(entry.address);
        if (refusal) return callback(new RefusedAddressError(`${hostname} resolves to a refused address: ${refusal}`), "", 4);
      }
      if (list.length === 0) return callback(new Error(`${hostname} has no address`), "", 4);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

export async function safePost(
  url: URL,
  { body, headers, policy, timeoutMs = DELIVERY_TIMEOUT_MS }: { body: string; headers: Record<string, string>; policy: AddressPolicy; timeoutMs?: number },
): Promise<PostOutcome> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (net.isIP(host)) {
    const refusal = policy(host);
    if (refusal) return { ok: false, status: null, body: null, error: `Refused: ${refusal}` };
  }
  const client = url.protocol === "https:" ? https : http;
  return new Promise<PostOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      resolve(outcome);
    };
    const request = client.request(
      url,
      {
        method: "POST",
        headers: { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(body), "user-agent": "Roster-Webhooks/1" },
        lookup: guardedLookup(policy),
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        response.on("data", (chunk: Buffer) => {
          if (kept < RESPONSE_LOG_BYTES) {
            chunks.push(chunk.subarray(0, RESPONSE_LOG_BYTES - kept));
            kept += Math.min(chunk.length, RESPONSE_LOG_BYTES - kept);
          } else {
            response.destroy();
          }
        });
        const done = () => {
          const status = response.statusCode ?? 0;
          const text = Buffer.concat(chunks).toString("utf8");
          if (status >= 200 && status < 300) finish({ ok: true, status, body: text });
          else if (status >= 300 && status < 400) finish({ ok: false, status, body: text, error: `Redirects are not followed (${status} to ${response.headers.location ?? "nowhere"}).` });
          else finish({ ok: false, status, body: text, error: `The endpoint answered ${status}.` });
        };
        response.on("end", done);
        response.on("close", done);
        response.on("error", done);
      },
    );
    const deadline = setTimeout(() => {
      request.destroy(new Error(`No answer within ${timeoutMs / 1000} s.`));
    }, timeoutMs);
    request.on("error", (error) => {
      const message = error instanceof RefusedAddressError ? `Refused: ${error.message}` : error.message;
      finish({ ok: false, status: null, body: null, error: message.slice(0, 500) });
    });
    request.end(body);
  });
}
