// One load scenario against the running app with autocannon: latency percentiles, throughput, and
// proof that every response was a real 200 page (a redirect to sign-in would be a fake result).
import fs from "node:fs";
import autocannon from "autocannon";
import { ScriptError } from "@/db/scripts/script-runtime";

export interface LoadOptions {
  url: string;
  /** Absent for signed-out pages (the floor). */
  cookie?: string;
  /** Other request headers (an API key's Authorization). */
  headers?: Record<string, string>;
  connections: number;
  amount: number;
  /** The server's process: its CPU time over the run is measured too (Linux's /proc). */
  serverPid?: number;
}

export interface LoadResult {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  requestsPerSecond: number;
  /**
   * The server process's CPU time (user + system) per request over the run, in ms: steadier than
   * req/s on a shared machine, since it doesn't count the time the server waited for a core.
   * Undefined where /proc isn't there.
   */
  cpuMsPerRequest?: number;
}

const CLOCK_TICKS_PER_SECOND = 100;

/** utime + stime of a process in ms (fields 14 and 15 of /proc/<pid>/stat), or undefined. */
export function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  const statuses = new Map<number, number>();
  // autocannon reports its result on its next whole-second tick, so its `duration` is the run
  // rounded up to a second (2,000 requests in 4.1 s read as 400/s): time the run from here instead.
  const cpuBefore = processCpuMs(options.serverPid);
  const startedAt = performance.now();
  let lastResponseAt = startedAt;
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    amount: options.amount,
    timeout: 30,
    headers: { ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers },
  });
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    times.push(responseTime);
    lastResponseAt = performance.now();
    statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
  });
  const result = await instance;
  const cpuAfter = processCpuMs(options.serverPid);
  const non200 = [...statuses].filter(([status]) => status !== 200);
  if (non200.length > 0 || result.errors > 0 || result.timeouts > 0 || times.length < options.amount) {
    const codes = [...statuses].map(([status, n]) => `${status}×${n}`).join(", ");
    throw new ScriptError(
      `Not every request to ${options.url} answered 200: ${codes || "none"}; ` +
        `${result.errors} errors, ${result.timeouts} timeouts, ${times.length}/${options.amount} responses.`,
    );
  }
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times[times.length - 1]!,
    requestsPerSecond: times.length / ((lastResponseAt - startedAt) / 1000),
    cpuMsPerRequest: cpuBefore !== undefined && cpuAfter !== undefined ? (cpuAfter - cpuBefore) / times.length : undefined,
  };
}
