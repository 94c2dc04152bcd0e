#!/usr/bin/env node
// `npm test`: type-check, lint, unit + integration tests (Vitest; also against PostgreSQL when
// TEST_DATABASE_URL or DATABASE_URL is set) and the Playwright e2e suite on a production build.
// Every step runs even if an earlier one failed; the last line sums up all tests.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const results = [];
fs.mkdirSync("test-reports", { recursive: true });

function step(name, command, args, env = {}) {
  console.log(`\n▶ ${name}: ${[command, ...args].join(" ")}`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const ok = run.status === 0;
  results.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

const dbNote = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL ? "PGlite + PostgreSQL" : "PGlite";

step("type-check", "npm", ["run", "--silent", "typecheck"]);
step("lint", "npx", ["eslint", "."]);
fs.rmSync("test-reports/vitest-results.json", { force: true });
step(`unit + integration (${dbNote})`, "npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  "--outputFile.json=test-reports/vitest-results.json",
]);
fs.rmSync("test-reports/e2e-results.json", { force: true });
step("e2e (Chromium, production build)", "npx", ["playwright", "test"]);

const vitest = readJson("test-reports/vitest-results.json");
const e2e = readJson("test-reports/e2e-results.json");
let passed = 0;
let failed = 0;
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
}
if (e2e?.stats) {
  passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected ?? 0;
}

console.log("\nSummary");
for (const r of results) console.log(`  ${r.ok ? "✔" : "✘"} ${r.name} (${r.seconds}s)`);
const allOk = results.every((r) => r.ok);
// A step that failed without reporting a test (type errors, lint, a crashed runner) still fails.
if (!allOk && failed === 0) failed = results.filter((r) => !r.ok).length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(allOk ? 0 : 1);
