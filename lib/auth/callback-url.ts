// Where to go after signing in: only a relative path on this site, so a crafted
// ?callbackUrl= cannot send the user to another origin (open redirect).

const BASE = "http://roster.invalid";

/** The path (with query and hash) if `value` is a same-site relative URL, otherwise `fallback`. */
export function safeCallbackUrl(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  // "//evil.com" and "/\evil.com" are protocol-relative to browsers; control characters can hide them.
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  // Coming back to the sign-in pages after signing in would be a loop.
  if (url.pathname === "/sign-in" || url.pathname.startsWith("/sign-in/")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
