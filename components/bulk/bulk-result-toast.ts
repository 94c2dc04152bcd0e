// The result of a bulk action (or an undo) as a toast: what changed, what was skipped and why, and
// an Undo button for the 10 minutes the change can be undone.
import { toast } from "sonner";
import { undoBulkOperationAction } from "@/lib/actions/bulk/server-actions";
import type { BulkResult } from "@/lib/actions/bulk/apply-bulk-action";
import type { SkipGroup } from "@/lib/bulk/evaluate";

const n = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;

export function skippedText(skipped: readonly SkipGroup[]): string {
  return skipped.map((g) => `${g.count.toLocaleString("en-US")} skipped: ${g.reason}`).join(" · ");
}

export async function undoNow(slug: string, operationId: string, onDone: () => void): Promise<string | null> {
  const result = await undoBulkOperationAction(slug, { operationId });
  if (!result.ok) {
    toast.error(result.error);
    return result.error;
  }
  const { restored, skipped } = result.data;
  toast.success(`Undone: ${n(restored, "member")} restored`, { description: skipped.length ? skippedText(skipped) : undefined });
  onDone();
  return null;
}

export function showBulkResult(slug: string, verb: string, result: BulkResult, onDone: () => void): void {
  const description = [result.stoppedEarly ? `Stopped early: ${result.stoppedEarly}` : "", skippedText(result.skipped)].filter(Boolean).join(" · ") || undefined;
  const operationId = result.operationId;
  toast.success(`${verb}: ${n(result.changed, "member")}`, {
    description,
    duration: operationId ? 30_000 : 8_000,
    action: operationId ? { label: "Undo", onClick: () => void undoNow(slug, operationId, onDone) } : undefined,
  });
  onDone();
}
