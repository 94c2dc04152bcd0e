"use client";
// A team's "Manage team" menu on its own page, for those who manage teams: Edit team and Delete
// team, with their dialogs (the Teams list has the same items in its table's row menu).
import { ChevronDown } from "lucide-react";
import { useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { DeleteTeamDialog } from "./delete-team-dialog";
import { TeamFormDialog } from "./team-form-dialog";

export interface ManagedTeam {
  id: string;
  name: string;
  description: string | null;
  memberCount: number;
}

export function TeamActionsMenu({
  slug,
  team,
  onDeleted,
}: {
  slug: string;
  team: ManagedTeam;
  onDeleted?: () => void;
}) {
  const [open, setOpen] = useState<"edit" | "delete" | null>(null);
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger className={buttonClasses("secondary", "sm", "data-[state=open]:bg-slate-50")}>
          Manage team
          <ChevronDown className="size-3.5 opacity-60" aria-hidden="true" />
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuItem onSelect={() => setOpen("edit")}>Edit team</DropdownMenuItem>
          <DropdownMenuItem tone="danger" onSelect={() => setOpen("delete")}>
            Delete team
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <TeamFormDialog
        slug={slug}
        state={open === "edit" ? { mode: "edit", team } : { mode: "closed" }}
        onClose={() => setOpen(null)}
      />
      <DeleteTeamDialog slug={slug} team={open === "delete" ? team : null} onClose={() => setOpen(null)} onDeleted={onDeleted} />
    </>
  );
}
