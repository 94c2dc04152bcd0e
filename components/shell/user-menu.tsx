"use client";
// The signed-in user's menu: who they are, their account (sessions), Leave organization (for the
// current one), Sign out.
import { useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { DropdownMenu } from "radix-ui";
import { DropdownMenu as Menu, DropdownMenuPortal as MenuPortal, DropdownMenuTrigger as MenuTrigger } from "@/components/ui/dropdown-menu";
import { DoorOpen, LogOut, UserRound } from "lucide-react";
import { ChevronsUpDown } from "@/components/ui/glyph";
import { toast } from "sonner";
import { cn } from "@/components/ui/cn";
import { WIDE_SCREEN, useMediaQuery } from "@/components/ui/use-media-query";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { signOutAction } from "@/lib/actions/auth/sign-out";
import { leaveOrganizationAction } from "@/lib/actions/members/server-actions";

const itemClasses =
  "flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-sm text-slate-800 outline-none data-[highlighted]:bg-slate-100";

export function UserMenu({
  email,
  name,
  variant,
  organization,
}: {
  email: string;
  name: string | null;
  /** The organization being viewed, which the user can leave from here. */
  organization?: { slug: string; name: string };
  /** "compact": the avatar alone (a narrow top bar); "shell": the avatar alone below lg, with the name and email from lg up (the sidebar). */
  variant: "compact" | "shell";
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const router = useRouter();
  const [leaving, setLeaving] = useState(false);
  const display = name?.trim() || email;
  const initial = display.charAt(0).toUpperCase();
  // The menu opens below the avatar in a top bar, above the button at the foot of the sidebar.
  const inSidebar = useMediaQuery(WIDE_SCREEN) && variant === "shell";

  return (
    <>
      {/* Outside the menu so it survives the menu closing; submitted from the menu item. */}
      <form ref={formRef} action={signOutAction} hidden />
      <Menu>
        <MenuTrigger
          // .shell-user and its parts: app/globals.css.
          className={cn("shell-user", variant === "shell" && "lg:w-full")}
        >
          {/* Named by its visible text (WCAG 2.5.3), after "Account:" for those who can't see the
              avatar; where only the avatar shows, by the email. */}
          <span className="sr-only">Account: </span>
          <span className={variant === "shell" ? "sr-only lg:hidden" : "sr-only"}>{email}</span>
          <span className="shell-avatar" aria-hidden="true">
            {initial}
          </span>
          {variant === "shell" ? (
            <>
              <span className="min-w-0 flex-1 max-lg:hidden">
                <b>{display}</b>
                {name ? <small>{email}</small> : null}
              </span>
              <ChevronsUpDown aria-hidden="true" className="max-lg:hidden" />
            </>
          ) : null}
        </MenuTrigger>
        <MenuPortal>
          <DropdownMenu.Content
            align={inSidebar ? "start" : "end"}
            side={inSidebar ? "top" : "bottom"}
            sideOffset={6}
            className="z-50 min-w-56 rounded-lg border border-slate-200 bg-white p-1 shadow-lg"
          >
            <DropdownMenu.Label className="px-2 py-1.5">
              <span className="block text-xs text-slate-500">Signed in as</span>
              <span className="block truncate text-sm font-medium text-slate-900">{email}</span>
            </DropdownMenu.Label>
            <DropdownMenu.Separator className="my-1 h-px bg-slate-200" />
            <DropdownMenu.Item asChild>
              <Link href="/account" className={itemClasses}>
                <UserRound className="size-4 text-slate-500" aria-hidden="true" />
                Account
              </Link>
            </DropdownMenu.Item>
            {organization ? (
              <DropdownMenu.Item onSelect={() => setLeaving(true)} className={itemClasses}>
                <DoorOpen className="size-4 text-slate-500" aria-hidden="true" />
                Leave organization
              </DropdownMenu.Item>
            ) : null}
            <DropdownMenu.Item onSelect={() => formRef.current?.requestSubmit()} className={itemClasses}>
              <LogOut className="size-4 text-slate-500" aria-hidden="true" />
              Sign out
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </MenuPortal>
      </Menu>
      {organization ? (
        <ConfirmDialog
          open={leaving}
          onOpenChange={setLeaving}
          title={`Leave ${organization.name}?`}
          description="You will lose access to this organization right away. To come back, an admin has to invite you again."
          confirmLabel="Leave organization"
          onConfirm={async () => {
            const result = await leaveOrganizationAction(organization.slug);
            if (!result.ok) return result.error;
            toast.success(`You have left ${organization.name}.`);
            router.push("/");
            return null;
          }}
        />
      ) : null}
    </>
  );
}
