// A second process for the PGlite lock tests (run with `node --import tsx`).
//   open <dir>: opens the embedded database there; prints {"ok":true} or {"error","message"}.
//   hold <dir>: takes the lock, prints "locked", and waits to be killed.
import { openDatabase } from "@/db/client";
import { acquireDataDirLock } from "@/db/pglite-lock";

const [mode, dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error("usage: lock-child.ts open|hold <dataDir>");

if (mode === "hold") {
  acquireDataDirLock(dataDir);
  console.log("locked");
  setInterval(() => {}, 60_000);
} else {
  try {
    const opened = await openDatabase({ dataDir, migrate: false });
    await opened.close();
    console.log(JSON.stringify({ ok: true }));
  } catch (error) {
    const err = error as Error;
    console.log(JSON.stringify({ error: err.name, message: err.message }));
  }
}
