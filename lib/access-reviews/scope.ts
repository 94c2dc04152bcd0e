// An access review's scope in words, for the review pages, the audit log and the report.
import type { AccessReviewScope } from "@/db/queries/access-reviews";
import { ROLE_LABELS } from "@/lib/permissions";

export function scopeLabel(scope: AccessReviewScope): string {
  switch (scope.kind) {
    case "everyone":
      return "Everyone";
    case "team":
      return `Team ${scope.teamName}`;
    case "role":
      return `Everyone with the role ${ROLE_LABELS[scope.role]}`;
    case "inactive":
      return `Members inactive for ${scope.days}+ days`;
  }
}

export const DECISION_LABELS = { keep: "Keep", change_role: "Change role", remove: "Remove" } as const;
