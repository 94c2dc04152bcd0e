// Seeded invitations need a token hash like the app's (SHA-256 hex of 256 random bits, see
// lib/invitations/tokens.ts); nobody ever receives their links, so only the hash is made.
import crypto from "node:crypto";

export function randomTokenHash(): string {
  const token = crypto.randomBytes(32).toString("base64url");
  return crypto.createHash("sha256").update(token).digest("hex");
}
