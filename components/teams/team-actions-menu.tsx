"use client";
// A team's menu for those who manage teams (⋯ in the list, "Manage team" on its page): Edit team and
// Delete team, with their dialogs.
import { ChevronDown, MoreHorizontal } from "lucide-react";
import { useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
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
  labelled = false,
}: {
  slug: string;
  team: ManagedTeam;
  onDeleted?: () => void;
  /** A "Manage team" button (the team's own page) instead of a bare ⋯ (a row of the list). */
  labelled?: boolean;
}) {
  const [open, setOpen] = useState<"edit" | "delete" | null>(null);
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger
          aria-label={labelled ? undefined : `Actions for team ${team.name}`}
          className={
            labelled
              ? buttonClasses("secondary", "sm", "data-[state=open]:bg-slate-50")
              : cn(
                  "rounded-md p-1.5 text-slate-500 hover:bg-slate-100 hover:text-slate-900",
                  "focus-visible:outline-2 focus-visible:outline-indigo-600 data-[state=open]:bg-slate-100",
                )
          }
        >
          {labelled ? (
            <>
              Manage team
              <ChevronDown className="size-3.5 opacity-60" aria-hidden="true" />
            </>
          ) : (
            <MoreHorizontal className="size-4" aria-hidden="true" />
          )}
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
