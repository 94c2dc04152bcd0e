"use client";
// Account → Organizations: every organization the person is an active member of, with their role,
// a link in, and Leave (the organization's own leave action; the last Owner is refused there).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { leaveOrganizationAction } from "@/lib/actions/members/server-actions";

export interface AccountOrganization {
  name: string;
  slug: string;
  roleLabel: string;
}

export function OrganizationList({ organizations }: { organizations: AccountOrganization[] }) {
  const router = useRouter();
  const [leaving, setLeaving] = useState<AccountOrganization | null>(null);

  return (
    <Card>
      <section aria-labelledby="organizations-heading">
        <div className="border-b border-slate-200 px-5 py-4 sm:px-6">
          <h2 id="organizations-heading" className="text-base font-semibold text-slate-900">
            Organizations
          </h2>
          <p className="mt-1 text-sm text-slate-600">Where you are a member. Leaving ends your access there at once.</p>
        </div>
        {organizations.length === 0 ? (
          <p className="px-5 py-6 text-sm text-slate-600 sm:px-6">You are not a member of any organization.</p>
        ) : (
          <ul aria-label="Your organizations" className="divide-y divide-slate-100">
            {organizations.map((org) => (
              <li key={org.slug} className="flex flex-wrap items-center gap-3 px-5 py-3 sm:px-6">
                <div className="min-w-0 flex-1">
                  <Link href={`/orgs/${org.slug}/members`} className="font-medium break-words text-slate-900 hover:underline">
                    {org.name}
                  </Link>
                  <div className="mt-0.5">
                    <Badge>{org.roleLabel}</Badge>
                  </div>
                </div>
                <Button variant="secondary" size="sm" onClick={() => setLeaving(org)} aria-label={`Leave ${org.name}`}>
                  Leave
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ConfirmDialog
        open={leaving !== null}
        onOpenChange={(open) => !open && setLeaving(null)}
        title={`Leave ${leaving?.name ?? "the organization"}?`}
        description="You lose access to it at once and your API keys there are revoked. To come back, someone has to invite you again."
        confirmLabel="Leave organization"
        onConfirm={async () => {
          if (!leaving) return null;
          const result = await leaveOrganizationAction(leaving.slug);
          if (!result.ok) return result.error;
          toast.success(`You left ${leaving.name}.`);
          router.refresh();
          return null;
        }}
      />
    </Card>
  );
}
