"use client";
// Progress bar primitive (Radix, role="progressbar"); the tone says whether the value is a concern.
import { Progress as ProgressPrimitive } from "radix-ui";
import type { ComponentProps } from "react";
import { cn } from "./cn";

const TONES = {
  indigo: "bg-indigo-600",
  amber: "bg-amber-500",
  red: "bg-red-600",
} as const;

export function Progress({
  value,
  max = 100,
  tone = "indigo",
  className,
  ...props
}: ComponentProps<typeof ProgressPrimitive.Root> & { value: number; max?: number; tone?: keyof typeof TONES }) {
  const percent = max > 0 ? Math.min(100, Math.max(0, (value / max) * 100)) : 100;
  return (
    <ProgressPrimitive.Root
      value={Math.min(value, max)}
      max={max}
      className={cn("relative h-2 w-full overflow-hidden rounded-full bg-slate-100", className)}
      {...props}
    >
      <ProgressPrimitive.Indicator
        className={cn("h-full rounded-full transition-[width]", TONES[tone])}
        style={{ width: `${percent}%` }}
      />
    </ProgressPrimitive.Root>
  );
}
