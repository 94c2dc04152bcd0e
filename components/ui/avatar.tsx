// Initials avatar: a colored circle whose color is stable for a given seed (e.g. an id).
import type { ComponentProps } from "react";
import { cn } from "./cn";

const COLORS = [
  "bg-indigo-100 text-indigo-700",
  "bg-sky-100 text-sky-700",
  "bg-emerald-100 text-emerald-700",
  "bg-amber-100 text-amber-800",
  "bg-rose-100 text-rose-700",
  "bg-violet-100 text-violet-700",
  "bg-teal-100 text-teal-700",
  "bg-orange-100 text-orange-800",
];

export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]![0], words[words.length - 1]![0]] : [words[0]?.[0], words[0]?.[1]];
  return letters.filter(Boolean).join("").toUpperCase() || "?";
}

/** Which of the eight avatar colors a seed gets (0–7), for markup that styles it by class (data-table.css). */
export function avatarTone(seed: string): number {
  let hash = 0;
  for (let i = 0; i < seed.length; i++) hash = (hash * 31 + seed.charCodeAt(i)) | 0;
  return Math.abs(hash) % COLORS.length;
}

function colorOf(seed: string): string {
  return COLORS[avatarTone(seed)]!;
}

export function InitialsAvatar({
  name,
  seed,
  size = "md",
  className,
  ...props
}: ComponentProps<"span"> & { name: string; seed?: string; size?: "sm" | "md" | "lg" }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        "inline-flex shrink-0 items-center justify-center rounded-full font-semibold select-none",
        size === "sm" && "size-7 text-[11px]",
        size === "md" && "size-9 text-xs",
        size === "lg" && "size-12 text-base",
        colorOf(seed ?? name),
        className,
      )}
      {...props}
    >
      {initialsOf(name)}
    </span>
  );
}
