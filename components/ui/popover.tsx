"use client";
// Popover primitive (Radix): a panel anchored to a trigger; focus moves in on open and back on
// Escape or a click outside. Not modal, so the page behind stays readable (see dropdown-menu.tsx).
// Closed, it is its trigger alone on the server (stand-in.tsx).
import { Popover as PopoverPrimitive } from "radix-ui";
import type { ComponentProps } from "react";
import { cn } from "./cn";
import { StandInRoot, StandInTrigger, useStandIn, useStandInRoot } from "./stand-in";

export function Popover(props: ComponentProps<typeof PopoverPrimitive.Root>) {
  if (useStandInRoot(props)) return <StandInRoot>{props.children}</StandInRoot>;
  return <PopoverPrimitive.Root {...props} />;
}

export function PopoverTrigger(props: ComponentProps<typeof PopoverPrimitive.Trigger>) {
  if (useStandIn()) return <StandInTrigger popup="dialog" props={props} />;
  return <PopoverPrimitive.Trigger {...props} />;
}

export const PopoverClose = PopoverPrimitive.Close;

export function PopoverContent({ className, sideOffset = 6, align = "end", ...props }: ComponentProps<typeof PopoverPrimitive.Content>) {
  if (useStandIn()) return null;
  return (
    <PopoverPrimitive.Portal>
      <PopoverPrimitive.Content
        sideOffset={sideOffset}
        align={align}
        collisionPadding={8}
        className={cn(
          "z-50 max-h-[var(--radix-popover-content-available-height)] w-[min(24rem,calc(100vw-1rem))] overflow-y-auto rounded-lg border border-slate-200 bg-white text-sm text-slate-800 shadow-lg outline-none",
          className,
        )}
        {...props}
      />
    </PopoverPrimitive.Portal>
  );
}
