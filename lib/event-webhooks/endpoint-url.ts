// Checks an endpoint URL when it is saved: https only, no credentials in it, and a host whose every
// address is public (it is checked again at each connection, see safe-post.ts). Tests may allow
// http and private addresses through one explicitly named setting that production refuses.
import "server-only";
import dns from "node:dns/promises";
import net from "node:net";
import { webhookPrivateTargetsAllowed } from "@/lib/env";
import { anyAddress, publicAddressesOnly, type AddressPolicy } from "./address-policy";

/** The policy every connection follows: public addresses only, unless a test asked otherwise. */
export function deliveryAddressPolicy(): AddressPolicy {
  return webhookPrivateTargetsAllowed() ? anyAddress : publicAddressesOnly;
}

/** Null when the URL may be saved; otherwise why not (for the form's URL field). */
export async function whyEndpointUrlRefused(raw: string, resolve: (host: string) => Promise<string[]> = resolveAll): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "Enter a full URL, like https://example.com/webhooks/roster.";
  }
  const testing = webhookPrivateTargetsAllowed();
  if (url.protocol !== "https:" && !(testing && url.protocol === "http:")) return "The URL must start with https://.";
  if (url.username || url.password) return "Put no user name or password in the URL; verify requests by their signature instead.";
  if (url.hash) return "The URL can't have a #fragment.";
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (!testing && (host === "localhost" || host.endsWith(".localhost") || host.endsWith(".local") || host.endsWith(".internal"))) {
    return `${host} is not a public host name.`;
  }
  const policy = deliveryAddressPolicy();
  let addresses: string[];
  try {
    addresses = net.isIP(host) ? [host] : await resolve(host);
  } catch {
    return `${host} could not be resolved. Check the host name.`;
  }
  if (addresses.length === 0) return `${host} could not be resolved. Check the host name.`;
  for (const address of addresses) {
    const refusal = policy(address);
    if (refusal) return `Roster only sends webhooks to public addresses: ${refusal}`;
  }
  return null;
}

async function resolveAll(host: string): Promise<string[]> {
  const answers = await dns.lookup(host, { all: true });
  return answers.map((a) => a.address);
}
