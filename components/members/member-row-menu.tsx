"use client";
// The row's ⋯ menu. Members without any management permission see only "View details"; those
// with some see every action they hold, disabled with the reason when this particular member is
// out of their reach.
import { MoreHorizontal } from "lucide-react";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { whyCannotChangeStatus, whyCannotEdit, whyCannotRemove } from "@/lib/members/rules";
import { can } from "@/lib/permissions";
import { useMemberActions, type MemberTarget } from "./member-actions-provider";
import { ReasonedMenuItem } from "./reasoned-menu-item";

const triggerClasses =
  "rounded-md p-1.5 text-slate-500 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600 data-[state=open]:bg-slate-100";

export function MemberRowMenu({
  target,
  onView,
  onEdit,
}: {
  target: MemberTarget;
  onView: (memberId: string) => void;
  onEdit: (memberId: string) => void;
}) {
  const { viewer, confirmStatus, confirmRemove } = useMemberActions();
  const canEditAny = can(viewer, "members.edit");
  const canRemoveAny = can(viewer, "members.remove");

  return (
    <DropdownMenu>
      <DropdownMenuTrigger className={triggerClasses} aria-label={`Actions for ${target.name}`}>
        <MoreHorizontal className="size-4" aria-hidden="true" />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-60">
        <DropdownMenuItem onSelect={() => onView(target.id)}>View details</DropdownMenuItem>
        {canEditAny ? (
          <ReasonedMenuItem reason={whyCannotEdit(viewer, target)} onSelect={() => onEdit(target.id)}>
            Edit member
          </ReasonedMenuItem>
        ) : null}
        {canRemoveAny ? (
          <>
            <DropdownMenuSeparator />
            <ReasonedMenuItem reason={whyCannotChangeStatus(viewer, target)} onSelect={() => confirmStatus(target)}>
              {target.status === "inactive" ? "Re-enable member" : "Disable member"}
            </ReasonedMenuItem>
            <ReasonedMenuItem reason={whyCannotRemove(viewer, target)} onSelect={() => confirmRemove(target)} tone="danger">
              Remove member
            </ReasonedMenuItem>
          </>
        ) : null}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
