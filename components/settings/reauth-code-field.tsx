"use client";
// "Confirm it's you": the emailed one-time code, with the button that sends it. A sign-in younger
// than 10 minutes makes the code optional; the button is always there, so anyone can use a code.
import { Loader2, Mail } from "lucide-react";
import { useEffect, useState, type ComponentProps } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { ReauthPurpose } from "@/db/schema/enums";
import { sendReauthCodeAction } from "@/lib/actions/organizations/server-actions";
import { REAUTH_CODE_LENGTH } from "@/lib/validation/organizations";

/** Whether the sign-in still counts as recent, turning false when the server-computed window ends. */
export function useRecentSignIn(secondsLeft: number): boolean {
  const [recent, setRecent] = useState(secondsLeft > 0);
  useEffect(() => {
    if (secondsLeft <= 0) return;
    const timer = setTimeout(() => setRecent(false), secondsLeft * 1000);
    return () => clearTimeout(timer);
  }, [secondsLeft]);
  return recent;
}

export function ReauthCodeField({
  slug,
  purpose,
  email,
  recentSignIn,
  error,
  inputProps,
}: {
  slug: string;
  purpose: ReauthPurpose;
  email: string;
  recentSignIn: boolean;
  error?: string;
  inputProps: ComponentProps<"input">;
}) {
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);

  async function send() {
    setSending(true);
    setSendError(null);
    try {
      const result = await sendReauthCodeAction(slug, { purpose });
      if (!result.ok) return setSendError(result.error);
      setSent(true);
      toast.success(`We emailed a code to ${result.data.sentTo}. It expires in ${result.data.expiresInMinutes} minutes.`);
    } finally {
      setSending(false);
    }
  }

  const hint = sent
    ? `Code sent to ${email}. Check your inbox; a new code replaces the previous one.`
    : recentSignIn
      ? "You signed in less than 10 minutes ago, so a code is optional. You can still email yourself one."
      : `You signed in more than 10 minutes ago: email yourself a ${REAUTH_CODE_LENGTH}-digit code to confirm it's you.`;

  return (
    <FormField label={recentSignIn ? "Verification code (optional)" : "Verification code"} hint={hint} error={error ?? sendError ?? undefined}>
      <CodeInput {...inputProps} sending={sending} sent={sent} onSend={() => void send()} />
    </FormField>
  );
}

function CodeInput({ sending, sent, onSend, ...props }: ComponentProps<"input"> & { sending: boolean; sent: boolean; onSend: () => void }) {
  return (
    <div className="flex flex-col gap-2 sm:flex-row">
      <Input
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={REAUTH_CODE_LENGTH}
        placeholder={"0".repeat(REAUTH_CODE_LENGTH)}
        className="font-mono tracking-[0.3em] sm:max-w-40"
        {...props}
      />
      <Button variant="secondary" onClick={onSend} disabled={sending}>
        {sending ? <Loader2 className="size-4 animate-spin" aria-hidden="true" /> : <Mail className="size-4" aria-hidden="true" />}
        {sent ? "Send a new code" : "Email me a code"}
      </Button>
    </div>
  );
}
