// Invitation tokens for seeded invitations: random (256 bits), stored only as their SHA-256 hex.
import crypto from "node:crypto";

export function hashInvitationToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** A fresh token and its hash; seeds keep only the hash, like the app. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}
