"use client";
// The account page's section links: a list beside the section on wide screens, tabs above it on
// phones; highlights the open one (the same look as Settings).
import Link from "next/link";
import { usePathname } from "next/navigation";
import { Bell, Building2, KeyRound, MonitorSmartphone, UserRound, type LucideIcon } from "lucide-react";
import { cn } from "@/components/ui/cn";
import type { AccountSection, AccountSectionId } from "@/lib/account/account-sections";

const ICONS: Record<AccountSectionId, LucideIcon> = {
  profile: UserRound,
  organizations: Building2,
  notifications: Bell,
  sessions: MonitorSmartphone,
  "api-keys": KeyRound,
};

export function AccountNav({ sections }: { sections: readonly AccountSection[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Account" className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex gap-1 border-b border-slate-200 lg:flex-col lg:border-b-0">
        {sections.map(({ id, label, href }) => {
          const active = pathname === href || pathname.startsWith(`${href}/`);
          const Icon = ICONS[id];
          return (
            <li key={id} className="shrink-0">
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex items-center gap-2 text-sm font-medium whitespace-nowrap transition-colors",
                  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600",
                  "-mb-px border-b-2 px-3 py-2.5 lg:mb-0 lg:rounded-md lg:border-b-0 lg:px-3 lg:py-2",
                  active
                    ? "border-indigo-600 text-indigo-700 lg:bg-indigo-50"
                    : "border-transparent text-slate-600 hover:text-slate-900 lg:hover:bg-slate-100",
                )}
              >
                <Icon className={cn("size-4", active ? "text-indigo-600" : "text-slate-400")} aria-hidden="true" />
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
