// Organization chooser: the organizations the user is an active member of, "Join <organization>"
// for the one whose verified domain their address is on, and "Create organization" for those the
// operator's rule allows (the others are told why not).
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ChevronRight, Plus } from "lucide-react";
import { CreationRestricted } from "@/components/organizations/creation-restricted";
import { DomainJoinOffer } from "@/components/organizations/domain-join-offer";
import { SimpleHeader } from "@/components/shell/simple-header";
import { buttonClasses } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/org-context";
import { loadOrganizationChoices } from "@/lib/organizations/user-organizations";
import { ROLE_LABELS } from "@/lib/permissions";

export const metadata: Metadata = { title: "Your organizations" };

export default async function OrganizationsPage() {
  const user = await requireUser();
  const { organizations, creation, domainOffer } =
    await loadOrganizationChoices(user);
  if (organizations.length === 0 && !domainOffer) redirect("/orgs/new");

  return (
    <div className="min-h-screen bg-slate-50">
      <SimpleHeader user={user} />
      <main className="mx-auto max-w-xl px-4 py-12">
        <h1 className="text-2xl font-semibold text-slate-900">
          Choose an organization
        </h1>
        <p className="mt-1 text-sm text-slate-600">
          {organizations.length === 0
            ? "You aren't a member of any organization yet."
            : `You are a member of ${organizations.length} organization${organizations.length === 1 ? "" : "s"}.`}
        </p>
        {domainOffer ? (
          <DomainJoinOffer offer={domainOffer} className="mt-6" />
        ) : null}
        {organizations.length === 0 ? null : (
          <ul className="mt-6 divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
            {organizations.map((org) => (
              <li key={org.id}>
                <Link
                  href={`/orgs/${org.slug}/members`}
                  className="flex items-center gap-3 px-4 py-3.5 hover:bg-slate-50 focus-visible:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600"
                >
                  <span
                    className="grid size-10 shrink-0 place-items-center rounded-lg bg-slate-900 font-semibold text-white"
                    aria-hidden="true"
                  >
                    {org.name.charAt(0).toUpperCase()}
                  </span>
                  <span className="min-w-0 flex-1">
                    <span className="block truncate font-medium text-slate-900">
                      {org.name}
                    </span>
                    <span className="block truncate text-sm text-slate-500">
                      {ROLE_LABELS[org.role]} · /orgs/{org.slug}
                    </span>
                  </span>
                  <ChevronRight
                    className="size-5 text-slate-400"
                    aria-hidden="true"
                  />
                </Link>
              </li>
            ))}
          </ul>
        )}
        {creation.allowed ? (
          <Link
            href="/orgs/new"
            className={buttonClasses("secondary", "md", "mt-6")}
          >
            <Plus className="size-4" aria-hidden="true" />
            Create organization
          </Link>
        ) : (
          <CreationRestricted reason={creation.reason} className="mt-6" />
        )}
      </main>
    </div>
  );
}
