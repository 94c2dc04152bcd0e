// The current request's Auth.js session token, from its cookie. Auth.js names the cookie
// "authjs.session-token", with a "__Secure-" prefix when its URL (the configured public URL) is
// HTTPS, and reads only that one name: so does this, so a planted cookie of the other name is
// never taken for the session.
import "server-only";
import { cookies } from "next/headers";
import { appUrl } from "@/lib/env";
import { isHttpsUrl } from "@/lib/security/headers";

export function sessionCookieName(): string {
  return `${isHttpsUrl(appUrl()) ? "__Secure-" : ""}authjs.session-token`;
}

export async function currentSessionToken(): Promise<string | null> {
  return (await cookies()).get(sessionCookieName())?.value || null;
}
