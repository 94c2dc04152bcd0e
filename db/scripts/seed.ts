// npm run db:seed — migrates, then loads the demo organizations (Acme Inc, Globex) unless present.
import { seedDemo } from "@/db/seed/demo";
import { runScript, withScriptDatabase } from "./script-runtime";

runScript(async () => {
  await withScriptDatabase({ migrate: true }, async (database) => {
    const { created } = await seedDemo(database.db);
    console.log(
      created
        ? `Seeded the demo organizations (acme, globex) into ${database.description}. Sign in as owner@acme.test.`
        : `The demo organization "acme" already exists in ${database.description}; nothing changed.`,
    );
  });
});
