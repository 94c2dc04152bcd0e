// Runs once when a server process starts: refuses an unsafe production configuration (no public
// URL, no secret, dev mailbox beside a real email provider), opens the database early so the
// embedded one is migrated (and, in development, seeded) before the first request, then starts
// the background worker (email delivery and retries, invitation expiry).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const building = process.env.NEXT_PHASE === "phase-production-build";
  if (!building) {
    const { assertSafeToStart } = await import("@/lib/startup-check");
    assertSafeToStart();
  }
  const { getDb } = await import("@/db");
  await getDb();
  const testing = process.env.NODE_ENV === "test" || Boolean(process.env.VITEST);
  if (!building && !testing && process.env.ROSTER_WORKER !== "0") {
    const { startBackgroundWorker } = await import("@/lib/email/worker");
    startBackgroundWorker(getDb);
  }
}
