// Invitation tokens: 256 random bits in the link, only their SHA-256 stored, and looked up only by
// that hash.
import crypto from "node:crypto";

/** Tokens we issue are 43 base64url characters; anything far from that shape is never looked up. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;

export function generateInvitationToken(): { token: string; tokenHash: string } {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** The hash to look a token up by, or null for a malformed token (treated exactly like an unknown one). */
export function tokenHashOf(token: unknown): string | null {
  if (typeof token !== "string" || !TOKEN_PATTERN.test(token)) return null;
  return hashInvitationToken(token);
}
