// Decides a request's client address from the TCP peer and X-Forwarded-For, believing only as
// many forwarding hops as the operator configured (ROSTER_TRUSTED_PROXY_HOPS). Plain JavaScript
// because server.mjs (which runs before any TypeScript is compiled) and the app both use it.
import net from "node:net";

/** Request header server.mjs sets to the decided address (any value a client sent is removed). */
export const CLIENT_IP_HEADER = "x-roster-client-ip";
/** Request header carrying this process's secret, proving CLIENT_IP_HEADER was set by server.mjs. */
export const CLIENT_IP_PROOF_HEADER = "x-roster-client-ip-proof";
/** Where server.mjs keeps that secret for the app, in the same process. */
export const CLIENT_IP_PROOF_KEY = Symbol.for("roster.clientIpProof");

/** "::ffff:10.0.0.1" → "10.0.0.1"; anything that is not an IP address → null. */
export function normalizeIp(value) {
  if (typeof value !== "string") return null;
  let ip = value.trim();
  if (ip.startsWith("[") && ip.includes("]")) ip = ip.slice(1, ip.indexOf("]"));
  if (ip.toLowerCase().startsWith("::ffff:") && net.isIPv4(ip.slice(7))) ip = ip.slice(7);
  return net.isIP(ip) ? ip.toLowerCase() : null;
}

/**
 * The client address. Each trusted proxy appends the address it received the request from to
 * X-Forwarded-For, so with `hops` proxies the client is the entry `hops` places from the right of
 * [...forwardedFor, peer]. Entries further left were written by the client and prove nothing.
 * With no hops, or when the chain is shorter than it should be (someone reached the app without
 * passing every proxy), or an entry is not an address, the TCP peer is the answer.
 *
 * @param {{ socketAddress?: string | null, forwardedFor?: string | string[] | null, hops?: number }} input
 * @returns {string | null}
 */
export function resolveClientIp({ socketAddress, forwardedFor, hops = 0 }) {
  const peer = normalizeIp(socketAddress);
  if (!hops || hops < 1) return peer;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain = [
    ...header
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
    peer ?? "",
  ];
  const index = chain.length - 1 - hops;
  if (index < 0) return peer;
  return normalizeIp(chain[index]) ?? peer;
}
