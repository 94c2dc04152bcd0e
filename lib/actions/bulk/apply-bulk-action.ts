// Applies a bulk action: the selection is resolved when the action is confirmed (explicit ids, or
// every member matching the filter at that moment), then members are decided and changed in
// batches of at most 1,000, each in its own transaction under the organization lock with the
// actor and the rules checked again, and the whole is audited by one summary event listing its
// members (beside each member's own event). Each step is a kernel action, so every batch is
// authorized like any other change.
import "server-only";
import { z } from "zod";
import type { Database } from "@/db/client";
import { loadMembersWithTeams, selectMemberIds } from "@/db/queries/bulk-members";
import { insertBulkOperation } from "@/db/queries/bulk-operations";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { invalidInput } from "@/lib/actions/kernel/field-errors";
import type { OrgRef } from "@/lib/actions/kernel/org-caller";
import type { RequestIdentity } from "@/lib/actions/kernel/request-identity";
import { NOT_A_MEMBER, evaluate, isUndoable, skipGroups, type SkipGroup } from "@/lib/bulk/evaluate";
import { describeSelection, selectionQuery } from "@/lib/bulk/selection";
import { undoDeadline } from "@/lib/bulk/snapshots";
import { fail, ok, type ActionResult } from "@/lib/errors";
import { bulkOperationSchema, bulkRequestSchema, type BulkOperation } from "@/lib/validation/bulk";
import { checkOperation, readCounters } from "./bulk-context";
import { summaryAction, summaryOperation } from "./bulk-summary";
import { applyStep } from "./bulk-steps";

/** Members changed per transaction. */
export const BATCH_SIZE = 1_000;

export interface BulkResult {
  /** Undo it with this (null when nothing changed or the action can't be undone). */
  operationId: string | null;
  undoableUntil: string | null;
  selected: number;
  changed: number;
  skipped: SkipGroup[];
  /** Set when a batch was refused part-way: the batches before it stay applied (and can be undone). */
  stoppedEarly: string | null;
}

const start = defineOrgAction({
  permission: "members.view",
  schema: bulkRequestSchema,
  async handler({ tx, organization, actor, identity }, input) {
    await checkOperation(tx, organization, actor, input.operation);
    const memberIds = await selectMemberIds(tx, organization.id, selectionQuery(organization.id, input.selection));
    const named = input.selection.kind === "ids" ? input.selection.ids.length : memberIds.length;
    const undoableUntil = undoDeadline();
    const operationId =
      isUndoable(input.operation.type) && memberIds.length > 0
        ? await insertBulkOperation(tx, { organizationId: organization.id, action: `bulk.${input.operation.type}`, actorUserId: identity.user.id, undoableUntil })
        : null;
    return { memberIds, missing: named - memberIds.length, operationId, undoableUntil, selection: describeSelection(organization.id, input.selection) };
  },
});

const batch = defineOrgAction({
  permission: "members.view",
  schema: z.object({ operation: bulkOperationSchema, memberIds: z.array(z.uuid()).max(BATCH_SIZE), operationId: z.uuid().nullable() }),
  async handler(ctx, input) {
    const { tx, organization, actor } = ctx;
    const teamNames = await checkOperation(tx, organization, actor, input.operation);
    const members = await loadMembersWithTeams(tx, { organizationId: organization.id, memberIds: input.memberIds, lock: true });
    const decided = evaluate(actor, input.operation, members, await readCounters(tx, organization), teamNames);
    // Removed by someone else since the selection was resolved.
    const gone = input.memberIds.length - members.length;
    await applyStep(ctx, { operation: input.operation, members: decided.change, operationId: input.operationId, teamNames });
    return {
      changed: decided.change.map((m) => ({ id: m.id, name: m.name })),
      skipped: [...decided.skipped],
      gone,
    };
  },
});

const finish = defineOrgAction({
  permission: "members.view",
  schema: z.object({
    operation: bulkOperationSchema,
    operationId: z.uuid().nullable(),
    selection: z.string(),
    members: z.array(z.object({ id: z.string(), name: z.string() })),
    skipped: z.record(z.string(), z.number()),
    stoppedEarly: z.string().nullable(),
  }),
  async handler({ audit }, input) {
    await audit({
      action: summaryAction(input.operation.type),
      metadata: {
        ...summaryOperation(input.operation),
        selection: input.selection,
        changed: input.members.length,
        skipped: input.skipped,
        ...(input.stoppedEarly ? { stoppedEarly: input.stoppedEarly } : {}),
        ...(input.operationId ? { undoOperationId: input.operationId } : {}),
        members: input.members,
      },
    });
    return null;
  },
});

/** Confirms a bulk action (the preview dialog's Apply). `org` as for any kernel action. */
export async function runBulkAction(db: Database, identity: RequestIdentity, org: OrgRef, rawInput: unknown): Promise<ActionResult<BulkResult>> {
  const parsed = bulkRequestSchema.safeParse(rawInput);
  if (!parsed.success) return invalidInput(parsed.error);
  const operation: BulkOperation = parsed.data.operation;
  const started = await start.run(db, identity, org, rawInput);
  if (!started.ok) return started;
  const { memberIds, missing, operationId, undoableUntil, selection } = started.data;

  const changed: { id: string; name: string }[] = [];
  const skipped = new Map<string, { id: string; name: string }[]>();
  const addSkipped = (reason: string, list: { id: string; name: string }[]) => skipped.set(reason, [...(skipped.get(reason) ?? []), ...list]);
  if (missing > 0) addSkipped(NOT_A_MEMBER, Array.from({ length: missing }, () => ({ id: "", name: "—" })));
  let stoppedEarly: string | null = null;
  for (let at = 0; at < memberIds.length; at += BATCH_SIZE) {
    const done = await batch.run(db, identity, org, { operation, memberIds: memberIds.slice(at, at + BATCH_SIZE), operationId });
    if (!done.ok) {
      stoppedEarly = done.error;
      if (changed.length === 0) return done;
      break;
    }
    changed.push(...done.data.changed);
    for (const [reason, list] of done.data.skipped) addSkipped(reason, list);
    if (done.data.gone > 0) addSkipped(NOT_A_MEMBER, Array.from({ length: done.data.gone }, () => ({ id: "", name: "—" })));
  }

  const keepOperation = changed.length > 0 && operationId !== null;
  if (changed.length > 0) {
    const counts = Object.fromEntries([...skipped].map(([reason, list]) => [reason, list.length]));
    const summary = await finish.run(db, identity, org, { operation, operationId: keepOperation ? operationId : null, selection, members: changed, skipped: counts, stoppedEarly });
    if (!summary.ok) return fail(summary.code, summary.error);
  }
  return ok({
    operationId: keepOperation ? operationId : null,
    undoableUntil: keepOperation ? undoableUntil.toISOString() : null,
    selected: memberIds.length + missing,
    changed: changed.length,
    skipped: skipGroups(skipped),
    stoppedEarly,
  });
}
