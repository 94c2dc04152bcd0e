"use client";
// Accept / Decline for the invited person, signed in as the invited address. Both are POSTs
// (server actions) that re-check everything; a refusal is shown and the page re-read.
import { Check, Loader2, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { acceptInvitationAction, declineInvitationAction } from "@/lib/actions/invitations/respond-to-invitation";

export function RespondButtons({ token, organizationName }: { token: string; organizationName: string }) {
  const router = useRouter();
  const [accepting, startAccepting] = useTransition();
  const [declineOpen, setDeclineOpen] = useState(false);

  function accept() {
    startAccepting(async () => {
      // On success the action redirects to the organization.
      const result = await acceptInvitationAction(token);
      if (result && !result.ok) {
        toast.error(result.error);
        router.refresh();
      }
    });
  }

  async function decline(): Promise<string | null> {
    const result = await declineInvitationAction(token);
    if (!result.ok) {
      router.refresh();
      return result.error;
    }
    toast.success(`You declined the invitation to ${result.data.organizationName}.`);
    router.refresh();
    return null;
  }

  return (
    <>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" size="lg" onClick={() => setDeclineOpen(true)} disabled={accepting}>
          <X className="size-4" aria-hidden="true" />
          Decline
        </Button>
        <Button size="lg" onClick={accept} disabled={accepting} className="sm:min-w-36">
          {accepting ? <Loader2 className="size-4 animate-spin" aria-hidden="true" /> : <Check className="size-4" aria-hidden="true" />}
          {accepting ? "Joining…" : "Accept"}
        </Button>
      </div>
      <ConfirmDialog
        open={declineOpen}
        onOpenChange={setDeclineOpen}
        title={`Decline the invitation to ${organizationName}?`}
        description="You won't join the organization and this link stops working. To join later, you'll need a new invitation."
        confirmLabel="Decline invitation"
        onConfirm={decline}
      />
    </>
  );
}
