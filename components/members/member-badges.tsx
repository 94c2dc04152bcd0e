// Role and status badges of a member.
import type { MemberStatus, Role } from "@/db/schema/enums";
import { Badge } from "@/components/ui/badge";
import { ROLE_LABELS } from "@/lib/permissions";
import { ROLE_TONES, STATUS_LABELS, STATUS_TONES } from "./member-display";

export function RoleBadge({ role }: { role: Role }) {
  return <Badge tone={ROLE_TONES[role]}>{ROLE_LABELS[role]}</Badge>;
}

const DOT: Record<MemberStatus, string> = {
  active: "bg-green-500",
  inactive: "bg-red-500",
  pending: "bg-orange-500",
};

export function StatusBadge({ status }: { status: MemberStatus }) {
  return (
    <Badge tone={STATUS_TONES[status]}>
      <span aria-hidden="true" className={`size-1.5 rounded-full ${DOT[status]}`} />
      {STATUS_LABELS[status]}
    </Badge>
  );
}
