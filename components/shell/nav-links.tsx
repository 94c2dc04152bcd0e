"use client";
// The organization's section links, highlighting the current one: a list in the sidebar, tabs in
// the phone top bar (.nav-tabs, app/globals.css).
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ComponentType } from "react";
import { Boxes, History, Mail, Settings, ShieldCheck, UsersRound, type GlyphProps } from "@/components/ui/glyph";

interface Section {
  segment: string;
  label: string;
  icon: ComponentType<GlyphProps>;
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

export function NavLinks({ slug, showActivity = false }: { slug: string; showActivity?: boolean }) {
  const pathname = usePathname();
  const sections = SECTIONS.filter((section) => section.gate !== "activity" || showActivity);
  return (
    <ul className="nav-tabs">
      {sections.map(({ segment, label, icon: Icon }) => {
        const href = `/orgs/${slug}/${segment}`;
        const active = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <li key={segment}>
            {/* .nav-link (app/globals.css) styles the link, its icon and the current section. */}
            <Link href={href} aria-current={active ? "page" : undefined} className="nav-link">
              <Icon aria-hidden="true" />
              {label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
