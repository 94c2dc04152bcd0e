// The summary audit event of a bulk action: its name per action, and what the action was.
import type { BulkOperation, BulkOperationType } from "@/lib/validation/bulk";

const SUMMARIES: readonly { type: BulkOperationType; action: string }[] = [
  { type: "change_role", action: "members.bulk_role_changed" },
  { type: "add_to_teams", action: "members.bulk_added_to_teams" },
  { type: "remove_from_team", action: "members.bulk_removed_from_team" },
  { type: "disable", action: "members.bulk_disabled" },
  { type: "enable", action: "members.bulk_enabled" },
  { type: "remove", action: "members.bulk_removed" },
  { type: "send_message", action: "members.bulk_messaged" },
];

export function summaryAction(type: BulkOperationType): string {
  return SUMMARIES.find((s) => s.type === type)!.action;
}

/** The action's parameters as the summary records them (a message is kept as sent). */
export function summaryOperation(operation: BulkOperation): Record<string, unknown> {
  switch (operation.type) {
    case "change_role":
      return { role: operation.role };
    case "add_to_teams":
      return { teamIds: operation.teamIds, teamRole: operation.teamRole };
    case "remove_from_team":
      return { teamId: operation.teamId };
    case "send_message":
      return { subject: operation.subject, message: operation.message, email: operation.email, inApp: operation.inApp };
    default:
      return {};
  }
}
