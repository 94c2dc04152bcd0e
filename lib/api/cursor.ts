// Opaque pagination cursors: the position (sort value and id) and a hash of the filters it belongs
// to, signed with a key derived from AUTH_SECRET. A cursor that was altered, or that is used with
// other filters or another sort, is refused instead of silently returning the wrong page.
import "server-only";
import crypto from "node:crypto";
import { derivedKey } from "@/lib/security/derived-keys";

export interface CursorPosition {
  /** The sort value of the last row returned (a string, or an ISO time). */
  value: string;
  id: string;
}

function sign(payload: string): string {
  return crypto.createHmac("sha256", derivedKey("api-cursor-v1")).update(payload).digest("base64url").slice(0, 22);
}

/** A fingerprint of everything but the position: the filters, sort and direction. */
export function cursorScope(parts: unknown): string {
  return crypto.createHash("sha256").update(JSON.stringify(parts)).digest("base64url").slice(0, 16);
}

export function encodeCursor(position: CursorPosition, scope: string): string {
  const payload = Buffer.from(JSON.stringify({ v: position.value, i: position.id, s: scope })).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

/** The position, or null when the cursor is malformed, forged or from another query. */
export function decodeCursor(cursor: string, scope: string): CursorPosition | null {
  const [payload, signature] = cursor.split(".");
  if (!payload || !signature || signature.length !== 22) return null;
  const expected = sign(payload);
  if (!crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) return null;
  try {
    const parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { v?: unknown; i?: unknown; s?: unknown };
    if (typeof parsed.v !== "string" || typeof parsed.i !== "string" || parsed.s !== scope) return null;
    return { value: parsed.v, id: parsed.i };
  } catch {
    return null;
  }
}
