// Paths proxy.ts lets through without a session cookie: sign-in itself, invitation links
// (which explain themselves to signed-out visitors), APIs (they answer 401 themselves), dev tools.

const PUBLIC_PREFIXES = ["/sign-in", "/invite", "/api", "/dev", "/_next"];
const PUBLIC_FILES = new Set(["/favicon.ico", "/robots.txt"]);

export function isPublicPath(pathname: string): boolean {
  if (PUBLIC_FILES.has(pathname)) return true;
  return PUBLIC_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}
