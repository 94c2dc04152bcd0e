// Looks a domain's verification TXT record up in real DNS, through the servers the operator named
// (ROSTER_DNS_SERVERS, else the system's) with a timeout, and says what it found: the expected
// value, nothing, only other values, or no answer. A record split into several strings counts
// as their concatenation (RFC 7208 §3.3); any one of several records may carry the value.
import "server-only";
import { Resolver } from "node:dns/promises";
import { dnsResolverConfig } from "@/lib/env";
import { txtRecordName, txtRecordValue } from "./txt-record";

export type DnsCheck =
  | { outcome: "found" }
  /** Definite answers: the name has no TXT record, or none with our value. */
  | { outcome: "missing" | "wrong_value"; reason: string }
  /** No definite answer (timeout, server failure): says nothing about the record. */
  | { outcome: "error"; reason: string };

export interface DnsOptions {
  servers?: string[];
  timeoutMs?: number;
}

export async function checkDomainTxt(domain: string, token: string, options: DnsOptions = {}): Promise<DnsCheck> {
  const config = dnsResolverConfig();
  const servers = options.servers ?? config.servers;
  const timeoutMs = options.timeoutMs ?? config.timeoutMs;
  const name = txtRecordName(domain);
  const expected = txtRecordValue(token);
  const resolver = new Resolver({ timeout: timeoutMs, tries: 2 });
  if (servers.length > 0) resolver.setServers(servers);
  // The resolver times out each of its 2 tries (the second waits twice as long); this bounds the
  // whole lookup whatever happens.
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      resolver.cancel();
      reject(Object.assign(new Error("timeout"), { code: "ETIMEOUT" }));
    }, timeoutMs * 3 + 500);
  });
  try {
    const records = await Promise.race([resolver.resolveTxt(name), deadline]);
    const values = records.map((chunks) => chunks.join(""));
    if (values.some((v) => v.trim() === expected)) return { outcome: "found" };
    return { outcome: "wrong_value", reason: `The TXT record at ${name} doesn't carry the expected value (found ${values.length} other value${values.length === 1 ? "" : "s"}).` };
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    if (code === "ENODATA" || code === "ENOTFOUND") return { outcome: "missing", reason: `No TXT record found at ${name}.` };
    if (code === "ETIMEOUT" || code === "ECANCELLED") return { outcome: "error", reason: "The DNS lookup timed out. Try again in a few minutes." };
    return { outcome: "error", reason: `The DNS lookup failed (${code || "no answer"}). Try again in a few minutes.` };
  } finally {
    clearTimeout(timer);
  }
}
