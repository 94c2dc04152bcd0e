"use client";
// The organization's section links, highlighting the current one; a sidebar list or mobile tabs.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { Settings, ShieldCheck, UsersRound, Boxes, Mail, History, type LucideIcon } from "lucide-react";
import { cn } from "@/components/ui/cn";

interface Section {
  segment: string;
  label: string;
  icon: LucideIcon;
  /** Shown only when the layout says the viewer may open it. */
  gate?: "activity";
}

const SECTIONS: Section[] = [
  { segment: "members", label: "Members", icon: UsersRound },
  { segment: "teams", label: "Teams", icon: Boxes },
  { segment: "invitations", label: "Invitations", icon: Mail },
  { segment: "activity", label: "Activity", icon: History, gate: "activity" },
  { segment: "roles", label: "Roles", icon: ShieldCheck },
  { segment: "settings", label: "Settings", icon: Settings },
];

export function NavLinks({ slug, variant, showActivity = false }: { slug: string; variant: "sidebar" | "tabs"; showActivity?: boolean }) {
  const pathname = usePathname();
  const sections = SECTIONS.filter((section) => section.gate !== "activity" || showActivity);
  return (
    <ul className={variant === "sidebar" ? "space-y-0.5" : "flex gap-1 overflow-x-auto"}>
      {sections.map(({ segment, label, icon: Icon }) => {
        const href = `/orgs/${slug}/${segment}`;
        const active = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <li key={segment}>
            <Link
              href={href}
              aria-current={active ? "page" : undefined}
              className={cn(
                "flex items-center gap-2.5 rounded-md text-sm font-medium transition-colors",
                "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600",
                variant === "sidebar" ? "px-2.5 py-2" : "px-3 py-1.5 whitespace-nowrap",
                active ? "bg-indigo-50 text-indigo-700" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900",
              )}
            >
              <Icon className={cn("size-4", active ? "text-indigo-600" : "text-slate-400")} aria-hidden="true" />
              {label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
