"use client";
// The Settings sub-navigation: a vertical list beside the section on wide screens, a row of
// scrollable tabs above it on phones (the open one scrolled into view); highlights the open section.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { AlertTriangle, Armchair, Building2, Crown, Globe, KeyRound, RefreshCcwDot, Webhook, type LucideIcon } from "lucide-react";
import { cn } from "@/components/ui/cn";
import type { SettingsSectionId } from "@/lib/organizations/settings-sections";

const ICONS: Record<SettingsSectionId, LucideIcon> = {
  general: Building2,
  seats: Armchair,
  domains: Globe,
  scim: RefreshCcwDot,
  "api-keys": KeyRound,
  webhooks: Webhook,
  ownership: Crown,
  "danger-zone": AlertTriangle,
};

export function SettingsNav({ slug, sections }: { slug: string; sections: { id: SettingsSectionId; label: string }[] }) {
  const pathname = usePathname();
  const navRef = useRef<HTMLElement>(null);
  useEffect(() => {
    // Scroll only the tab strip (not the page) so the open tab is visible on a narrow screen.
    const nav = navRef.current;
    const active = nav?.querySelector<HTMLElement>('[aria-current="page"]');
    if (nav && active && nav.scrollWidth > nav.clientWidth) nav.scrollLeft = active.offsetLeft - 16;
  }, [pathname]);
  return (
    <nav ref={navRef} aria-label="Settings" className="relative -mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex gap-1 border-b border-slate-200 lg:flex-col lg:border-b-0">
        {sections.map(({ id, label }) => {
          const href = `/orgs/${slug}/settings/${id}`;
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
                  // Tabs on phones (underline), a list on desktop (filled pill).
                  "-mb-px border-b-2 px-3 py-2.5 lg:mb-0 lg:rounded-md lg:border-b-0 lg:px-3 lg:py-2",
                  active
                    ? "border-indigo-600 text-indigo-700 lg:bg-indigo-50"
                    : "border-transparent text-slate-600 hover:text-slate-900 lg:hover:bg-slate-100",
                  id === "danger-zone" && !active && "text-red-600 hover:text-red-700",
                )}
              >
                <Icon className={cn("size-4", active ? "text-indigo-600" : id === "danger-zone" ? "text-red-500" : "text-slate-400")} aria-hidden="true" />
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
