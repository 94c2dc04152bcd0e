"use client";
// The organization app frame: sidebar on desktop (brand, bell, organization switcher, sections,
// user menu); on mobile a top bar with the same pieces and the sections as tabs — one set of
// controls, laid out by CSS, so each renders (and hydrates) once. A client component
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

      {/* One set of controls for every screen: .shell-bar (app/globals.css) lays them out as a
          sidebar on wide screens and as a top bar with the sections as tabs below lg. */}
      <header className="shell-bar">
        <div className="shell-bar-home">
          <Link href="/" className="shell-home">
            <Brand textClassName="max-lg:sr-only" />
          </Link>
        </div>
        <div className="shell-bar-bell">{bell}</div>
        <div className="shell-bar-switch">
          <OrgSwitcher current={current} organizations={organizations} canCreateOrganization={canCreateOrganization} />
        </div>
        <nav aria-label="Organization" className="shell-bar-nav">
          <p className="shell-section max-lg:hidden">Manage</p>
          <NavLinks slug={current.slug} showActivity={showActivity} />
        </nav>
        <div className="shell-bar-user">
          <UserMenu email={user.email} name={user.name} organization={current} variant="shell" />
        </div>
      </header>

      <div className="lg:pl-64">
        <main id="main" className="shell-main">
          {children}
        </main>
      </div>
    </div>
  );
}
