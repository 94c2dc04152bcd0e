// Button primitive: variants and sizes for <button> (or any element through `asChild`).
import { Slot } from "radix-ui";
import type { ComponentProps } from "react";
import { cn } from "./cn";

// The looks are semantic classes in app/globals.css (.btn, .btn-<variant>, .btn-<size>): a page
// has dozens of buttons, and the same long utility string on each weighed kilobytes.
const VARIANTS = { primary: "btn-primary", secondary: "btn-secondary", ghost: "btn-ghost", danger: "btn-danger" } as const;
const SIZES = { sm: "btn-sm", md: "btn-md", lg: "btn-lg" } as const;

export type ButtonVariant = keyof typeof VARIANTS;
export type ButtonSize = keyof typeof SIZES;

export function buttonClasses(variant: ButtonVariant = "primary", size: ButtonSize = "md", className?: string) {
  return cn("btn", VARIANTS[variant], SIZES[size], className);
}

export interface ButtonProps extends ComponentProps<"button"> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  asChild?: boolean;
}

export function Button({ variant, size, asChild, className, type, ...props }: ButtonProps) {
  if (asChild) return <Slot.Root className={buttonClasses(variant, size, className)} {...props} />;
  return <button type={type ?? "button"} className={buttonClasses(variant, size, className)} {...props} />;
}
