"use client";
// Copies a value (the SCIM base URL, a new token) to the clipboard and says so.
import { Check, Copy } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";

export function CopyButton({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      toast.success("Copied to the clipboard.");
      setTimeout(() => setCopied(false), 2000);
    } catch {
      toast.error("Couldn't copy. Select the text and copy it instead.");
    }
  }
  return (
    <Button type="button" variant="secondary" onClick={() => void copy()} aria-label={label} title={label}>
      {copied ? <Check className="size-4" aria-hidden="true" /> : <Copy className="size-4" aria-hidden="true" />}
      <span>{copied ? "Copied" : "Copy"}</span>
    </Button>
  );
}

/** A read-only value with its copy button, e.g. the SCIM base URL. */
export function CopyField({ id, value, label }: { id: string; value: string; label: string }) {
  return (
    <div className="flex flex-col gap-2 sm:flex-row">
      <input
        id={id}
        readOnly
        value={value}
        onFocus={(e) => e.currentTarget.select()}
        className="h-10 w-full min-w-0 rounded-md border border-slate-300 bg-slate-50 px-3 font-mono text-sm text-slate-800 sm:flex-1"
      />
      <CopyButton value={value} label={label} />
    </div>
  );
}
