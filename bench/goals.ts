// The members page's goals from issue 10, relative to the framework's floor measured in the same
// run: each scenario must stay within 2× the floor's p95, keep 40% of its throughput, and send
// at most 80 KB of HTML for 25 rows (120 KB for 50). The floor a scenario is judged by is the
// mean of the floor measured just before it and just after it (see `bracketingFloor`).
import type { LoadResult } from "./load";

export const MAX_P95_RATIO = 2;
export const MIN_THROUGHPUT_SHARE = 0.4;
export const SEARCH_BUDGET_MS = 500;

export function htmlBudgetBytes(rowsPerPage: number): number {
  return (rowsPerPage > 25 ? 120 : 80) * 1024;
}

export interface Verdict {
  p95Ratio: number;
  throughputShare: number;
  htmlBudget: number;
  failures: string[];
}

/** The floor around a scenario: the mean of the floor measured before it and the one after. */
export interface Floor {
  requestsPerSecond: number;
  p95: number;
  cpuMsPerRequest?: number;
}

/**
 * On a shared machine the speed moves within minutes (the floor measured 130.6 req/s and, minutes
 * later in the same run, 99.6): a scenario compared with a floor from another minute is judged by
 * other weather. The mean of the two floors that bracket it is the fairest one measure can give.
 */
export function bracketingFloor(before: LoadResult, after: LoadResult): Floor {
  const mean = (a: number, b: number) => (a + b) / 2;
  return {
    requestsPerSecond: mean(before.requestsPerSecond, after.requestsPerSecond),
    p95: mean(before.p95, after.p95),
    cpuMsPerRequest:
      before.cpuMsPerRequest !== undefined && after.cpuMsPerRequest !== undefined ? mean(before.cpuMsPerRequest, after.cpuMsPerRequest) : undefined,
  };
}

export function judge(result: LoadResult, floor: Floor, htmlBytes: number, rowsPerPage: number): Verdict {
  const p95Ratio = result.p95 / floor.p95;
  const throughputShare = result.requestsPerSecond / floor.requestsPerSecond;
  const htmlBudget = htmlBudgetBytes(rowsPerPage);
  const failures: string[] = [];
  if (p95Ratio > MAX_P95_RATIO) failures.push(`p95 ${p95Ratio.toFixed(2)}× floor`);
  if (throughputShare < MIN_THROUGHPUT_SHARE) failures.push(`${Math.round(throughputShare * 100)}% of floor req/s`);
  if (htmlBytes > htmlBudget) failures.push(`HTML over ${htmlBudget / 1024} KB`);
  return { p95Ratio, throughputShare, htmlBudget, failures };
}
