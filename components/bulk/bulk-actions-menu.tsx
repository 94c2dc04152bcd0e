"use client";
// Bulk Actions in the members table's selection bar: a menu of what the viewer may do to the
// selected members, each opening the preview dialog (Export selection downloads at once).
import { ChevronDown } from "lucide-react";
import { useRef, useState } from "react";
import { focusCurrentRow, tableAround } from "@/components/data-table/use-row-navigation";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { OPERATION_PERMISSION } from "@/lib/bulk/evaluate";
import { can, type Actor } from "@/lib/permissions";
import type { BulkOperationType, BulkSelection } from "@/lib/validation/bulk";
import { BulkPreviewDialog, OPERATION_LABELS } from "./bulk-preview-dialog";

const ORDER: BulkOperationType[] = ["change_role", "add_to_teams", "remove_from_team", "disable", "enable", "remove", "send_message"];

export function BulkActionsMenu({
  slug,
  viewer,
  teams,
  selection,
  count,
  onDone,
}: {
  slug: string;
  viewer: Actor;
  teams: { id: string; name: string }[];
  selection: BulkSelection;
  count: number;
  onDone: () => void;
}) {
  const [open, setOpen] = useState<BulkOperationType | null>(null);
  const exportForm = useRef<HTMLFormElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  // The table this menu acts on, noted when a dialog opens: Apply clears the selection, and its bar
  // (Bulk actions with it) goes away — focus then goes to the table's current row, not the top of
  // the page.
  const table = useRef<HTMLElement | null>(null);
  const openDialog = (type: BulkOperationType) => {
    table.current = tableAround(trigger.current);
    setOpen(type);
  };
  const focusTableIfTriggerGone = (event: Event) => {
    if (trigger.current?.isConnected) return;
    if (focusCurrentRow(table.current)) event.preventDefault();
  };
  const allowed = ORDER.filter((type) => can(viewer, OPERATION_PERMISSION[type]) && (teams.length > 0 || (type !== "add_to_teams" && type !== "remove_from_team")));
  const canExport = can(viewer, "data.export");
  if (allowed.length === 0 && !canExport) return null;
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button ref={trigger} size="sm" variant="secondary">
            Bulk actions
            <ChevronDown className="size-4" aria-hidden="true" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          {allowed.map((type) => (
            <DropdownMenuItem key={type} onSelect={() => openDialog(type)} className={type === "remove" ? "text-red-700" : undefined}>
              {OPERATION_LABELS[type]}…
            </DropdownMenuItem>
          ))}
          {canExport ? <DropdownMenuItem onSelect={() => exportForm.current?.requestSubmit()}>Export selection (CSV)</DropdownMenuItem> : null}
        </DropdownMenuContent>
      </DropdownMenu>
      {canExport ? (
        <form ref={exportForm} method="post" action={`/orgs/${slug}/members/export/selection`} hidden>
          <input type="hidden" name="selection" value={JSON.stringify(selection)} />
        </form>
      ) : null}
      {open ? (
        <BulkPreviewDialog slug={slug} type={open} teams={teams} selection={selection} count={count} onClose={() => setOpen(null)} onDone={onDone} onCloseAutoFocus={focusTableIfTriggerGone} />
      ) : null}
    </>
  );
}
