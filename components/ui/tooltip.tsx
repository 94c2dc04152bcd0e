"use client";
// Tooltip primitive (Radix). `DisabledReason` wraps a disabled control so the reason it is
// disabled is shown on hover and focus (a disabled button itself receives neither).
import { Tooltip as TooltipPrimitive } from "radix-ui";
import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

export const TooltipProvider = TooltipPrimitive.Provider;

export function Tooltip({ content, children }: { content: ReactNode; children: ReactNode }) {
  return (
    <TooltipPrimitive.Root delayDuration={150}>
      <TooltipPrimitive.Trigger asChild>{children}</TooltipPrimitive.Trigger>
      <TooltipPrimitive.Portal>
        <TooltipContent>{content}</TooltipContent>
      </TooltipPrimitive.Portal>
    </TooltipPrimitive.Root>
  );
}

function TooltipContent({ className, children, ...props }: ComponentProps<typeof TooltipPrimitive.Content>) {
  return (
    <TooltipPrimitive.Content
      sideOffset={6}
      collisionPadding={8}
      className={cn("z-[60] max-w-64 rounded-md bg-slate-900 px-2.5 py-1.5 text-xs leading-snug text-white shadow-lg", className)}
      {...props}
    >
      {children}
      <TooltipPrimitive.Arrow className="fill-slate-900" />
    </TooltipPrimitive.Content>
  );
}

/** Shows `reason` as a tooltip over `children` when `reason` is set; renders children alone otherwise. */
export function DisabledReason({ reason, children, className }: { reason: string | null; children: ReactNode; className?: string }) {
  if (!reason) return <>{children}</>;
  return (
    <Tooltip content={reason}>
      {/* The wrapper takes focus and hover for the disabled control inside it. */}
      <span tabIndex={0} className={cn("inline-flex rounded-md focus-visible:outline-2 focus-visible:outline-indigo-600", className)} aria-label={reason}>
        {children}
      </span>
    </Tooltip>
  );
}
