"use client";
// The members page's invite buttons: Invite Members (a list of addresses) and Bulk Import (a CSV),
// next to + Create (passed as children). Shown only to those who may invite.
import { FileUp, MailPlus } from "lucide-react";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/permissions";
import { BulkImportDialog } from "./bulk-import-dialog";
import { BulkInviteDialog } from "./bulk-invite-dialog";

export interface InviteActionsProps {
  slug: string;
  teams: { id: string; name: string }[];
  viewer: { role: Role; permissions: readonly string[] };
  defaultRole: Role;
  children?: ReactNode;
}

export function InviteActions({ slug, teams, viewer, defaultRole, children }: InviteActionsProps) {
  const [open, setOpen] = useState<"invite" | "import" | null>(null);
  const close = () => setOpen(null);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="secondary" onClick={() => setOpen("invite")}>
        <MailPlus className="size-4" aria-hidden="true" />
        Invite Members
      </Button>
      <Button variant="secondary" onClick={() => setOpen("import")}>
        <FileUp className="size-4" aria-hidden="true" />
        Bulk Import
      </Button>
      {children}
      <BulkInviteDialog open={open === "invite"} onClose={close} slug={slug} teams={teams} viewer={viewer} defaultRole={defaultRole} />
      <BulkImportDialog open={open === "import"} onClose={close} slug={slug} />
    </div>
  );
}
