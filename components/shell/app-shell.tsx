"use client";
// The organization app frame: sidebar on desktop (brand, organization switcher, sections, user
// menu); on mobile a top bar with the same pieces and the sections as tabs. A client component
// with no hooks: every page's RSC payload then carries its props (the organizations, the user)
// instead of its whole tree, and its looks are short classes in app/globals.css (.shell-*).
import Link from "next/link";
import type { ReactNode } from "react";
import { Brand } from "./brand";
import { NavLinks } from "./nav-links";
import { OrgSwitcher, type SwitcherOrganization } from "./org-switcher";
import { UserMenu } from "./user-menu";

export interface AppShellProps {
  current: SwitcherOrganization;
  organizations: SwitcherOrganization[];
  /** Whether the switcher offers "Create organization" (the operator's rule, decided by the caller). */
  canCreateOrganization: boolean;
  user: { email: string; name: string | null };
  /** The viewer may read the activity log (the Activity section). */
  showActivity?: boolean;
  /** The notification bell, shown in the sidebar on desktops and in the top bar on phones. */
  bell?: ReactNode;
  children: ReactNode;
}

export function AppShell({ current, organizations, canCreateOrganization, user, showActivity = false, bell, children }: AppShellProps) {
  return (
    <div className="min-h-screen bg-slate-50">
      <a href="#main" className="skip-link">
        Skip to content
      </a>

      <aside className="shell-aside">
        <div className="flex items-center justify-between gap-2 px-4 pt-5 pb-4">
          <Link href="/" className="shell-home">
            <Brand />
          </Link>
          {bell}
        </div>
        <div className="px-3">
          <OrgSwitcher current={current} organizations={organizations} canCreateOrganization={canCreateOrganization} />
        </div>
        <nav aria-label="Organization" className="mt-6 flex-1 overflow-y-auto px-3">
          <p className="shell-section">Manage</p>
          <NavLinks slug={current.slug} variant="sidebar" showActivity={showActivity} />
        </nav>
        <div className="border-t border-slate-200 p-3">
          <UserMenu email={user.email} name={user.name} organization={current} />
        </div>
      </aside>

      <header className="shell-top">
        <div className="flex items-center gap-3 px-4 py-2.5">
          <Link href="/" className="shell-home shrink-0">
            <Brand compact />
          </Link>
          <OrgSwitcher current={current} organizations={organizations} canCreateOrganization={canCreateOrganization} className="flex-1 py-1.5" />
          {bell}
          <UserMenu email={user.email} name={user.name} organization={current} compact />
        </div>
        <nav aria-label="Organization" className="px-3 pb-2">
          <NavLinks slug={current.slug} variant="tabs" showActivity={showActivity} />
        </nav>
      </header>

      <div className="lg:pl-64">
        <main id="main" className="shell-main">
          {children}
        </main>
      </div>
    </div>
  );
}
