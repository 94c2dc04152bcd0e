// Where to go after signing in: only a path on this site, so a crafted ?callbackUrl= cannot send
// the user to another origin (open redirect). The check runs on the *normalised* URL — dot
// segments, percent-encoded dots and slashes resolved — because "/.//evil.example" only becomes
// the protocol-relative "//evil.example" after normalisation.

const BASE = "http://roster.invalid";
const MAX_LENGTH = 2000;

/** Starts like a URL a browser would resolve against another host: "//x", "/\x". */
const NETWORK_PATH = /^[/\\]{2}|^\/\\/;

/** The normalised path (with query and hash) if `value` is a same-site relative URL, else null. */
export function safeLocalPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return null;
  // Whitespace and control characters are dropped or mangled differently by browsers and parsers.
  if (/[\s\u0000-\u001f\u007f\\]/.test(value)) return null;
  if (!value.startsWith("/") || NETWORK_PATH.test(value)) return null;
  const normalised = normalise(value);
  // Normalising again must change nothing: a value that still moves is not a plain path.
  if (normalised === null || normalise(normalised) !== normalised) return null;
  return normalised;
}

/** Where to go after signing in: a safe local path, but never back to the sign-in pages (a loop). */
export function safeCallbackUrl(value: unknown, fallback = "/"): string {
  const path = safeLocalPath(value);
  if (path === null) return fallback;
  const { pathname } = new URL(path, BASE);
  if (pathname === "/sign-in" || pathname.startsWith("/sign-in/")) return fallback;
  return path;
}

function normalise(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE || url.username || url.password) return null;
  const { pathname } = url;
  if (NETWORK_PATH.test(pathname)) return null;
  // An encoded slash or backslash in the path becomes a real one for any layer that decodes it.
  if (/%(2f|5c)/i.test(pathname)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (NETWORK_PATH.test(decoded) || /[\u0000-\u001f\u007f]/.test(decoded)) return null;
  return `${pathname}${url.search}${url.hash}`;
}

/**
 * Auth.js's `redirect` callback: after sign-in (and sign-out, which may go to the sign-in page)
 * follow only same-site paths, checked as above; anything else goes to the start page.
 */
export function authRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  const base = new URL(baseUrl);
  let path = url;
  if (!url.startsWith("/")) {
    try {
      const absolute = new URL(url);
      if (absolute.origin !== base.origin) return `${base.origin}/`;
      path = `${absolute.pathname}${absolute.search}${absolute.hash}`;
    } catch {
      return `${base.origin}/`;
    }
  }
  return `${base.origin}${safeLocalPath(path) ?? "/"}`;
}
