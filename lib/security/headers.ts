// The security headers Roster sends, built in one pure place so that proxy.ts (pages and routes)
// and next.config.ts (static files the proxy skips) agree, and so that the policy is unit-tested.

export interface SecurityHeaderOptions {
  /** This request's CSP nonce; Next.js reads it back from the request's CSP and stamps its scripts. */
  nonce: string;
  pathname: string;
  /** A `next build` server rather than `next dev`. */
  production: boolean;
  /** The configured public URL is https (HSTS and upgrading requests only make sense then). */
  https: boolean;
}

// Opt out of browser features the app never uses, so injected or third-party code can't use them
// either. Only names Chromium recognises: unknown ones cost a console warning on every page.
const PERMISSIONS_POLICY = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "serial",
  "usb",
  "xr-spatial-tracking",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

// URLs that can carry a secret: invitation tokens in the path, magic-link tokens in Auth.js's
// callback, and sign-in pages whose callbackUrl points back at an invitation.
const TOKEN_PATHS = ["/invite/", "/api/auth/", "/sign-in"];

const HSTS = "max-age=63072000; includeSubDomains";

export function carriesToken(pathname: string): boolean {
  return TOKEN_PATHS.some((prefix) =>
    prefix.endsWith("/") ? pathname.startsWith(prefix) : pathname === prefix || pathname.startsWith(`${prefix}/`),
  );
}

export function contentSecurityPolicy({ nonce, production, https }: Omit<SecurityHeaderOptions, "pathname">): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic' lets the nonced scripts load their chunks; browsers that know it ignore
    // 'self', older ones fall back to it. React needs eval in development for its debug stacks.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${production ? "" : " 'unsafe-eval'"}`,
    // Inline styles stay allowed: React renders style attributes (progress bars, skeletons), and
    // sonner and Radix inject <style> elements at runtime without a nonce. A nonce here would
    // switch 'unsafe-inline' off, so there is none.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  // On plain http (local runs, e2e) upgrading would send every subresource to a port with no TLS.
  if (production && https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

type HeaderMap = Record<string, string> & { "Content-Security-Policy": string };

/** Headers every response from a page, route handler or redirect carries. */
export function securityHeaders(options: SecurityHeaderOptions): HeaderMap {
  const headers: HeaderMap = {
    "Content-Security-Policy": contentSecurityPolicy(options),
    ...commonHeaders(),
    "Referrer-Policy": carriesToken(options.pathname) ? "no-referrer" : "strict-origin-when-cross-origin",
  };
  // Only in production over https: a browser that saw HSTS from localhost would refuse plain http
  // to it for two years.
  if (options.production && options.https) headers["Strict-Transport-Security"] = HSTS;
  return headers;
}

/**
 * Headers for static files (icons, robots.txt, build chunks). No nonce exists for them, so the CSP
 * allows nothing to run — an SVG or text file opened on its own stays inert. HSTS is left to the
 * pages: next.config.ts's headers are fixed at build time, before the public URL is known.
 */
export function staticAssetHeaders(): HeaderMap {
  return {
    "Content-Security-Policy": "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    ...commonHeaders(),
    "Referrer-Policy": "strict-origin-when-cross-origin",
  };
}

/** Whether the configured public URL (APP_URL, else AUTH_URL) is https. */
export function isHttpsUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return new URL(url).protocol === "https:";
  } catch {
    return false;
  }
}

function commonHeaders(): Record<string, string> {
  return {
    // Old browsers that ignore frame-ancestors still honour this.
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Opener-Policy": "same-origin",
  };
}
