"use client";
// The members page's shared context for acting on members — who is looking, the organization's
// teams and departments — and the confirmations of disabling, re-enabling and removing someone,
// so the row menu and the view modal open the same dialogs. Whether a control is enabled comes
// from lib/members/rules.ts — the same rules the server enforces. Changing a role is the role
// badge's menu (role-badge-menu.tsx).
import { useRouter } from "next/navigation";
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { TeamOption } from "@/db/queries/teams";
import { removeMemberAction, setMemberStatusAction } from "@/lib/actions/members/server-actions";
import type { MemberSubject } from "@/lib/members/rules";

/** The person a control acts on, as much as the table row knows. */
export interface MemberTarget extends MemberSubject {
  name: string;
  email: string;
}

export interface MemberActions {
  slug: string;
  viewer: MemberSubject;
  teams: TeamOption[];
  departments: string[];
  confirmStatus: (target: MemberTarget) => void;
  confirmRemove: (target: MemberTarget) => void;
}

const Context = createContext<MemberActions | null>(null);

export function useMemberActions(): MemberActions {
  const value = useContext(Context);
  if (!value) throw new Error("useMemberActions outside MemberActionsProvider");
  return value;
}

type Pending = { kind: "status" | "remove"; target: MemberTarget } | null;

export function MemberActionsProvider({
  slug,
  viewer,
  teams,
  departments,
  onRemoved,
  children,
}: {
  slug: string;
  viewer: MemberSubject;
  teams: TeamOption[];
  departments: string[];
  /** Called after a member is removed (e.g. to close their view modal). */
  onRemoved: (memberId: string) => void;
  children: ReactNode;
}) {
  const router = useRouter();
  const [pending, setPending] = useState<Pending>(null);

  const value = useMemo<MemberActions>(
    () => ({
      slug,
      viewer,
      teams,
      departments,
      confirmStatus: (target) => setPending({ kind: "status", target }),
      confirmRemove: (target) => setPending({ kind: "remove", target }),
    }),
    [slug, viewer, teams, departments],
  );

  const target = pending?.target;
  const disabling = target?.status !== "inactive";

  return (
    <Context.Provider value={value}>
      {children}
      <ConfirmDialog
        open={pending?.kind === "status"}
        onOpenChange={(open) => (open ? undefined : setPending(null))}
        title={disabling ? `Disable ${target?.name}?` : `Re-enable ${target?.name}?`}
        description={
          disabling
            ? `${target?.name} (${target?.email}) loses access to this organization immediately and frees a seat. Their history is kept and you can re-enable them later.`
            : `${target?.name} (${target?.email}) gets access again with their role and teams. This takes a seat.`
        }
        confirmLabel={disabling ? "Disable member" : "Re-enable member"}
        variant={disabling ? "danger" : "primary"}
        onConfirm={async () => {
          if (!target) return null;
          const result = await setMemberStatusAction(slug, { memberId: target.id, status: disabling ? "inactive" : "active" });
          if (!result.ok) return result.error;
          toast.success(
            disabling
              ? `${target.name} has been disabled.`
              : result.data.status === "pending"
                ? `${target.name} has been invited again.`
                : `${target.name} has been re-enabled.`,
          );
          router.refresh();
          return null;
        }}
      />
      <ConfirmDialog
        open={pending?.kind === "remove"}
        onOpenChange={(open) => (open ? undefined : setPending(null))}
        title={`Remove ${target?.name}?`}
        description={`${target?.name} (${target?.email}) will lose access to this organization immediately and be removed from all teams. Their activity stays in the audit log; their account is not deleted.`}
        confirmLabel="Remove member"
        onConfirm={async () => {
          if (!target) return null;
          const result = await removeMemberAction(slug, { memberId: target.id });
          if (!result.ok) return result.error;
          toast.success(`${target.name} has been removed.`);
          onRemoved(target.id);
          router.refresh();
          return null;
        }}
      />
    </Context.Provider>
  );
}
