// Runs once when a server process starts: opens the database early so the embedded one is
// migrated and seeded before the first request, and a misconfiguration fails loudly at boot.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDb } = await import("@/db");
  await getDb();
}
