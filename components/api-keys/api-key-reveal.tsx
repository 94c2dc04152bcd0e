"use client";
// The new key, shown this one time: read-only, selectable, with a Copy button and a plain warning
// that Roster keeps only a fingerprint of it.
import { Check, Copy } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function ApiKeyReveal({ value, label = "Your new API key" }: { value: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <div className="space-y-2">
      <label className="text-sm font-medium text-slate-900" htmlFor="revealed-secret">
        {label}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id="revealed-secret"
          readOnly
          value={value}
          onFocus={(e) => e.currentTarget.select()}
          className="h-10 w-full min-w-0 rounded-md border border-slate-300 bg-slate-50 px-3 font-mono text-sm text-slate-900"
          aria-describedby="revealed-secret-hint"
        />
        <Button variant="secondary" onClick={() => void copy()}>
          {copied ? <Check className="size-4" aria-hidden="true" /> : <Copy className="size-4" aria-hidden="true" />}
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      <p id="revealed-secret-hint" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        Copy it now and keep it somewhere safe. It won&apos;t be shown again — Roster stores only a fingerprint of it.
      </p>
    </div>
  );
}
