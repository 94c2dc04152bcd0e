// Native <select> styled like the other inputs: accessible and mobile-friendly without a popover.
import type { ComponentProps } from "react";
import { cn } from "./cn";
import { ChevronDown } from "./glyph";

export function NativeSelect({
  className,
  children,
  controlSize = "sm",
  ...props
}: ComponentProps<"select"> & { controlSize?: "sm" | "md" }) {
  return (
    <span className={cn("relative inline-flex", className)}>
      <select
        // .select in app/globals.css (.select-md: the taller size).
        className={controlSize === "md" ? "select select-md" : "select"}
        {...props}
      >
        {children}
      </select>
      <ChevronDown aria-hidden="true" className="select-caret" />
    </span>
  );
}
