"use client";
// A member's API keys: the live keys (prefix, scopes, expiry, last use), Create key (for yourself,
// or — Owners and Admins — for members you outrank) and Revoke, plus the member's API access level.
// Account → API keys shows one per organization; the member profile page mounts it for a member
// with the panel from loadMemberApiKeysPanel (lib/api-keys/api-keys-page-data.ts).
import { Plus } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DisabledReason } from "@/components/ui/tooltip";
import type { MemberApiKeysPanel } from "@/lib/api-keys/api-keys-page-data";
import { API_ACCESS_LABELS } from "@/lib/api-keys/scopes";
import { ApiAccessControl } from "./api-access-control";
import { ApiKeysTable } from "./api-keys-table";
import { CreateApiKeyDialog } from "./create-api-key-dialog";

export function MemberApiKeys({
  panel,
  now,
  heading,
  headingLevel = "h2",
}: {
  panel: MemberApiKeysPanel;
  /** Defaults to the panel's own clock (the loader's). */
  now?: number;
  /** Defaults to the organization's name on your own keys, "API keys" on someone else's. */
  heading?: string;
  headingLevel?: "h2" | "h3";
}) {
  const Heading = headingLevel;
  const [creating, setCreating] = useState(false);
  const { member, isSelf } = panel;
  const headingId = `api-keys-${panel.slug}-${member.id}`;
  const title = heading ?? (isSelf ? panel.organizationName : "API keys");
  // Your own level is shown, not offered: nobody changes their own.
  const showAccessControl = panel.accessBlockedReason === null;

  return (
    <Card>
      <section aria-labelledby={headingId}>
        <div className="flex flex-col gap-3 border-b border-slate-200 px-5 py-4 sm:flex-row sm:items-start sm:justify-between sm:px-6">
          <div className="min-w-0">
            <Heading id={headingId} className="flex flex-wrap items-center gap-2 text-base font-semibold text-slate-900">
              {title}
              {member.apiAccess !== "full" ? <Badge tone={member.apiAccess === "none" ? "red" : "orange"}>API access: {API_ACCESS_LABELS[member.apiAccess]}</Badge> : null}
            </Heading>
            <p className="mt-1 text-sm text-slate-600">
              {isSelf ? "Keys act with your current role in this organization, limited to their scopes." : `Keys act with ${member.name}'s current role, limited to their scopes.`}{" "}
              <Link href="/api-reference" className="font-medium text-indigo-700 hover:underline">
                API reference
              </Link>
            </p>
            <p className="mt-1 text-xs text-slate-600">
              Organization ID <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-slate-800 select-all" data-testid="organization-id">{panel.organizationId}</code>
            </p>
          </div>
          <DisabledReason reason={panel.createBlockedReason}>
            <Button onClick={() => setCreating(true)} disabled={panel.createBlockedReason !== null} className="shrink-0">
              <Plus className="size-4" aria-hidden="true" />
              Create key
            </Button>
          </DisabledReason>
        </div>
        {showAccessControl ? (
          <div className="border-b border-slate-200 px-5 py-4 sm:px-6">
            <ApiAccessControl slug={panel.slug} member={member} blockedReason={panel.accessBlockedReason} />
          </div>
        ) : null}
        <ApiKeysTable
          slug={panel.slug}
          keys={panel.keys}
          now={now ?? panel.now}
          emptyText={panel.createBlockedReason === null ? "Create a key to call the REST API from a script or CI." : (panel.createBlockedReason ?? "")}
        />
      </section>
      <CreateApiKeyDialog
        slug={panel.slug}
        member={member}
        isSelf={isSelf}
        expiryChoices={panel.expiryChoices}
        recentSignInSeconds={panel.recentSignInSeconds}
        viewerEmail={panel.viewerEmail}
        open={creating}
        onOpenChange={setCreating}
      />
    </Card>
  );
}
