"use client";
// "Sign in as <invited address>" for a visitor signed in as someone else: the action signs them
// out and opens the sign-in form with the invited address, returning to this invitation.
import { Loader2, LogIn } from "lucide-react";
import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";
import { signInAsInvitedAction } from "@/lib/actions/invitations/respond-to-invitation";

export function SignInAsButton({ token, email }: { token: string; email: string }) {
  return (
    <form action={signInAsInvitedAction.bind(null, token)} className="w-full sm:w-auto">
      <Submit email={email} />
    </form>
  );
}

function Submit({ email }: { email: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" size="lg" disabled={pending} className="h-auto min-h-11 w-full py-2 text-center whitespace-normal sm:w-auto">
      {pending ? <Loader2 className="size-4 shrink-0 animate-spin" aria-hidden="true" /> : <LogIn className="size-4 shrink-0" aria-hidden="true" />}
      <span className="wrap-anywhere">Sign in as {email}</span>
    </Button>
  );
}
