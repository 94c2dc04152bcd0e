// The environment the e2e server runs with, shared by the Playwright config and its setup script.
import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
// Overridable so that two e2e runs (e.g. on one machine, different specs) do not share a server.
export const E2E_DATA_DIR = process.env.E2E_DATA_DIR ?? path.join(process.cwd(), ".data", "e2e");
export const E2E_STATE_FILE = path.join(E2E_DATA_DIR, "expected.json");
// The DNS server e2e/domains.spec.ts starts on 127.0.0.1; the production build asks it for TXT records.
export const E2E_DNS_PORT = Number(process.env.E2E_DNS_PORT ?? E2E_PORT + 1000);

export const e2eServerEnv: Record<string, string> = {
  NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e",
  PGLITE_DIR: path.join(E2E_DATA_DIR, "pglite"),
  AUTH_SECRET: "e2e-only-secret-not-for-production-use-0123456789",
  ROSTER_DEV_MAILBOX: "1",
  APP_URL: E2E_BASE_URL,
  DATABASE_URL: "",
  RESEND_API_KEY: "",
  NEXT_TELEMETRY_DISABLED: "1",
  // Specs sign the same people in many times; the limit itself is covered by integration tests.
  SIGN_IN_LIMIT_PER_EMAIL: "10000",
  SIGN_IN_LIMIT_PER_IP: "10000",
  ROSTER_DNS_SERVERS: `127.0.0.1:${E2E_DNS_PORT}`,
  ROSTER_DNS_TIMEOUT_MS: "500",
};
