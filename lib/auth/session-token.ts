// The current request's Auth.js session token, from its cookie, for the recent-sign-in check.
// Auth.js names it "authjs.session-token" with a "__Secure-" (or "__Host-") prefix over HTTPS.
import "server-only";
import { cookies } from "next/headers";

const SESSION_COOKIE_SUFFIX = "authjs.session-token";

export async function currentSessionToken(): Promise<string | null> {
  const jar = await cookies();
  const cookie = jar.getAll().find((c) => c.name === SESSION_COOKIE_SUFFIX || c.name.endsWith(`-${SESSION_COOKIE_SUFFIX}`));
  return cookie?.value || null;
}
