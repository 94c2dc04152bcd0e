// npm run audit:verify -- --org <slug>
// Recomputes an organization's audit chain (db/audit-chain.ts) and names the first broken link.
// Exit code 0: intact; 1: broken or failed; 2: bad arguments. On the embedded database the app must
// not be running (one process at a time); with DATABASE_URL it can.
import { parseArgs } from "node:util";
import { verifyAuditChain } from "@/db/audit-chain";
import { findOrganizationBySlug } from "@/db/queries/organizations";
import { ScriptError, runScript, withScriptDatabase } from "./script-runtime";

const USAGE = "Usage: npm run audit:verify -- --org <slug>";

function readOptions(): { slug: string } {
  let values;
  try {
    ({ values } = parseArgs({ options: { org: { type: "string" }, help: { type: "boolean", short: "h" } } }));
  } catch (error) {
    throw new ScriptError(`${(error as Error).message}\n${USAGE}`, 2);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!values.org || !/^[a-z0-9][a-z0-9-]*$/.test(values.org)) throw new ScriptError(`--org must be an organization slug.\n${USAGE}`, 2);
  return { slug: values.org };
}

runScript(async () => {
  const { slug } = readOptions();
  const started = performance.now();
  await withScriptDatabase({ migrate: false }, async (database) => {
    const organization = await findOrganizationBySlug(database.db, slug);
    if (!organization) throw new ScriptError(`No organization "${slug}" in ${database.description}.`);
    console.log(`Verifying the activity log of ${organization.name} (${slug}) in ${database.description}.`);
    const report = await verifyAuditChain(database.db, organization.id);
    const took = `${((performance.now() - started) / 1000).toFixed(1)} s`;
    const checked = report.checked.toLocaleString("en-US");
    if (report.ok) {
      console.log(`Intact: ${checked} events, every link holds (${took}).`);
      if (report.head) console.log(`Newest event: #${report.head.seq}, hash ${report.head.hash}. Keep this line to notice later removal of the newest events.`);
      return;
    }
    const broken = report.broken!;
    console.error(`BROKEN: ${broken.message}`);
    if (broken.eventId) console.error(`  event ${broken.eventId} (${broken.action}, ${broken.createdAt?.toISOString()})`);
    console.error(`  ${checked} events before it are intact (${took}).`);
    throw new ScriptError("The activity log failed verification.");
  });
});
