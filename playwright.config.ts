// End-to-end tests in Chromium against a production build on the embedded database.
import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_BASE_URL, E2E_PORT, e2eServerEnv } from "./e2e/server-env";

const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));
const executablePath = process.env.CHROMIUM_PATH ?? systemChromium;

export default defineConfig({
  testDir: "./e2e",
  testMatch: "**/*.spec.ts",
  // Two runs on one machine (each with its own E2E_DATA_DIR) must not wipe each other's traces.
  outputDir: process.env.E2E_DATA_DIR ? `${process.env.E2E_DATA_DIR}/test-results` : "test-results",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-reports/e2e-results.json" }]],
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    // Build, lay down a fresh embedded database with the demo seed, then serve the build.
    command: `npx next build && npx tsx e2e/prepare-db.ts && node server.mjs -p ${E2E_PORT}`,
    url: `${E2E_BASE_URL}/api/health`,
    env: e2eServerEnv,
    reuseExistingServer: !process.env.CI && process.env.E2E_REUSE_SERVER === "1",
    // The build runs inside this timeout: generous, since a loaded 2-core machine builds slowly.
    timeout: 900_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
