// One-time re-authentication codes: issued (earlier ones voided, only a keyed hash stored) and
// verified (expiry, single use, limited attempts) inside the caller's transaction. Codes are bound
// to user + organization + purpose, so one issued to delete an organization cannot transfer it.
import "server-only";
import crypto from "node:crypto";
import type { Queryable } from "@/db/client";
import {
  countReauthCodesIssuedLastHour,
  expireLiveReauthCodes,
  insertReauthCode,
  lockLatestReauthCode,
  markReauthCodeConsumed,
  setReauthCodeAttempts,
} from "@/db/queries/reauth-codes";
import type { ReauthPurpose } from "@/db/schema/enums";
import { authSecret } from "@/lib/env";
import { REAUTH_CODE_LENGTH } from "@/lib/validation/organizations";

export const REAUTH_CODE_TTL_MINUTES = 10;
export const REAUTH_CODE_MAX_ATTEMPTS = 5;
/** Codes one user may ask for, per organization and purpose, in an hour. */
export const REAUTH_CODES_PER_HOUR = 5;

export interface ReauthBinding {
  userId: string;
  organizationId: string;
  purpose: ReauthPurpose;
}

/** Uniformly random digits from the CSPRNG. */
export function generateReauthCode(): string {
  return crypto.randomInt(0, 10 ** REAUTH_CODE_LENGTH).toString().padStart(REAUTH_CODE_LENGTH, "0");
}

/** Keyed with the app secret: a leaked table alone does not let anyone try the million codes offline. */
export function hashReauthCode(code: string, binding: ReauthBinding): string {
  return crypto
    .createHmac("sha256", authSecret())
    .update(`reauth:${binding.purpose}:${binding.organizationId}:${binding.userId}:${code}`)
    .digest("hex");
}

export async function countCodesIssuedLastHour(db: Queryable, binding: ReauthBinding): Promise<number> {
  return countReauthCodesIssuedLastHour(db, binding);
}

/** Voids the user's earlier codes for this purpose and stores a new one; returns the plain code to email. */
export async function issueReauthCode(tx: Queryable, binding: ReauthBinding): Promise<string> {
  await expireLiveReauthCodes(tx, binding);
  const code = generateReauthCode();
  await insertReauthCode(tx, binding, { codeHash: hashReauthCode(code, binding), ttlMinutes: REAUTH_CODE_TTL_MINUTES });
  return code;
}

export type CodeVerdict =
  | { ok: true }
  | { ok: false; reason: "expired" | "locked" }
  | { ok: false; reason: "wrong"; attemptsLeft: number };

/**
 * Checks `code` against the user's latest live code and consumes it on a match. A mismatch
 * counts an attempt, so the caller must commit that write even though it refuses the action.
 */
export async function consumeReauthCode(tx: Queryable, binding: ReauthBinding, code: string): Promise<CodeVerdict> {
  const row = await lockLatestReauthCode(tx, binding);
  if (!row || !row.live) return { ok: false, reason: "expired" };
  if (row.attempts >= REAUTH_CODE_MAX_ATTEMPTS) return { ok: false, reason: "locked" };

  const expected = Buffer.from(row.codeHash, "hex");
  const given = Buffer.from(hashReauthCode(code, binding), "hex");
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) {
    const attempts = row.attempts + 1;
    await setReauthCodeAttempts(tx, row.id, attempts);
    return attempts >= REAUTH_CODE_MAX_ATTEMPTS
      ? { ok: false, reason: "locked" }
      : { ok: false, reason: "wrong", attemptsLeft: REAUTH_CODE_MAX_ATTEMPTS - attempts };
  }
  await markReauthCodeConsumed(tx, row.id);
  return { ok: true };
}
