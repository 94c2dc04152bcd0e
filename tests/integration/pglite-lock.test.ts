// The embedded database's lock file: one process at a time, a clear refusal for the second, stale
// locks of dead processes taken over, and scripts that refuse cleanly while the app holds it.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DatabaseLockedError, acquireDataDirLock, releaseDataDirLock } from "@/db/pglite-lock";

const ROOT = path.resolve(__dirname, "../..");
const CHILD = path.join(ROOT, "tests/helpers/lock-child.ts");

let tmp: string;
let dirCount = 0;
const children: ChildProcess[] = [];

function freshDataDir(): string {
  return path.join(tmp, `data-${++dirCount}`, "pglite");
}

/** Environment for children: the embedded database, never a PostgreSQL URL. */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  return env;
}

function runTs(args: string[], env: NodeJS.ProcessEnv = childEnv()) {
  return spawnSync(process.execPath, ["--import", "tsx", ...args], { cwd: ROOT, env, encoding: "utf8", timeout: 60_000 });
}

/** Starts a child that holds the lock; resolves once it has it. */
async function holdInChild(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", CHILD, "hold", dataDir], { cwd: ROOT, env: childEnv() });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("locked")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`lock holder exited early (${code})`)));
  });
  return child;
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGKILL");
  await exited;
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "roster-lock-"));
});
afterEach(async () => {
  for (const child of children.splice(0)) await kill(child);
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("the embedded database lock", () => {
  it("names its holder and disappears when released", () => {
    const dataDir = freshDataDir();
    const lockPath = acquireDataDirLock(dataDir);
    expect(lockPath).toBe(`${path.resolve(dataDir)}.lock`);
    expect(fs.readFileSync(lockPath, "utf8")).toBe(String(process.pid));
    releaseDataDirLock(lockPath);
    expect(fs.existsSync(lockPath)).toBe(false);
  });

  it("refuses a second process with a clear message while the first holds it", () => {
    const dataDir = freshDataDir();
    const lockPath = acquireDataDirLock(dataDir);
    try {
      const result = runTs([CHILD, "open", dataDir]);
      const outcome = JSON.parse(result.stdout.trim().split("\n").pop()!) as { error?: string; message?: string };
      expect(outcome.error).toBe("DatabaseLockedError");
      expect(outcome.message).toContain(`is in use by another process (PID ${process.pid})`);
      expect(outcome.message).toContain("DATABASE_URL");
      // The refused process did not touch the lock.
      expect(fs.readFileSync(lockPath, "utf8")).toBe(String(process.pid));
    } finally {
      releaseDataDirLock(lockPath);
    }
  });

  it("lets a second process open the database once the first has released it", () => {
    const dataDir = freshDataDir();
    releaseDataDirLock(acquireDataDirLock(dataDir));
    const result = runTs([CHILD, "open", dataDir]);
    expect(JSON.parse(result.stdout.trim().split("\n").pop()!)).toEqual({ ok: true });
    expect(fs.existsSync(`${path.resolve(dataDir)}.lock`)).toBe(false);
  });

  it("refuses this process while another one holds the lock", async () => {
    const dataDir = freshDataDir();
    const holder = await holdInChild(dataDir);
    let refusal: unknown;
    try {
      acquireDataDirLock(dataDir);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DatabaseLockedError);
    expect((refusal as DatabaseLockedError).holderPid).toBe(holder.pid);
  });

  it("takes over a stale lock left by a process that died holding it", async () => {
    const dataDir = freshDataDir();
    const holder = await holdInChild(dataDir);
    await kill(holder); // SIGKILL: no exit handler runs, the lock file stays behind.
    const lockPath = `${path.resolve(dataDir)}.lock`;
    expect(fs.readFileSync(lockPath, "utf8")).toBe(String(holder.pid));
    expect(acquireDataDirLock(dataDir)).toBe(lockPath);
    expect(fs.readFileSync(lockPath, "utf8")).toBe(String(process.pid));
    releaseDataDirLock(lockPath);
    expect(fs.existsSync(lockPath)).toBe(false);
  });

  it.each([
    ["db/scripts/seed-large.ts", "--org", "acme", "--members", "10"],
    ["db/scripts/seed.ts"],
    ["db/scripts/migrate.ts"],
  ])("makes %s refuse with the message and exit 1, without a stack trace", (script, ...args) => {
    const dataDir = freshDataDir();
    const lockPath = acquireDataDirLock(dataDir);
    try {
      const result = runTs([script, ...args], childEnv({ PGLITE_DIR: dataDir }));
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`is in use by another process (PID ${process.pid})`);
      expect(result.stderr).not.toMatch(/^\s+at /m);
    } finally {
      releaseDataDirLock(lockPath);
    }
  });
});
