"use client";
// Settings → Domains: the organization's domains in the shared data table — state (Pending,
// Verified, Failed, Unverified) with the last check and its reason, auto-join — with Add domain,
// and per row: Verify, Auto-join settings, the TXT record to publish, Remove.
import type { DataColumn } from "@/components/data-table/data-column";
import { Globe, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { toast } from "sonner";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableEmpty } from "@/components/data-table/data-table-empty";
import { RowMenuButton } from "@/components/data-table/row-menu-button";
import { SettingsCard } from "@/components/settings/settings-card";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogBody, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { DropdownMenuItem, DropdownMenuSeparator } from "@/components/ui/dropdown-menu";
import type { Role } from "@/db/schema/enums";
import { removeDomainAction, verifyDomainAction } from "@/lib/actions/domains/server-actions";
import type { DomainRow } from "@/lib/domains/domains-page-data";
import { formatMoment } from "@/lib/format-time";
import { ROLE_LABELS } from "@/lib/permissions";
import { AddDomainDialog } from "./add-domain-dialog";
import { AutoJoinDialog } from "./auto-join-dialog";
import { TxtRecordPanel } from "./txt-record-panel";

const STATUS: Record<DomainRow["status"], { label: string; tone: BadgeTone }> = {
  pending: { label: "Pending", tone: "orange" },
  verified: { label: "Verified", tone: "green" },
  failed: { label: "Failed", tone: "red" },
  unverified: { label: "Unverified", tone: "red" },
};

