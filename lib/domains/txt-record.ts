// The DNS TXT record that proves control of a domain: its name and the value it must carry. The
// value is not a secret (it is published in DNS); it only has to be unguessable per organization
// and domain, so nobody else's record can verify it.
import crypto from "node:crypto";

export const TXT_RECORD_PREFIX = "_roster-verification";
const VALUE_PREFIX = "roster-verification=";

export function newVerificationToken(): string {
  return crypto.randomBytes(16).toString("base64url");
}

export function txtRecordName(domain: string): string {
  return `${TXT_RECORD_PREFIX}.${domain}`;
}

export function txtRecordValue(token: string): string {
  return `${VALUE_PREFIX}${token}`;
}
