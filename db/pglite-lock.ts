// An exclusive lock file for the embedded database: PGlite has no cross-process lock of its own,
// and two processes on one data directory silently lose data.
import fs from "node:fs";
import path from "node:path";

export class DatabaseLockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holderPid: number,
  ) {
    super(
      `The embedded database in ${path.dirname(lockPath)} is in use by another process (PID ${holderPid}). ` +
        `Only one process can open it at a time: stop that process (for example a running "npm run dev") ` +
        `or point this one at PostgreSQL with DATABASE_URL.`,
    );
    this.name = "DatabaseLockedError";
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const held = new Set<string>();

/** Takes the lock for this process, taking over a stale one left by a dead process. */
export function acquireDataDirLock(dataDir: string): string {
  const lockPath = `${path.resolve(/*turbopackIgnore: true*/ dataDir)}.lock`;
  if (held.has(lockPath)) return lockPath;
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(lockPath, "wx");
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      held.add(lockPath);
      process.once("exit", () => releaseDataDirLock(lockPath));
      return lockPath;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = Number.parseInt(readOrEmpty(lockPath), 10);
    if (holder === process.pid) {
      held.add(lockPath);
      return lockPath;
    }
    if (isAlive(holder)) throw new DatabaseLockedError(lockPath, holder);
    // Stale: the holder died without cleaning up. Remove and retry the exclusive create,
    // so that of two processes taking over at once only one wins.
    fs.rmSync(lockPath, { force: true });
  }
  throw new Error(`Could not take the database lock ${lockPath}`);
}

export function releaseDataDirLock(lockPath: string): void {
  if (!held.delete(lockPath)) return;
  if (Number.parseInt(readOrEmpty(lockPath), 10) === process.pid) fs.rmSync(lockPath, { force: true });
}

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    return "";
  }
}
