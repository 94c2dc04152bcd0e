"use client";
// The organization chooser's offer to someone whose address is on an organization's verified
// domain: "Join <organization>" (at once with auto-join, else a request the Admins decide), the
// seat limit notice, or the state of their request.
import { Building2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { joinOrganizationAction } from "@/lib/actions/domains/server-actions";
import type { DomainJoinOffer as Offer } from "@/lib/domains/join-offer";

export function DomainJoinOffer({ offer, className }: { offer: Offer; className?: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(offer.message);

  async function join() {
    setPending(true);
    try {
      const result = await joinOrganizationAction({ organizationId: offer.organizationId });
      if (!result.ok) return void setMessage(result.error);
      if (result.data.joined && result.data.slug) {
        toast.success(result.data.message);
        router.push(`/orgs/${result.data.slug}/members`);
        return;
      }
      setMessage(result.data.message);
      router.refresh();
    } catch {
      setMessage("The request did not get through. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  const canJoin = offer.state === "can_join" && !message;
  return (
    <section aria-labelledby="domain-join-heading" className={`rounded-xl border border-indigo-200 bg-indigo-50/60 p-4 ${className ?? ""}`}>
      <div className="flex items-start gap-3">
        <span className="grid size-10 shrink-0 place-items-center rounded-lg bg-indigo-600 text-white" aria-hidden="true">
          <Building2 className="size-5" />
        </span>
        <div className="min-w-0 flex-1">
          <h2 id="domain-join-heading" className="font-medium text-slate-900">
            {offer.organizationName}
          </h2>
          <p className="text-sm text-slate-600">
            Your address is on {offer.domain}, a verified domain of {offer.organizationName}.{" "}
            {offer.autoJoin ? "You can join now." : "You can ask its admins to let you in."}
          </p>
          {message ? (
            <p role="status" className="mt-2 text-sm font-medium text-slate-800">
              {message}
            </p>
          ) : null}
        </div>
      </div>
      {canJoin ? (
        <div className="mt-3 flex justify-end">
          <Button onClick={() => void join()} disabled={pending}>
            {pending ? "Joining…" : `Join ${offer.organizationName}`}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
