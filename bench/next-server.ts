// Builds and runs the app for the benchmark: `next build` into a dist dir of its own, then the
// app's own server (`node server.mjs`, as in production) on a loopback port in its own process
// group, so stopping it also stops anything it started.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { ScriptError } from "@/db/scripts/script-runtime";

export const BENCH_DIST_DIR = ".next-bench";
const SERVER_SCRIPT = path.join(process.cwd(), "server.mjs");
const NEXT_BIN = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

/** Runs `next build` into env.NEXT_DIST_DIR, leaving tsconfig.json as it was (Next adds its distDir's types). */
export async function buildApp(env: NodeJS.ProcessEnv): Promise<void> {
  const tsconfig = fs.readFileSync("tsconfig.json", "utf8");
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [NEXT_BIN, "build"], { env, stdio: ["ignore", "inherit", "inherit"] });
      child.on("error", reject);
      child.on("exit", (code) => (code === 0 ? resolve() : reject(new ScriptError(`next build failed (exit code ${code}).`))));
    });
  } finally {
    if (fs.readFileSync("tsconfig.json", "utf8") !== tsconfig) fs.writeFileSync("tsconfig.json", tsconfig);
  }
}

export function hasBuild(distDir = BENCH_DIST_DIR): boolean {
  return fs.existsSync(path.join(distDir, "BUILD_ID"));
}

async function portIsFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}

export interface RunningServer {
  baseUrl: string;
  /** The server's process id (also its process group: it is started detached). */
  pid: number | undefined;
  stop: () => Promise<void>;
  /** The last lines the server printed, for error messages. */
  recentOutput: () => string;
  exited: () => boolean;
}

export async function startServer(options: {
  host: string;
  port: number;
  env: NodeJS.ProcessEnv;
  /** Extra flags for node itself, e.g. --cpu-prof. */
  nodeArgs?: string[];
}): Promise<RunningServer> {
  const { host, port } = options;
  if (!(await portIsFree(host, port))) throw new ScriptError(`Port ${port} on ${host} is already in use; stop what runs there.`);
  const output: string[] = [];
  const remember = (chunk: Buffer) => {
    output.push(...chunk.toString().split("\n").filter(Boolean));
    output.splice(0, Math.max(0, output.length - 40));
  };
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER_SCRIPT, "-p", String(port), "-H", host], {
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.on("data", remember);
  child.stderr?.on("data", remember);
  let exited = false;
  child.once("exit", () => {
    exited = true;
  });

  const stop = async () => {
    if (exited || child.pid === undefined) return;
    const pid = child.pid;
    const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      return;
    }
    // Long enough for a --cpu-prof server to write its profile on the way out.
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }, 15_000);
    await gone;
    clearTimeout(timer);
  };
  return { baseUrl: `http://${host}:${port}`, pid: child.pid, stop, recentOutput: () => output.join("\n"), exited: () => exited };
}

/** Polls /api/health (or /sign-in when the app has no health route) until the server answers. */
export async function waitUntilReady(server: RunningServer, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let probe = "/api/health";
  while (Date.now() < deadline) {
    if (server.exited()) {
      throw new ScriptError(`The server exited while starting:\n${server.recentOutput()}`);
    }
    try {
      const response = await fetch(`${server.baseUrl}${probe}`, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
      if (response.status === 404 && probe === "/api/health") probe = "/sign-in";
      else if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new ScriptError(`The server did not become ready within ${timeoutMs / 1000} s:\n${server.recentOutput()}`);
}
