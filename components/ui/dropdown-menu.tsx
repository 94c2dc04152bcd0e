"use client";
// Dropdown menu primitive (Radix): keyboard navigable; plain, checkbox and radio items. Closed,
// it is its trigger alone on the server (stand-in.tsx).
import { DropdownMenu as MenuPrimitive } from "radix-ui";
import { Check, Circle } from "lucide-react";
import type { ComponentProps } from "react";
import { cn } from "./cn";
import { StandInRoot, StandInTrigger, useStandIn, useStandInRoot } from "./stand-in";

/**
 * Not modal by default: a modal menu hides the rest of the page with aria-hidden while its links and
 * buttons stay focusable (axe: aria-hidden-focus). Focus still moves into the menu and back to the
 * trigger on Escape; a click outside closes it.
 */
export function DropdownMenu({ modal = false, ...props }: ComponentProps<typeof MenuPrimitive.Root>) {
  if (useStandInRoot(props)) return <StandInRoot>{props.children}</StandInRoot>;
  return <MenuPrimitive.Root modal={modal} {...props} />;
}

export function DropdownMenuTrigger(props: ComponentProps<typeof MenuPrimitive.Trigger>) {
  if (useStandIn()) return <StandInTrigger popup="menu" props={props} />;
  return <MenuPrimitive.Trigger {...props} />;
}
/** For menus that lay out their own content (the shell's): nothing while the root stands in. */
export function DropdownMenuPortal(props: ComponentProps<typeof MenuPrimitive.Portal>) {
  if (useStandIn()) return null;
  return <MenuPrimitive.Portal {...props} />;
}

export const DropdownMenuGroup = MenuPrimitive.Group;
export const DropdownMenuRadioGroup = MenuPrimitive.RadioGroup;

export function DropdownMenuContent({ className, sideOffset = 4, ...props }: ComponentProps<typeof MenuPrimitive.Content>) {
  if (useStandIn()) return null;
  return (
    <MenuPrimitive.Portal>
      <MenuPrimitive.Content
        sideOffset={sideOffset}
        className={cn(
          "z-50 max-h-[var(--radix-dropdown-menu-content-available-height)] min-w-44 overflow-y-auto rounded-lg border border-slate-200 bg-white p-1 text-sm text-slate-800 shadow-lg",
          className,
        )}
        {...props}
      />
    </MenuPrimitive.Portal>
  );
}

const itemClasses =
  "relative flex cursor-default items-center gap-2 rounded-md px-2 py-1.5 outline-none select-none data-[disabled]:pointer-events-none data-[disabled]:opacity-50 data-[highlighted]:bg-slate-100";

export function DropdownMenuItem({
  className,
  tone = "default",
  ...props
}: ComponentProps<typeof MenuPrimitive.Item> & { tone?: "default" | "danger" }) {
  return (
    <MenuPrimitive.Item
      className={cn(itemClasses, tone === "danger" && "text-red-600 data-[highlighted]:bg-red-50", className)}
      {...props}
    />
  );
}

export function DropdownMenuCheckboxItem({ className, children, ...props }: ComponentProps<typeof MenuPrimitive.CheckboxItem>) {
  return (
    <MenuPrimitive.CheckboxItem className={cn(itemClasses, "pl-8", className)} {...props}>
      <span className="absolute left-2 flex size-4 items-center justify-center rounded border border-slate-300 data-[state=checked]:border-indigo-600">
        <MenuPrimitive.ItemIndicator>
          <Check className="size-3 text-indigo-600" strokeWidth={3} />
        </MenuPrimitive.ItemIndicator>
      </span>
      {children}
    </MenuPrimitive.CheckboxItem>
  );
}

export function DropdownMenuRadioItem({ className, children, ...props }: ComponentProps<typeof MenuPrimitive.RadioItem>) {
  return (
    <MenuPrimitive.RadioItem className={cn(itemClasses, "pl-8", className)} {...props}>
      <span className="absolute left-2 flex size-4 items-center justify-center">
        <MenuPrimitive.ItemIndicator>
          <Circle className="size-2 fill-indigo-600 text-indigo-600" />
        </MenuPrimitive.ItemIndicator>
      </span>
      {children}
    </MenuPrimitive.RadioItem>
  );
}

export function DropdownMenuLabel({ className, ...props }: ComponentProps<typeof MenuPrimitive.Label>) {
  return <MenuPrimitive.Label className={cn("px-2 py-1.5 text-xs font-medium text-slate-500", className)} {...props} />;
}

export function DropdownMenuSeparator({ className, ...props }: ComponentProps<typeof MenuPrimitive.Separator>) {
  return <MenuPrimitive.Separator className={cn("-mx-1 my-1 h-px bg-slate-200", className)} {...props} />;
}
