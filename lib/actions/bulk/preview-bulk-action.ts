// Previews a bulk action: how many of the selected members it would change and how many it would
// skip, grouped by reason — decided by the same function, in the same order and with the same
// counts as apply (lib/bulk/evaluate.ts), so what the preview says is what Apply does unless
// someone changes the organization in between. Writes nothing.
import "server-only";
import { loadMembersWithTeams, selectMemberIds } from "@/db/queries/bulk-members";
import { defineOrgQuery } from "@/lib/actions/kernel/define-org-query";
import { NOT_A_MEMBER, emptyEvaluation, evaluate, isUndoable, skip, skipGroups, type SkipGroup } from "@/lib/bulk/evaluate";
import { selectionQuery } from "@/lib/bulk/selection";
import { bulkRequestSchema } from "@/lib/validation/bulk";
import { BATCH_SIZE } from "./apply-bulk-action";
import { checkOperation, readCounters } from "./bulk-context";

export interface BulkPreview {
  selected: number;
  willChange: number;
  skipped: SkipGroup[];
  /** Up to five of those who would change, for the dialog. */
  examples: string[];
  undoable: boolean;
}

export const previewBulkAction = defineOrgQuery({
  permission: "members.view",
  schema: bulkRequestSchema,
  async handler({ db, organization, actor }, input): Promise<BulkPreview> {
    const teamNames = await checkOperation(db, organization, actor, input.operation);
    const memberIds = await selectMemberIds(db, organization.id, selectionQuery(organization.id, input.selection));
    const counters = await readCounters(db, organization);
    const decided = emptyEvaluation();
    for (let at = 0; at < memberIds.length; at += BATCH_SIZE) {
      const members = await loadMembersWithTeams(db, { organizationId: organization.id, memberIds: memberIds.slice(at, at + BATCH_SIZE) });
      evaluate(actor, input.operation, members, counters, teamNames, decided);
    }
    const missing = input.selection.kind === "ids" ? input.selection.ids.length - memberIds.length : 0;
    for (let i = 0; i < missing; i++) skip(decided, NOT_A_MEMBER, { id: "", name: "—" });
    return {
      selected: memberIds.length + missing,
      willChange: decided.change.length,
      skipped: skipGroups(decided.skipped),
      examples: decided.change.slice(0, 5).map((m) => m.name),
      undoable: isUndoable(input.operation.type),
    };
  },
});
