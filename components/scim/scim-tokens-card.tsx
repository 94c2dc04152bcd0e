"use client";
// Settings → SCIM, tokens: each token by its visible prefix with its state (active, ending after
// a rotation, expired, revoked), when it was created and last used; generate or rotate, revoke.
import type { DataColumn } from "@/components/data-table/data-column";
import { KeyRound } from "lucide-react";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { toast } from "sonner";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableEmpty } from "@/components/data-table/data-table-empty";
import type { TableController } from "@/components/data-table/table-controller";
import { SettingsCard } from "@/components/settings/settings-card";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { revokeScimTokenAction } from "@/lib/actions/scim/server-actions";
import { formatMoment, formatRelative } from "@/lib/format-time";
import type { ScimSettingsData, ScimTokenState } from "@/lib/scim/scim-settings-page-data";
import { IssueTokenDialog } from "./issue-token-dialog";

type Token = ScimSettingsData["tokens"][number];

const STATE: Record<ScimTokenState, { label: string; tone: BadgeTone }> = {
  active: { label: "Active", tone: "green" },
  ending: { label: "Ending", tone: "orange" },
  expired: { label: "Expired", tone: "gray" },
  revoked: { label: "Revoked", tone: "red" },
};

export function ScimTokensCard({ slug, tokens, now }: { slug: string; tokens: Token[]; now: number }) {
  const router = useRouter();
  const [revoking, setRevoking] = useState<Token | null>(null);
  const usable = tokens.some((t) => t.state === "active" || t.state === "ending");
  const controller: TableController = { page: 1, pageCount: 1, pageSize: Math.max(1, tokens.length), total: tokens.length, onPage: () => {}, pending: false };

  const columns = useMemo<DataColumn<Token>[]>(
    () => [
      { id: "prefix", header: "Token", enableSorting: false, cell: ({ row }) => <code className="font-mono text-sm text-slate-900">{row.original.prefix}…</code> },
      {
        id: "state",
        header: "Status",
        enableSorting: false,
        cell: ({ row }) => {
          const { state, expiresAt } = row.original;
          return (
            <span className="flex flex-wrap items-center gap-x-2">
              <Badge tone={STATE[state].tone}>{STATE[state].label}</Badge>
              {state === "ending" && expiresAt ? <span className="text-xs text-slate-500">stops {formatRelative(expiresAt, now)}</span> : null}
            </span>
          );
        },
      },
      { id: "created", header: "Created", enableSorting: false, meta: { className: "max-sm:hidden" }, cell: ({ row }) => formatMoment(row.original.createdAt, now) },
      {
        id: "lastUsed",
        header: "Last used",
        enableSorting: false,
        meta: { className: "max-sm:hidden" },
        cell: ({ row }) => (row.original.lastUsedAt ? formatRelative(row.original.lastUsedAt, now, { capitalized: true }) : "Never"),
      },
      {
        id: "actions",
        header: () => <span className="sr-only">Actions</span>,
        enableSorting: false,
        enableHiding: false,
        meta: { className: "text-right", label: "Actions" },
        cell: ({ row }) =>
          row.original.state === "active" || row.original.state === "ending" ? (
            <Button type="button" size="sm" variant="secondary" onClick={() => setRevoking(row.original)} aria-label={`Revoke token ${row.original.prefix}…`}>
              Revoke
            </Button>
          ) : null,
      },
    ],
    [now],
  );

  return (
    <SettingsCard
      title="Bearer tokens"
      headingId="scim-tokens-heading"
      description="The identity provider authenticates with a token. It is shown once and stored only as a hash."
      footer={<IssueTokenDialog slug={slug} rotating={usable} />}
    >
      <DataTable
        label="SCIM tokens"
        id="scim-tokens"
        columns={columns}
        rows={tokens}
        getRowId={(t) => t.id}
        getRowLabel={(t) => `Token ${t.prefix}`}
        controller={controller}
        empty={
          <DataTableEmpty icon={<KeyRound className="size-5" aria-hidden="true" />} title="No token yet">
            Generate one, then paste it into your identity provider with the base URL above.
          </DataTableEmpty>
        }
      />
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(open) => !open && setRevoking(null)}
        title="Revoke this token?"
        description={`Requests with ${revoking?.prefix ?? ""}… are refused from now on. The identity provider stops provisioning until it has a new token.`}
        confirmLabel="Revoke token"
        dismissLabel="Keep token"
        onConfirm={async () => {
          if (!revoking) return null;
          const result = await revokeScimTokenAction(slug, { tokenId: revoking.id });
          if (!result.ok) return result.error;
          toast.success("Token revoked.");
          router.refresh();
          return null;
        }}
      />
    </SettingsCard>
  );
}
