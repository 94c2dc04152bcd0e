"use client";
// The typed confirmation of a dangerous action: the organization's slug, exactly.
import type { ComponentProps } from "react";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

export function TypedSlugField({ slug, error, inputProps }: { slug: string; error?: string; inputProps: ComponentProps<"input"> }) {
  return (
    <FormField
      label={
        <>
          Type <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.8125rem] text-slate-900">{slug}</code> to confirm
        </>
      }
      error={error}
    >
      <Input autoComplete="off" spellCheck={false} autoCapitalize="none" {...inputProps} />
    </FormField>
  );
}

/** Whether what was typed is the slug (as the server compares it: trimmed, lowercase). */
export function typedSlugMatches(typed: string | undefined, slug: string): boolean {
  return (typed ?? "").trim().toLowerCase() === slug;
}
