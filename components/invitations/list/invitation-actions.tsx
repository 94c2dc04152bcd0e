"use client";
// The invitation actions of the Invitations view: one provider owns the Resend, Send again, Cancel
// and Remove confirmations and the Change dialog, so every row's menu calls the same code.
import { useRouter } from "next/navigation";
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import { toast } from "sonner";
import type { InvitationListRow } from "@/db/queries/invitations";
import type { TeamOption } from "@/db/queries/teams";
import { cancelInvitationAction, removeInvitationAction, resendInvitationAction } from "@/lib/actions/invitations/server-actions";
import type { Actor } from "@/lib/permissions";
import { EditInvitationDialog } from "./edit-invitation-dialog";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

type Kind = "resend" | "again" | "cancel" | "remove" | "edit";

export interface InvitationActions {
  slug: string;
  viewer: Actor;
  open: (kind: Kind, invitation: InvitationListRow) => void;
}

const Context = createContext<InvitationActions | null>(null);

export function useInvitationActions(): InvitationActions {
  const value = useContext(Context);
  if (!value) throw new Error("useInvitationActions outside InvitationActionsProvider");
  return value;
}

export function InvitationActionsProvider({
  slug,
  viewer,
  teams,
  expiryDays,
  children,
}: {
  slug: string;
  viewer: Actor;
  teams: TeamOption[];
  expiryDays: number;
  children: ReactNode;
}) {
  const router = useRouter();
  const [pending, setPending] = useState<{ kind: Kind; invitation: InvitationListRow } | null>(null);
  const value = useMemo<InvitationActions>(() => ({ slug, viewer, open: (kind, invitation) => setPending({ kind, invitation }) }), [slug, viewer]);
  const close = (open: boolean) => (open ? undefined : setPending(null));
  const invitation = pending?.invitation;
  const email = invitation?.email ?? "";
  const days = `${expiryDays} day${expiryDays === 1 ? "" : "s"}`;
  /** A confirmation's action on the invitation: its error stays in the dialog; success is a toast and a fresh list. */
  const confirmWith = async (
    action: (slug: string, input: { invitationId: string }) => Promise<{ ok: true } | { ok: false; error: string }>,
    done: (email: string) => string,
  ): Promise<string | null> => {
    if (!invitation) return null;
    const result = await action(slug, { invitationId: invitation.id });
    if (!result.ok) return result.error;
    toast.success(done(invitation.email));
    router.refresh();
    return null;
  };

  return (
    <Context.Provider value={value}>
      {children}
      <ConfirmDialog
        open={pending?.kind === "resend"}
        onOpenChange={close}
        title={`Resend the invitation to ${email}?`}
        description={
          <>
            A new link goes to <strong className="font-medium text-slate-800">{email}</strong> and works for {days}. The link in
            earlier emails stops working.
            {invitation?.status === "bounced" ? " The last email to this address bounced: check the address first." : null}
            {invitation?.status === "expired" ? " The invitation becomes pending again." : null}
          </>
        }
        confirmLabel="Resend invitation"
        dismissLabel="Not now"
        variant="primary"
        onConfirm={() => confirmWith(resendInvitationAction, (to) => `Invitation sent again to ${to}.`)}
      />
      <ConfirmDialog
        open={pending?.kind === "again"}
        onOpenChange={close}
        title={`Send the invitation to ${email} again?`}
        description={
          <>
            They declined it. A new invitation with its own link goes to <strong className="font-medium text-slate-800">{email}</strong>{" "}
            and works for {days}; it takes a seat until they answer. The declined invitation stays in the list.
          </>
        }
        confirmLabel="Send again"
        dismissLabel="Not now"
        variant="primary"
        onConfirm={() => confirmWith(resendInvitationAction, (to) => `New invitation sent to ${to}.`)}
      />
      <ConfirmDialog
        open={pending?.kind === "remove"}
        onOpenChange={close}
        title={`Remove the invitation to ${email}?`}
        description={
          <>
            The {invitation?.status ?? ""} invitation to <strong className="font-medium text-slate-800">{email}</strong> leaves this list.
            Its history stays in the activity log.
            {invitation?.status === "expired" ? " The seat it holds is freed." : null}
          </>
        }
        confirmLabel="Remove invitation"
        dismissLabel="Keep it"
        variant="danger"
        onConfirm={() => confirmWith(removeInvitationAction, (to) => `Invitation to ${to} removed.`)}
      />
      <ConfirmDialog
        open={pending?.kind === "cancel"}
        onOpenChange={close}
        title={`Cancel the invitation to ${email}?`}
        description={
          <>
            The link sent to <strong className="font-medium text-slate-800">{email}</strong> stops working and the seat it holds is
            freed. You can invite them again later.
          </>
        }
        confirmLabel="Cancel invitation"
        dismissLabel="Keep invitation"
        variant="danger"
        onConfirm={() => confirmWith(cancelInvitationAction, (to) => `Invitation to ${to} cancelled.`)}
      />
      <EditInvitationDialog
        slug={slug}
        viewer={viewer}
        teams={teams}
        invitation={pending?.kind === "edit" ? pending.invitation : null}
        onClose={() => setPending(null)}
        onSaved={() => {
          setPending(null);
          router.refresh();
        }}
      />
    </Context.Provider>
  );
}
