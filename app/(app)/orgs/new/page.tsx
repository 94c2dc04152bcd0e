// New organization: name and URL; the creator becomes its Owner. Someone the operator's rule
// doesn't allow is told why instead of getting a form (the action refuses them anyway).
import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { CreationRestricted } from "@/components/organizations/creation-restricted";
import { SimpleHeader } from "@/components/shell/simple-header";
import { requireUser } from "@/lib/auth/org-context";
import { loadOrganizationSwitcher } from "@/lib/organizations/user-organizations";
import { CreateOrganizationForm } from "./create-organization-form";

export const metadata: Metadata = { title: "Create an organization" };

export default async function NewOrganizationPage() {
  const user = await requireUser();
  const { organizations, creation } = await loadOrganizationSwitcher(user);
  const first = organizations.length === 0;

  if (!creation.allowed) {
    return (
      <div className="min-h-screen bg-slate-50">
        <SimpleHeader user={user} />
        <main className="mx-auto max-w-lg px-4 py-12">
          {first ? null : (
            <Link href="/" className="mb-6 inline-flex items-center gap-1.5 text-sm font-medium text-slate-600 hover:text-slate-900">
              <ArrowLeft className="size-4" aria-hidden="true" />
              Back
            </Link>
          )}
          <h1 className="text-2xl font-semibold text-slate-900">{first ? "You're not in an organization yet" : "Create an organization"}</h1>
          {first ? (
            <p className="mt-1 text-sm text-slate-600">When an admin invites {user.email}, the invitation email brings you to their organization.</p>
          ) : null}
          <CreationRestricted reason={creation.reason} className="mt-6" />
        </main>
      </div>
    );
  }

  return (
    <div className="min-h-screen bg-slate-50">
      <SimpleHeader user={user} />
      <main className="mx-auto max-w-lg px-4 py-12">
        {first ? null : (
          <Link href="/" className="mb-6 inline-flex items-center gap-1.5 text-sm font-medium text-slate-600 hover:text-slate-900">
            <ArrowLeft className="size-4" aria-hidden="true" />
            Back
          </Link>
        )}
        <h1 className="text-2xl font-semibold text-slate-900">{first ? "Create your first organization" : "Create an organization"}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {first
            ? "You're not a member of any organization yet. Create one to start inviting your team — or ask an admin to invite you."
            : "A separate workspace with its own members, teams and settings."}{" "}
          You will be its Owner.
        </p>
        <div className="mt-6 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <CreateOrganizationForm />
        </div>
      </main>
    </div>
  );
}