export function DomainsCard({
  slug,
  domains,
  teams,
  roles,
  now,
}: {
  slug: string;
  domains: DomainRow[];
  teams: { id: string; name: string }[];
  roles: Role[];
  now: number;
}) {
  const router = useRouter();
  const [adding, setAdding] = useState(false);
  const [record, setRecord] = useState<DomainRow | null>(null);
  const [autoJoin, setAutoJoin] = useState<DomainRow | null>(null);
  const [removing, setRemoving] = useState<DomainRow | null>(null);
  const [checking, setChecking] = useState<string | null>(null);
  const teamNames = useMemo(() => new Map(teams.map((t) => [t.id, t.name])), [teams]);

  async function verify(domain: DomainRow) {
    setChecking(domain.id);
    const result = await verifyDomainAction(slug, { domainId: domain.id });
    setChecking(null);
    if (!result.ok) return void toast.error(result.error);
    if (result.data.status === "verified" && !result.data.reason) toast.success(`${domain.domain} is verified.`);
    else toast.error(`${domain.domain}: ${result.data.reason ?? "not verified"}`);
    router.refresh();
  }

  const columns = useMemo<DataColumn<DomainRow>[]>(
    () => [
      {
        id: "domain",
        header: "Domain",
        enableSorting: false,
        cell: ({ row }) => <span className="font-medium break-words text-slate-900">{row.original.domain}</span>,
      },
      {
        id: "status",
        header: "Status",
        enableSorting: false,
        cell: ({ row }) => {
          const d = row.original;
          return (
            <div className="min-w-0 space-y-1">
              <Badge tone={STATUS[d.status].tone}>{checking === d.id ? "Checking…" : STATUS[d.status].label}</Badge>
              <p className="text-xs text-slate-600">{d.lastCheckedAt ? `Checked ${formatMoment(d.lastCheckedAt, now)}` : "Not checked yet"}</p>
              {d.lastError ? <p className="text-xs break-words text-red-700">{d.lastError}</p> : null}
            </div>
          );
        },
      },
      {
        id: "autoJoin",
        header: "Auto-join",
        enableSorting: false,
        meta: { className: "max-md:hidden" },
        cell: ({ row }) => {
          const d = row.original;
          if (!d.autoJoin) return <span className="text-sm text-slate-500">Off</span>;
          const names = d.autoJoinTeamIds.map((id) => teamNames.get(id)).filter(Boolean);
          return (
            <div className="text-sm text-slate-800">
              <span className="font-medium">On</span> · {ROLE_LABELS[d.autoJoinRole]}
              {names.length ? <p className="text-xs text-slate-600">Teams: {names.join(", ")}</p> : null}
              {d.status !== "verified" ? <p className="text-xs text-orange-700">Paused until the domain is verified again</p> : null}
            </div>
          );
        },
      },
      {
        id: "actions",
        header: () => <span className="sr-only">Actions</span>,
        enableSorting: false,
        meta: { className: "w-12 text-right", label: "Actions" },
        cell: ({ row }) => (
          <RowMenuButton menu="actions" label={`Actions for ${row.original.domain}`} className="rounded-md px-2 py-1 text-slate-600 hover:bg-slate-100">
            <span aria-hidden="true">•••</span>
          </RowMenuButton>
        ),
      },
    ],
    [checking, now, teamNames],
  );

  return (
    <SettingsCard
      title="Verified domains"
      headingId="domains-heading"
      description="Claim your email domains with a DNS TXT record. Everyone on a verified domain that the organization adds takes a seat; auto-join lets them in as they sign in."
      footer={
        <Button onClick={() => setAdding(true)}>
          <Plus className="size-4" aria-hidden="true" />
          Add domain
        </Button>
      }
    >
      <div className="-mx-5 -my-5 sm:-mx-6">
        <DataTable<DomainRow>
          label="Domains"
          id="domains"
          columns={columns}
          rows={domains}
          getRowId={(d) => d.id}
          getRowLabel={(d) => d.domain}
          controller={{ page: 1, pageCount: 1, pageSize: Math.max(domains.length, 1), total: domains.length, onPage: () => {}, pending: false }}
          menus={{
            actions: {
              label: (d) => `Actions for ${d.domain}`,
              items: (d, afterClose) => (
                <>
                  <DropdownMenuItem onSelect={() => void verify(d)}>{d.status === "verified" ? "Check again" : "Verify"}</DropdownMenuItem>
                  <DropdownMenuItem onSelect={() => afterClose(() => setRecord(d))}>TXT record</DropdownMenuItem>
                  <DropdownMenuItem onSelect={() => afterClose(() => setAutoJoin(d))}>Auto-join settings</DropdownMenuItem>
                  <DropdownMenuSeparator />
                  <DropdownMenuItem className="text-red-700" onSelect={() => afterClose(() => setRemoving(d))}>
                    Remove
                  </DropdownMenuItem>
                </>
              ),
            },
          }}
          empty={
            <DataTableEmpty icon={<Globe className="size-5" aria-hidden="true" />} title="No domains yet">
              Add your company&apos;s email domain (acme.com) and publish a TXT record to verify it.
            </DataTableEmpty>
          }
        />
      </div>
      <AddDomainDialog slug={slug} open={adding} onOpenChange={setAdding} />
      <AutoJoinDialog slug={slug} domain={autoJoin} teams={teams} roles={roles} onClose={() => setAutoJoin(null)} />
      <Dialog open={record !== null} onOpenChange={(open) => (open ? undefined : setRecord(null))}>
        <DialogContent>
          {record ? (
            <>
              <DialogHeader>
                <DialogTitle>TXT record for {record.domain}</DialogTitle>
                <DialogDescription>{STATUS[record.status].label}{record.lastError ? `: ${record.lastError}` : ""}</DialogDescription>
              </DialogHeader>
              <DialogBody>
                <TxtRecordPanel domain={record.domain} recordName={record.recordName} recordValue={record.recordValue} />
              </DialogBody>
              <DialogFooter>
                <Button variant="secondary" onClick={() => setRecord(null)}>
                  Close
                </Button>
                <Button
                  onClick={() => {
                    const d = record;
                    setRecord(null);
                    void verify(d);
                  }}
                >
                  Verify
                </Button>
              </DialogFooter>
            </>
          ) : null}
        </DialogContent>
      </Dialog>
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => (open ? undefined : setRemoving(null))}
        title={`Remove ${removing?.domain ?? "this domain"}?`}
        description="Auto-join through it stops at once and another organization may claim it. Members who joined through it stay."
        confirmLabel="Remove domain"
        onConfirm={async () => {
          if (!removing) return null;
          const result = await removeDomainAction(slug, { domainId: removing.id });
          if (!result.ok) return result.error;
          toast.success(`${removing.domain} removed.`);
          router.refresh();
          return null;
        }}
      />
    </SettingsCard>
  );
}
