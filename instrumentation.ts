// Runs once when a server process starts: opens the database early so the embedded one is
// migrated and seeded before the first request, and a misconfiguration fails loudly at boot;
// then starts the background worker (email delivery and retries, invitation expiry).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDb } = await import("@/db");
  await getDb();
  const building = process.env.NEXT_PHASE === "phase-production-build";
  const testing = process.env.NODE_ENV === "test" || Boolean(process.env.VITEST);
  if (!building && !testing && process.env.ROSTER_WORKER !== "0") {
    const { startBackgroundWorker } = await import("@/lib/email/worker");
    startBackgroundWorker(getDb);
  }
}
