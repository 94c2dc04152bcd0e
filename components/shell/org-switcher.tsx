"use client";
// Organization switcher: the current organization, a menu of the user's others, and "Create
// organization" when the operator's rule allows this user to.
import Link from "next/link";
import { DropdownMenu } from "radix-ui";
import { DropdownMenu as Menu, DropdownMenuPortal as MenuPortal, DropdownMenuTrigger as MenuTrigger } from "@/components/ui/dropdown-menu";
import { Check, Plus } from "lucide-react";
import { ChevronsUpDown } from "@/components/ui/glyph";
import { cn } from "@/components/ui/cn";

export interface SwitcherOrganization {
  name: string;
  slug: string;
  roleLabel: string;
}

function Initial({ name, className }: { name: string; className?: string }) {
  return (
    <span
      className={cn("grid size-8 shrink-0 place-items-center rounded-md bg-slate-900 text-sm font-semibold text-white", className)}
      aria-hidden="true"
    >
      {name.trim().charAt(0).toUpperCase() || "?"}
    </span>
  );
}

export function OrgSwitcher({
  current,
  organizations,
  canCreateOrganization,
}: {
  current: SwitcherOrganization;
  organizations: SwitcherOrganization[];
  canCreateOrganization: boolean;
}) {
  return (
    <Menu>
      <MenuTrigger
        // .shell-switch and its parts: app/globals.css.
        className="shell-switch"
      >
        <Initial name={current.name} />
        <span className="min-w-0 flex-1">
          {/* The accessible name holds the visible text (WCAG 2.5.3): "Organization: Acme Inc Owner Switch organization". */}
          <span className="sr-only">Organization: </span>
          <b>{current.name}</b>
          <small>{current.roleLabel}</small>
          <span className="sr-only"> Switch organization</span>
        </span>
        <ChevronsUpDown aria-hidden="true" />
      </MenuTrigger>
      <MenuPortal>
        <DropdownMenu.Content
          align="start"
          sideOffset={6}
          className="z-50 max-h-[70vh] w-[var(--radix-dropdown-menu-trigger-width)] min-w-64 overflow-y-auto rounded-lg border border-slate-200 bg-white p-1 shadow-lg"
        >
          <DropdownMenu.Label className="px-2 py-1.5 text-xs font-medium text-slate-500">Your organizations</DropdownMenu.Label>
          {organizations.map((org) => (
            <DropdownMenu.Item key={org.slug} asChild>
              <Link
                href={`/orgs/${org.slug}/members`}
                className="flex cursor-pointer items-center gap-2.5 rounded-md px-2 py-1.5 text-sm text-slate-800 outline-none data-[highlighted]:bg-slate-100"
                aria-current={org.slug === current.slug ? "true" : undefined}
              >
                <Initial name={org.name} className="size-6 rounded text-xs" />
                <span className="min-w-0 flex-1">
                  <span className="block truncate">{org.name}</span>
                  <span className="block truncate text-xs text-slate-500">{org.roleLabel}</span>
                </span>
                {org.slug === current.slug ? <Check className="size-4 text-indigo-600" aria-label="Current" /> : null}
              </Link>
            </DropdownMenu.Item>
          ))}
          {canCreateOrganization ? (
            <>
              <DropdownMenu.Separator className="my-1 h-px bg-slate-200" />
              <DropdownMenu.Item asChild>
                <Link
                  href="/orgs/new"
                  className="flex cursor-pointer items-center gap-2.5 rounded-md px-2 py-1.5 text-sm text-slate-800 outline-none data-[highlighted]:bg-slate-100"
                >
                  <span className="grid size-6 place-items-center rounded border border-dashed border-slate-300 text-slate-500" aria-hidden="true">
                    <Plus className="size-3.5" />
                  </span>
                  Create organization
                </Link>
              </DropdownMenu.Item>
            </>
          ) : null}
        </DropdownMenu.Content>
      </MenuPortal>
    </Menu>
  );
}
