// Badge primitive: a small rounded label in one of a few tones.
import type { ComponentProps } from "react";
import { cn } from "./cn";

const TONES = {
  gray: "bg-slate-100 text-slate-700 ring-slate-500/15",
  green: "bg-green-50 text-green-700 ring-green-600/20",
  red: "bg-red-50 text-red-700 ring-red-600/15",
  orange: "bg-orange-50 text-orange-700 ring-orange-600/20",
  indigo: "bg-indigo-50 text-indigo-700 ring-indigo-600/15",
  blue: "bg-sky-50 text-sky-700 ring-sky-600/15",
  purple: "bg-violet-50 text-violet-700 ring-violet-600/15",
  teal: "bg-teal-50 text-teal-700 ring-teal-600/15",
} as const;

export type BadgeTone = keyof typeof TONES;

export function Badge({ tone = "gray", className, ...props }: ComponentProps<"span"> & { tone?: BadgeTone }) {
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset",
        TONES[tone],
        className,
      )}
      {...props}
    />
  );
}
