// Account → API keys: the signed-in person's own keys, one panel per organization they are active
// in, to create (after a recent sign-in) and revoke.
import type { Metadata } from "next";
import { KeyRound } from "lucide-react";
import { MemberApiKeys } from "@/components/api-keys/member-api-keys";
import { DataTableEmpty } from "@/components/data-table/data-table-empty";
import { Card } from "@/components/ui/card";
import { loadAccountApiKeys } from "@/lib/api-keys/api-keys-page-data";
import { requireUser } from "@/lib/auth/org-context";

export const metadata: Metadata = { title: "API keys" };

export default async function AccountApiKeysPage() {
  const user = await requireUser();
  const { panels, now } = await loadAccountApiKeys(user);
  if (panels.length === 0) {
    return (
      <Card>
        <DataTableEmpty icon={<KeyRound className="size-5" aria-hidden="true" />} title="No organizations yet">
          API keys belong to your membership of an organization. Join or create one first.
        </DataTableEmpty>
      </Card>
    );
  }
  return (
    <>
      <header>
        <h2 className="text-lg font-semibold text-slate-900">API keys</h2>
        <p className="mt-1 text-sm text-slate-600">
          Keys let scripts call Roster&apos;s REST API as you. Each belongs to one organization and acts with your role there, limited to its scopes.
        </p>
      </header>
      {panels.map((panel) => (
        <MemberApiKeys key={panel.slug} panel={panel} now={now} headingLevel="h3" />
      ))}
    </>
  );
}
