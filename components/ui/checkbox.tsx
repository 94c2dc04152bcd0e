"use client";
// Checkbox primitive: a native checkbox (works in forms, no hydration quirks) that can also show
// the indeterminate state ("some rows selected").
import { useEffect, useRef, type ComponentProps } from "react";
import { cn } from "./cn";

export interface CheckboxProps extends Omit<ComponentProps<"input">, "type" | "checked" | "onChange"> {
  checked: boolean | "indeterminate";
  onCheckedChange?: (checked: boolean) => void;
}

export function Checkbox({ checked, onCheckedChange, className, ...props }: CheckboxProps) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = checked === "indeterminate";
  }, [checked]);
  return (
    <input
      ref={ref}
      type="checkbox"
      checked={checked === true}
      aria-checked={checked === "indeterminate" ? "mixed" : undefined}
      onChange={(e) => onCheckedChange?.(e.target.checked)}
      // .cb in app/globals.css: one short class, since a table has a checkbox per row.
      className={cn("cb", className)}
      {...props}
    />
  );
}
