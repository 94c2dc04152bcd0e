"use client";
// The members table's two row menus, each rendered once for the whole table (data-table's
// TableMenu) and opened for the row whose button was pressed: the ⋯ actions (view, edit,
// disable/re-enable, remove) and the role badge's roles. Members without a management permission
// see only "View details"; those with some see every action they hold, disabled with the rule's
// reason (lib/members/rules.ts, the same rules the server enforces) when this member is out of reach.
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { toast } from "sonner";
import type { RowMenu } from "@/components/data-table/table-menu";
import { DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator } from "@/components/ui/dropdown-menu";
import { changeRoleAction } from "@/lib/actions/members/server-actions";
import { whyCannotChangeRole, whyCannotChangeStatus, whyCannotEdit, whyCannotRemove } from "@/lib/members/rules";
import { ROLES, ROLE_LABELS, can, type Role } from "@/lib/permissions";
import { useMemberActions, type MemberTarget } from "./member-actions-provider";
import type { MemberRow } from "./member-row";
import { ReasonedMenuItem } from "./reasoned-menu-item";

/** What the row's menus need to know about its member. */
export function targetOf(row: MemberRow): MemberTarget {
  return { id: row.id, name: row.name, email: row.email, role: row.role, status: row.status, permissions: [] };
}

export function useMemberRowMenus({ onOpen, onEdit }: { onOpen: (memberId: string) => void; onEdit: (memberId: string) => void }) {
  const { slug, viewer, confirmStatus, confirmRemove } = useMemberActions();
  const router = useRouter();

  return useMemo((): Record<string, RowMenu<MemberRow>> => {
    const canEditAny = can(viewer, "members.edit");
    const canRemoveAny = can(viewer, "members.remove");

    const changeRole = async (target: MemberTarget, role: Role) => {
      const result = await changeRoleAction(slug, { memberId: target.id, role });
      if (result.ok) {
        toast.success(`${target.name} is now ${ROLE_LABELS[role]}.`);
        router.refresh();
      } else toast.error(result.error);
    };

    return {
      actions: {
        label: (row) => `Actions for ${row.name}`,
        className: "w-60",
        items: (row, afterClose) => {
          const target = targetOf(row);
          return (
            <>
              <DropdownMenuItem onSelect={() => afterClose(() => onOpen(row.id))}>View details</DropdownMenuItem>
              {canEditAny ? (
                <ReasonedMenuItem reason={whyCannotEdit(viewer, target)} onSelect={() => afterClose(() => onEdit(row.id))}>
                  Edit member
                </ReasonedMenuItem>
              ) : null}
              {canRemoveAny ? (
                <>
                  <DropdownMenuSeparator />
                  <ReasonedMenuItem reason={whyCannotChangeStatus(viewer, target)} onSelect={() => afterClose(() => confirmStatus(target))}>
                    {row.status === "inactive" ? "Re-enable member" : "Disable member"}
                  </ReasonedMenuItem>
                  <ReasonedMenuItem reason={whyCannotRemove(viewer, target)} onSelect={() => afterClose(() => confirmRemove(target))} tone="danger">
                    Remove member
                  </ReasonedMenuItem>
                </>
              ) : null}
            </>
          );
        },
      },
      role: {
        label: (row) => `Change role of ${row.name}`,
        align: "start",
        className: "w-64",
        items: (row) => {
          const target = targetOf(row);
          return (
            <>
              <DropdownMenuLabel>Change role</DropdownMenuLabel>
              {ROLES.map((role) => {
                const current = role === row.role;
                const reason = current ? null : whyCannotChangeRole(viewer, target, role);
                return (
                  <ReasonedMenuItem key={role} reason={reason} onSelect={() => (current ? undefined : void changeRole(target, role))}>
                    {ROLE_LABELS[role]}
                    {current ? <span className="ml-2 text-xs text-slate-600">(current)</span> : null}
                  </ReasonedMenuItem>
                );
              })}
            </>
          );
        },
      },
    };
  }, [slug, viewer, router, confirmStatus, confirmRemove, onOpen, onEdit]);
}
