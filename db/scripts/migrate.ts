// npm run db:migrate — applies pending migrations to PostgreSQL (DATABASE_URL) or, without it,
// to the embedded database in ./.data/pglite (refused while the app has it open).
import { migrateDatabase } from "@/db/client";
import { countAppliedMigrations, databaseUrlFromEnv, runScript, withScriptDatabase } from "./script-runtime";

runScript(async () => {
  if (!databaseUrlFromEnv()) {
    console.log("DATABASE_URL is not set: migrating the embedded database (the app does this itself on start).");
  }
  await withScriptDatabase({ migrate: false }, async (database) => {
    const before = await countAppliedMigrations(database.db);
    await migrateDatabase(database);
    const after = await countAppliedMigrations(database.db);
    const applied = after - before;
    console.log(
      applied === 0
        ? `Up to date: ${database.description} has all ${after} migrations.`
        : `Applied ${applied} migration${applied === 1 ? "" : "s"} to ${database.description} (${after} in total).`,
    );
  });
});
