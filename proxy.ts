// Runs before every page and route: stamps the security headers (a fresh CSP nonce per request)
// and sends visitors without a session cookie to sign-in, so they land on the form instead of an
// empty page. The redirect is courtesy, not protection: pages, actions and routes check the session.
import { NextResponse, type NextRequest } from "next/server";
import { isPublicPath } from "@/lib/auth/public-paths";
import { isHttpsUrl, securityHeaders } from "@/lib/security/headers";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const nonce = createNonce();
  const headers = securityHeaders({
    nonce,
    pathname,
    production: process.env.NODE_ENV === "production",
    https: isHttpsUrl(process.env.APP_URL || process.env.AUTH_URL),
  });

  let response: NextResponse;
  if (isPublicPath(pathname) || SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    // Next.js finds the nonce in the request's CSP and adds it to the scripts it renders.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  } else {
    const signIn = new URL("/sign-in", request.url);
    if (pathname !== "/") signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    response = NextResponse.redirect(signIn);
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export const config = {
  // Every page and route, including prefetches (their redirects need the headers too). Static files
  // are skipped: they need no session, and next.config.ts gives them their headers.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|jpg|jpeg|gif|svg|webp|ico|txt|webmanifest|css|js|map)$).*)"],
};
