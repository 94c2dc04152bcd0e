// The SSRF guard's address rules: only public unicast addresses are allowed; every private,
// loopback, link-local (metadata), CGNAT, unique-local and translated form is refused — also
// when written as IPv4-mapped IPv6.
import { describe, expect, it } from "vitest";
import { publicAddressesOnly } from "@/lib/event-webhooks/address-policy";
import { retryDelayMs, MAX_ATTEMPTS } from "@/lib/event-webhooks/retry-policy";

const REFUSED = [
  "127.0.0.1",
  "127.8.9.10",
  "0.0.0.0",
  "10.0.0.5",
  "172.16.3.4",
  "172.31.255.255",
  "192.168.1.1",
  "169.254.169.254",
  "100.64.0.1",
  "100.100.100.200",
  "168.63.129.16",
  "192.0.0.192",
  "224.0.0.1",
  "255.255.255.255",
  "198.18.0.1",
  "::1",
  "::",
  "fe80::1",
  "fc00::1",
  "fd00:ec2::254",
  "::ffff:127.0.0.1",
  "::ffff:169.254.169.254",
  "::ffff:10.1.2.3",
  "64:ff9b::a9fe:a9fe",
  "2002:a9fe:a9fe::1",
  "2001:db8::1",
  "ff02::1",
];
const ALLOWED = ["93.184.216.34", "1.1.1.1", "8.8.8.8", "2606:4700:4700::1111", "::ffff:93.184.216.34"];

describe("webhook address policy", () => {
  it.each(REFUSED)("refuses %s", (address) => {
    expect(publicAddressesOnly(address)).not.toBeNull();
  });
  it.each(ALLOWED)("allows %s", (address) => {
    expect(publicAddressesOnly(address)).toBeNull();
  });
  it("refuses things that are not addresses", () => {
    expect(publicAddressesOnly("example.com")).not.toBeNull();
  });
});

describe("webhook retry schedule", () => {
  it("backs off from seconds to a day, then gives up", () => {
    const fixed = () => 0.5;
    const delays = Array.from({ length: MAX_ATTEMPTS }, (_, i) => retryDelayMs(i + 1, fixed));
    expect(delays.slice(0, -1).every((d, i, list) => d !== null && (i === 0 || d > list[i - 1]!))).toBe(true);
    expect(delays.at(-1)).toBeNull();
    expect(delays[0]).toBe(30_000);
  });
});

describe("which webhook events an audit event raises", () => {
  it("maps audit actions to event types, and an Edit Member save with a role or status change to those events too", async () => {
    const { webhookEventsForAudit } = await import("@/lib/event-webhooks/event-types");
    expect(webhookEventsForAudit("member.invited")).toEqual(["invitation.created"]);
    expect(webhookEventsForAudit("invitation.accepted")).toEqual(["invitation.accepted", "member.created"]);
    expect(webhookEventsForAudit("organization.reauth_code_sent")).toEqual([]);
    expect(webhookEventsForAudit("member.updated", { fields: ["department"], changes: { department: { from: "A", to: "B" } } })).toEqual(["member.updated"]);
    expect(webhookEventsForAudit("member.updated", { changes: { role: { from: "viewer", to: "analyst" }, status: { from: "active", to: "inactive" } } })).toEqual([
      "member.updated",
      "member.role_changed",
      "member.disabled",
    ]);
    expect(webhookEventsForAudit("member.updated", { changes: { status: { from: "inactive", to: "active" } } })).toEqual(["member.updated", "member.enabled"]);
  });
});
