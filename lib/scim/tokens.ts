// SCIM bearer tokens: "scim_" and 256 random bits (base64url), shown once; only the SHA-256 is
// stored, with the first characters kept as a visible prefix so people can tell tokens apart.
import crypto from "node:crypto";

const TOKEN_PATTERN = /^scim_[A-Za-z0-9_-]{43}$/;
const PREFIX_LENGTH = 12;

export function generateScimToken(): { token: string; tokenHash: string; prefix: string } {
  const token = `scim_${crypto.randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashScimToken(token), prefix: token.slice(0, PREFIX_LENGTH) };
}

export function hashScimToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** The hash to look up from an Authorization header ("Bearer scim_…"), or null when it holds no token of ours. */
export function bearerTokenHash(authorization: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  const token = match?.[1];
  return token && TOKEN_PATTERN.test(token) ? hashScimToken(token) : null;
}
