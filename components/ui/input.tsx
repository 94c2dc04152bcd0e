// Text input primitive; marks itself invalid through aria-invalid.
import type { ComponentProps } from "react";
import { cn } from "./cn";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return (
    <input
      // .input in app/globals.css; utilities in className (h-8, pl-9) override it.
      className={cn("input", className)}
      {...props}
    />
  );
}
