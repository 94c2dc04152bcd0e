"use client";
// Accept / Decline on a team invitation's page; the server decides whether the caller may.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { respondToTeamInvitationAction } from "@/lib/actions/teams/server-actions";
import { Button } from "@/components/ui/button";

export function TeamInvitationResponse({ slug, invitationId, teamId, teamName }: { slug: string; invitationId: string; teamId: string; teamName: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const respond = (response: "accept" | "decline") =>
    startTransition(async () => {
      setError(null);
      const result = await respondToTeamInvitationAction(slug, { invitationId, response });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      if (response === "accept") {
        toast.success(`You joined ${teamName}.`);
        router.push(`/orgs/${slug}/teams/${teamId}`);
      } else {
        toast.success("Invitation declined.");
        router.refresh();
      }
    });

  return (
    <div className="space-y-3">
      {error ? (
        <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800" role="alert">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => respond("accept")} disabled={pending}>
          Accept
        </Button>
        <Button variant="secondary" onClick={() => respond("decline")} disabled={pending}>
          Decline
        </Button>
      </div>
    </div>
  );
}
