// Recent re-authentication for dangerous organization actions: the emailed one-time code when
// one is given, otherwise a sign-in younger than RECENT_SIGN_IN_MINUTES. Runs inside the action's
// transaction; the code, if given, is consumed only on success.
import "server-only";
import type { Queryable } from "@/db/client";
import { consumeReauthCode, type ReauthBinding } from "./reauth-codes";
import { RECENT_SIGN_IN_MINUTES, recentSignInSecondsLeft } from "./recent-sign-in";

export type ReauthOutcome =
  | { ok: true; method: "code" | "recent_sign_in" }
  /** `attemptCounted`: a wrong code was recorded, a write the caller must commit. */
  | { ok: false; error: string; attemptCounted: boolean };

export const CODE_REQUIRED_MESSAGE =
  `For your security, confirm it's you: you signed in more than ${RECENT_SIGN_IN_MINUTES} minutes ago. ` +
  "Email yourself a code and enter it.";

export async function reauthenticate(
  tx: Queryable,
  { binding, code, sessionToken }: { binding: ReauthBinding; code: string | undefined; sessionToken: string | null },
): Promise<ReauthOutcome> {
  if (code) {
    const verdict = await consumeReauthCode(tx, binding, code);
    if (verdict.ok) return { ok: true, method: "code" };
    switch (verdict.reason) {
      case "wrong":
        return {
          ok: false,
          attemptCounted: true,
          error: `That code is incorrect. ${verdict.attemptsLeft} ${verdict.attemptsLeft === 1 ? "attempt" : "attempts"} left.`,
        };
      case "locked":
        return { ok: false, attemptCounted: true, error: "Too many incorrect attempts. Request a new code." };
      case "expired":
        return { ok: false, attemptCounted: false, error: "That code has expired or has already been used. Request a new code." };
    }
  }
  const secondsLeft = await recentSignInSecondsLeft(tx, { userId: binding.userId, sessionToken });
  if (secondsLeft > 0) return { ok: true, method: "recent_sign_in" };
  return { ok: false, attemptCounted: false, error: CODE_REQUIRED_MESSAGE };
}
