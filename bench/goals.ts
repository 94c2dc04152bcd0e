// The members page's goals from issue 10, relative to the framework's floor measured in the same
// run: each scenario must stay within 2× the floor's p95, keep 40% of its throughput, and send
// at most 80 KB of HTML for 25 rows (120 KB for 50).
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

export function judge(result: LoadResult, floor: LoadResult, htmlBytes: number, rowsPerPage: number): Verdict {
  const p95Ratio = result.p95 / floor.p95;
  const throughputShare = result.requestsPerSecond / floor.requestsPerSecond;
  const htmlBudget = htmlBudgetBytes(rowsPerPage);
  const failures: string[] = [];
  if (p95Ratio > MAX_P95_RATIO) failures.push(`p95 ${p95Ratio.toFixed(2)}× floor`);
  if (throughputShare < MIN_THROUGHPUT_SHARE) failures.push(`${Math.round(throughputShare * 100)}% of floor req/s`);
  if (htmlBytes > htmlBudget) failures.push(`HTML over ${htmlBudget / 1024} KB`);
  return { p95Ratio, throughputShare, htmlBudget, failures };
}
