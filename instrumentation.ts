// Runs once when a server process starts: refuses an unsafe production configuration (no public
// URL, no secret, dev mailbox beside a real email provider), opens the database early so the
// embedded one is migrated (and, in development, seeded) before the first request, then starts
// the background worker (email delivery and retries, invitation expiry).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const building = process.env.NEXT_PHASE === "phase-production-build";
  if (!building) {
    const { checkProductionConfig } = await import("@/lib/env");
    const { errors, warnings } = checkProductionConfig();
    for (const warning of warnings) console.warn(`\n⚠️  [roster] WARNING: ${warning}\n`);
    if (errors.length > 0) {
      for (const error of errors) console.error(`[roster] ${error}`);
      throw new Error(`Roster cannot start: ${errors.join(" ")}`);
    }
  }
  const { getDb } = await import("@/db");
  await getDb();
  const testing = process.env.NODE_ENV === "test" || Boolean(process.env.VITEST);
  if (!building && !testing && process.env.ROSTER_WORKER !== "0") {
    const { startBackgroundWorker } = await import("@/lib/email/worker");
    startBackgroundWorker(getDb);
  }
}
