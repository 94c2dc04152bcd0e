// Liveness check for load balancers and the e2e web server: answers without touching the database.
export function GET() {
  return Response.json({ ok: true }, { headers: { "cache-control": "no-store" } });
}
