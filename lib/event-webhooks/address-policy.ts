// Which addresses an event webhook may connect to: public unicast only. Loopback, private (RFC
// 1918), link-local (169.254/16 — cloud metadata lives there), CGNAT (100.64/10), IPv6 unique-local
// (fc00::/7) and link-local, multicast, reserved, documentation and translation ranges are refused,
// with IPv4-mapped IPv6 judged as the IPv4 address it carries.
import ipaddr from "ipaddr.js";

/** Metadata services on otherwise public-looking addresses (Azure's wire server, Oracle Cloud's). */
const METADATA_ADDRESSES = new Set(["168.63.129.16", "192.0.0.192"]);

export type AddressPolicy = (address: string) => string | null;

/** Null when Roster may connect to `address`; otherwise why not. */
export const publicAddressesOnly: AddressPolicy = (address) => {
  if (!ipaddr.isValid(address)) return `"${address}" is not an IP address.`;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  const text = parsed.toString();
  if (METADATA_ADDRESSES.has(text)) return `${text} is a cloud metadata address.`;
  const range = parsed.range();
  return range === "unicast" ? null : `${text} is a ${range} address, not a public one.`;
};

/** Tests only (see lib/env.ts webhookPrivateTargetsAllowed): any valid address. */
export const anyAddress: AddressPolicy = (address) => (ipaddr.isValid(address) ? null : `"${address}" is not an IP address.`);
