"use client";
// The row's ⋯ menu and the role badge's menu. Members without any management permission see
// only "View details" and a plain badge; those with some see every action they hold, disabled
// with the reason when this particular member is out of their reach.
import { ChevronDown, MoreHorizontal } from "lucide-react";
import type { ReactNode } from "react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { cn } from "@/components/ui/cn";
import { Tooltip } from "@/components/ui/tooltip";
import { whyCannotChangeRole, whyCannotChangeStatus, whyCannotEdit, whyCannotRemove } from "@/lib/members/rules";
import { ROLES, ROLE_LABELS, can } from "@/lib/permissions";
import { RoleBadge } from "./member-badges";
import { useMemberManagement, type MemberTarget } from "./member-management";

const triggerClasses =
  "rounded-md p-1.5 text-slate-500 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600 data-[state=open]:bg-slate-100";

export function MemberRowActions({
  target,
  onView,
  onEdit,
}: {
  target: MemberTarget;
  onView: (memberId: string) => void;
  onEdit: (memberId: string) => void;
}) {
  const { viewer, confirmStatus, confirmRemove } = useMemberManagement();
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
          <ReasonedItem reason={whyCannotEdit(viewer, target)} onSelect={() => onEdit(target.id)}>
            Edit member
          </ReasonedItem>
        ) : null}
        {canRemoveAny ? (
          <>
            <DropdownMenuSeparator />
            <ReasonedItem reason={whyCannotChangeStatus(viewer, target)} onSelect={() => confirmStatus(target)}>
              {target.status === "inactive" ? "Re-enable member" : "Disable member"}
            </ReasonedItem>
            <ReasonedItem reason={whyCannotRemove(viewer, target)} onSelect={() => confirmRemove(target)} tone="danger">
              Remove member
            </ReasonedItem>
          </>
        ) : null}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

/** A menu item that is disabled, with its reason written under it, when `reason` is set. */
function ReasonedItem({
  reason,
  onSelect,
  tone,
  children,
}: {
  reason: string | null;
  onSelect: () => void;
  tone?: "danger";
  children: ReactNode;
}) {
  return (
    <DropdownMenuItem
      disabled={Boolean(reason)}
      onSelect={onSelect}
      tone={tone}
      // The reason stays readable: only the action's own label is greyed out.
      className={cn("flex-col items-start gap-0.5", reason && "text-slate-400 data-[disabled]:opacity-100")}
    >
      <span>{children}</span>
      {reason ? <span className="text-xs font-normal text-slate-500">{reason}</span> : null}
    </DropdownMenuItem>
  );
}

/** The Role cell: a plain badge, or a menu of roles for those who may change roles. */
export function RoleCell({ target }: { target: MemberTarget }) {
  const { viewer, changeRole } = useMemberManagement();
  if (!can(viewer, "members.edit")) return <RoleBadge role={target.role} />;
  const blocked = whyCannotEdit(viewer, target);
  if (blocked) {
    return (
      <Tooltip content={blocked}>
        <span tabIndex={0} className="inline-flex rounded-full focus-visible:outline-2 focus-visible:outline-indigo-600" aria-label={`${ROLE_LABELS[target.role]}: ${blocked}`}>
          <RoleBadge role={target.role} />
        </span>
      </Tooltip>
    );
  }
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        className="inline-flex items-center gap-0.5 rounded-full focus-visible:outline-2 focus-visible:outline-indigo-600"
        aria-label={`Change role of ${target.name} (currently ${ROLE_LABELS[target.role]})`}
      >
        <RoleBadge role={target.role} />
        <ChevronDown className="size-3.5 text-slate-400" aria-hidden="true" />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-64">
        <DropdownMenuLabel>Change role</DropdownMenuLabel>
        {ROLES.map((role) => {
          const reason = role === target.role ? null : whyCannotChangeRole(viewer, target, role);
          return (
            <ReasonedItem key={role} reason={reason} onSelect={() => role !== target.role && void changeRole(target, role)}>
              <span className="flex items-center gap-2">
                {ROLE_LABELS[role]}
                {role === target.role ? <span className="text-xs text-slate-500">(current)</span> : null}
              </span>
            </ReasonedItem>
          );
        })}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
