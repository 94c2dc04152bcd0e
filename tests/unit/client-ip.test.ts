// One function decides the client address: the TCP peer, or — behind the configured number of
// proxies — the entry those proxies appended to X-Forwarded-For. Whatever a client writes itself
// is never believed, and the app trusts only the address server.mjs handed over with its proof.
import { afterEach, describe, expect, it } from "vitest";
import { clientIp } from "@/lib/request/client-ip";
import { CLIENT_IP_HEADER, CLIENT_IP_PROOF_HEADER, CLIENT_IP_PROOF_KEY, resolveClientIp } from "@/lib/request/forwarded.mjs";

describe("resolveClientIp", () => {
  it.each([
    // [label, socket, X-Forwarded-For, hops, expected]
    ["0 hops: the socket address", "203.0.113.9", undefined, 0, "203.0.113.9"],
    ["0 hops: a forged X-Forwarded-For is ignored", "203.0.113.9", "6.6.6.6", 0, "203.0.113.9"],
    ["0 hops: an IPv4-mapped socket address is unwrapped", "::ffff:203.0.113.9", undefined, 0, "203.0.113.9"],
    ["1 hop (nginx): the address nginx appended", "10.0.0.2", "198.51.100.4", 1, "198.51.100.4"],
    ["1 hop: a client's own prefix is skipped", "10.0.0.2", "6.6.6.6, 198.51.100.4", 1, "198.51.100.4"],
    ["1 hop: several X-Forwarded-For headers joined", "10.0.0.2", ["6.6.6.6", "198.51.100.4"], 1, "198.51.100.4"],
    ["1 hop: no X-Forwarded-For (reached directly) → the peer", "198.51.100.77", undefined, 1, "198.51.100.77"],
    ["2 hops (CDN + load balancer)", "10.0.0.3", "6.6.6.6, 198.51.100.4, 172.16.0.9", 2, "198.51.100.4"],
    ["2 hops: a chain too short to trust → the peer", "10.0.0.3", "6.6.6.6", 2, "10.0.0.3"],
    ["1 hop: garbage where the client's entry should be → the peer", "10.0.0.2", "not-an-ip", 1, "10.0.0.2"],
    ["1 hop: IPv6 client", "10.0.0.2", "2001:DB8::1", 1, "2001:db8::1"],
    ["1 hop: bracketed IPv6", "10.0.0.2", "[2001:db8::1]", 1, "2001:db8::1"],
  ] as const)("%s", (_label, socketAddress, forwardedFor, hops, expected) => {
    expect(resolveClientIp({ socketAddress, forwardedFor: forwardedFor as string | string[] | undefined, hops })).toBe(expected);
  });

  it("answers null without a usable socket address and no hops", () => {
    expect(resolveClientIp({ socketAddress: undefined, hops: 0 })).toBeNull();
  });
});

describe("clientIp (what the app reads)", () => {
  const globals = globalThis as Record<symbol, unknown>;
  afterEach(() => {
    delete globals[CLIENT_IP_PROOF_KEY];
  });
  const headers = (entries: Record<string, string>) => new Headers(entries);

  it("trusts the address server.mjs set, with this process's proof", () => {
    globals[CLIENT_IP_PROOF_KEY] = "proof-123";
    expect(clientIp(headers({ [CLIENT_IP_HEADER]: "198.51.100.4", [CLIENT_IP_PROOF_HEADER]: "proof-123" }))).toBe("198.51.100.4");
  });

  it("ignores a client-written address without the proof, or with a wrong one", () => {
    globals[CLIENT_IP_PROOF_KEY] = "proof-123";
    expect(clientIp(headers({ [CLIENT_IP_HEADER]: "6.6.6.6" }))).toBeNull();
    expect(clientIp(headers({ [CLIENT_IP_HEADER]: "6.6.6.6", [CLIENT_IP_PROOF_HEADER]: "guess" }))).toBeNull();
  });

  it("never reads X-Forwarded-For or X-Real-IP itself", () => {
    globals[CLIENT_IP_PROOF_KEY] = "proof-123";
    expect(clientIp(headers({ "x-forwarded-for": "6.6.6.6", "x-real-ip": "6.6.6.6", [CLIENT_IP_PROOF_HEADER]: "proof-123" }))).toBeNull();
  });

  it("knows no address in a process that server.mjs did not start", () => {
    expect(clientIp(headers({ [CLIENT_IP_HEADER]: "198.51.100.4", [CLIENT_IP_PROOF_HEADER]: "anything" }))).toBeNull();
  });
});
