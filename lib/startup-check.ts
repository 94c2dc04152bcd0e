// Refuses to start a server whose configuration is unsafe (no public URL or secret in production,
// the dev mailbox beside a real email provider) and warns loudly about risky settings. Called from
// instrumentation.ts in the Node.js runtime, before the first request.
import { checkProductionConfig } from "@/lib/env";

export function assertSafeToStart(): void {
  const { errors, warnings } = checkProductionConfig();
  for (const warning of warnings) console.warn(`\n⚠️  [roster] WARNING: ${warning}\n`);
  if (errors.length === 0) return;
  for (const error of errors) console.error(`[roster] Cannot start: ${error}`);
  // Next.js only logs a failing instrumentation hook and serves anyway; an unsafe server must not.
  process.exit(1);
}
