// Native <select> styled like the other inputs: accessible and mobile-friendly without a popover.
import { ChevronDown } from "lucide-react";
import type { ComponentProps } from "react";
import { cn } from "./cn";

export function NativeSelect({
  className,
  children,
  controlSize = "sm",
  ...props
}: ComponentProps<"select"> & { controlSize?: "sm" | "md" }) {
  return (
    <span className={cn("relative inline-flex", className)}>
      <select
        className={cn(
          controlSize === "md" ? "h-10 pl-3" : "h-8 pl-2.5",
          "w-full appearance-none rounded-md border border-slate-300 bg-white pr-8 text-sm text-slate-800 shadow-sm",
          "aria-invalid:border-red-500",
          "focus-visible:border-indigo-500 focus-visible:outline-2 focus-visible:outline-indigo-500/30",
          "disabled:cursor-not-allowed disabled:opacity-60",
        )}
        {...props}
      >
        {children}
      </select>
      <ChevronDown
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-2 size-4 -translate-y-1/2 text-slate-400"
      />
    </span>
  );
}
