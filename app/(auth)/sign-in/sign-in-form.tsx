"use client";
// The sign-in form: email field, inline validation errors, pending state.
import { useActionState, useState } from "react";
import { Loader2, Mail } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { requestSignInLink, type SignInState } from "@/lib/actions/auth/request-sign-in-link";

export function SignInForm({ callbackUrl, defaultEmail = "" }: { callbackUrl: string; defaultEmail?: string }) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(requestSignInLink, null);
  const failure = state && !state.ok ? state : null;
  // Controlled, so the address stays in the field when the action answers with an error.
  const [email, setEmail] = useState(defaultEmail);
  const emailError = failure?.fieldErrors?.email?.[0];
  const formError = failure && !emailError ? failure.error : undefined;

  return (
    <form action={formAction} className="mt-6 space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div className="space-y-1.5">
        <Label htmlFor="email">Email address</Label>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          placeholder="you@company.com"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          required
          autoFocus
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? "email-error" : undefined}
        />
        {emailError ? (
          <p id="email-error" className="text-sm text-red-600">
            {emailError}
          </p>
        ) : null}
      </div>
      {formError ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {formError}
        </p>
      ) : null}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? <Loader2 className="size-4 animate-spin" aria-hidden="true" /> : <Mail className="size-4" aria-hidden="true" />}
        {pending ? "Sending link…" : "Email me a sign-in link"}
      </Button>
    </form>
  );
}
