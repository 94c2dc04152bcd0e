"use client";
// A menu item that stays visible when the viewer may not use it on this member: disabled, with
// the rule's reason written under it (the row menu and the role badge's menu).
import type { ReactNode } from "react";
import { DropdownMenuItem } from "@/components/ui/dropdown-menu";
import { cn } from "@/components/ui/cn";

export function ReasonedMenuItem({
  reason,
  onSelect,
  tone,
  children,
}: {
  reason: string | null;
  onSelect: () => void;
  tone?: "danger";
  children: ReactNode;
}) {
  return (
    <DropdownMenuItem
      disabled={Boolean(reason)}
      onSelect={onSelect}
      tone={tone}
      // The reason stays readable: only the action's own label is greyed out.
      className={cn("flex-col items-start gap-0.5", reason && "text-slate-500 data-[disabled]:opacity-100")}
    >
      <span>{children}</span>
      {reason ? <span className="text-xs font-normal text-slate-600">{reason}</span> : null}
    </DropdownMenuItem>
  );
}
