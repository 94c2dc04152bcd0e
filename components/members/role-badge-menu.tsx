"use client";
// Changing a member's role from the table: the Role cell is a plain badge, or for those who may
// change roles a menu of roles (each disabled with the rule's reason when out of reach) that calls
// the change-role action (lib/actions/members/change-role.ts).
import { useRouter } from "next/navigation";
import { ChevronDown } from "lucide-react";
import { toast } from "sonner";
import { DropdownMenu, DropdownMenuContent, DropdownMenuLabel, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { Tooltip } from "@/components/ui/tooltip";
import { changeRoleAction } from "@/lib/actions/members/server-actions";
import { whyCannotChangeRole, whyCannotEdit } from "@/lib/members/rules";
import { ROLES, ROLE_LABELS, can, type Role } from "@/lib/permissions";
import { RoleBadge } from "./member-badges";
import { useMemberActions, type MemberTarget } from "./member-actions-provider";
import { ReasonedMenuItem } from "./reasoned-menu-item";

export function RoleBadgeMenu({ target }: { target: MemberTarget }) {
  const { slug, viewer } = useMemberActions();
  const router = useRouter();
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

  const changeRole = async (role: Role) => {
    const result = await changeRoleAction(slug, { memberId: target.id, role });
    if (result.ok) {
      toast.success(`${target.name} is now ${ROLE_LABELS[role]}.`);
      router.refresh();
    } else toast.error(result.error);
  };

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
            <ReasonedMenuItem key={role} reason={reason} onSelect={() => role !== target.role && void changeRole(role)}>
              <span className="flex items-center gap-2">
                {ROLE_LABELS[role]}
                {role === target.role ? <span className="text-xs text-slate-500">(current)</span> : null}
              </span>
            </ReasonedMenuItem>
          );
        })}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
