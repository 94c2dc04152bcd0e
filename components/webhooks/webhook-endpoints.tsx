"use client";
// Settings → Webhooks: the organization's endpoints in the shared data table — URL, events, state
// and backlog — with Add endpoint, and per row: delivery log, edit, turn off/on, roll the secret
// (shown once) and delete.
import type { DataColumn } from "@/components/data-table/data-column";
import { Plus, Webhook } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { toast } from "sonner";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableEmpty } from "@/components/data-table/data-table-empty";
import { RowMenuButton } from "@/components/data-table/row-menu-button";
import { SettingsCard } from "@/components/settings/settings-card";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { DropdownMenuItem, DropdownMenuSeparator } from "@/components/ui/dropdown-menu";
import type { EndpointListRow } from "@/db/queries/event-webhooks";
import { deleteWebhookEndpointAction, rollWebhookSecretAction, updateWebhookEndpointAction } from "@/lib/actions/webhooks/server-actions";
import { EndpointFormDialog, SecretShownOnce, type EndpointFormState } from "./endpoint-form-dialog";

type Pending = { kind: "delete" | "roll"; endpoint: EndpointListRow } | null;

export function WebhookEndpoints({ slug, endpoints, canManage }: { slug: string; endpoints: EndpointListRow[]; canManage: boolean }) {
  const router = useRouter();
  const [form, setForm] = useState<EndpointFormState>({ mode: "closed" });
  const [pending, setPending] = useState<Pending>(null);
  const [secret, setSecret] = useState<string | null>(null);

  async function toggle(endpoint: EndpointListRow) {
    const result = await updateWebhookEndpointAction(slug, { endpointId: endpoint.id, url: endpoint.url, description: endpoint.description, eventTypes: endpoint.eventTypes, enabled: !endpoint.enabled });
    if (!result.ok) return void toast.error(result.error);
    toast.success(endpoint.enabled ? "Endpoint turned off: nothing is sent to it." : "Endpoint turned on.");
    router.refresh();
  }

  const columns = useMemo<DataColumn<EndpointListRow>[]>(
    () => [
      {
        id: "url",
        header: "Endpoint",
        enableSorting: false,
        cell: ({ row }) => (
          <div className="min-w-0">
            <Link href={`/orgs/${slug}/settings/webhooks/${row.original.id}`} className="font-mono text-xs break-all text-indigo-700 hover:underline">
              {row.original.url}
            </Link>
            {row.original.description ? <p className="text-xs text-slate-600">{row.original.description}</p> : null}
          </div>
        ),
      },
      {
        id: "events",
        header: "Events",
        enableSorting: false,
        meta: { className: "hidden md:table-cell" },
        cell: ({ row }) => (row.original.eventTypes.length === 0 ? "All events" : `${row.original.eventTypes.length} event type${row.original.eventTypes.length === 1 ? "" : "s"}`),
      },
      {
        id: "state",
        header: "State",
        enableSorting: false,
        cell: ({ row }) => (
          <div className="flex flex-wrap gap-1">
            <Badge tone={row.original.enabled ? "green" : "gray"}>{row.original.enabled ? "On" : "Off"}</Badge>
            {row.original.pending > 0 ? <Badge tone="orange">{row.original.pending} waiting</Badge> : null}
            {row.original.dead > 0 ? <Badge tone="red">{row.original.dead} failed</Badge> : null}
          </div>
        ),
      },
      {
        id: "actions",
        header: () => <span className="sr-only">Actions</span>,
        enableSorting: false,
        meta: { className: "w-12 text-right", label: "Actions" },
        cell: ({ row }) => (
          <RowMenuButton menu="actions" label={`Actions for ${row.original.url}`} className="rounded-md px-2 py-1 text-slate-600 hover:bg-slate-100">
            <span aria-hidden="true">•••</span>
          </RowMenuButton>
        ),
      },
    ],
    [slug],
  );

  return (
    <SettingsCard
      title="Endpoints"
      headingId="webhook-endpoints-heading"
      description="HTTPS endpoints that receive signed events when members, invitations and teams change."
      footer={
        canManage ? (
          <Button onClick={() => setForm({ mode: "create" })}>
            <Plus className="size-4" aria-hidden="true" />
            Add endpoint
          </Button>
        ) : undefined
      }
    >
      <div className="-mx-5 -my-5 sm:-mx-6">
        <DataTable<EndpointListRow>
          label="Webhook endpoints"
          id="webhook-endpoints"
          columns={columns}
          rows={endpoints}
          getRowId={(e) => e.id}
          getRowLabel={(e) => e.url}
          controller={{ page: 1, pageCount: 1, pageSize: Math.max(endpoints.length, 1), total: endpoints.length, onPage: () => {}, pending: false }}
          onOpenRow={(e) => router.push(`/orgs/${slug}/settings/webhooks/${e.id}`)}
          menus={{
            actions: {
              label: (e) => `Actions for ${e.url}`,
              items: (e, afterClose) => (
                <>
                  <DropdownMenuItem onSelect={() => router.push(`/orgs/${slug}/settings/webhooks/${e.id}`)}>Delivery log</DropdownMenuItem>
                  {canManage ? (
                    <>
                      <DropdownMenuItem onSelect={() => afterClose(() => setForm({ mode: "edit", endpoint: e }))}>Edit</DropdownMenuItem>
                      <DropdownMenuItem onSelect={() => void toggle(e)}>{e.enabled ? "Turn off" : "Turn on"}</DropdownMenuItem>
                      <DropdownMenuItem onSelect={() => afterClose(() => setPending({ kind: "roll", endpoint: e }))}>Roll signing secret</DropdownMenuItem>
                      <DropdownMenuSeparator />
                      <DropdownMenuItem className="text-red-700" onSelect={() => afterClose(() => setPending({ kind: "delete", endpoint: e }))}>
                        Delete
                      </DropdownMenuItem>
                    </>
                  ) : null}
                </>
              ),
            },
          }}
          empty={
            <DataTableEmpty icon={<Webhook className="size-5" aria-hidden="true" />} title="No endpoints yet">
              Add an HTTPS endpoint to hear about new members, role changes, invitations and teams as they happen.
            </DataTableEmpty>
          }
        />
      </div>
      <EndpointFormDialog slug={slug} state={form} onClose={() => setForm({ mode: "closed" })} />
      <ConfirmDialog
        open={pending !== null}
        onOpenChange={(open) => (open ? undefined : setPending(null))}
        title={pending?.kind === "delete" ? "Delete this endpoint?" : "Roll the signing secret?"}
        description={
          pending?.kind === "delete"
            ? "Nothing more is sent to it, and its delivery log is deleted with it."
            : "Deliveries from now on are signed with a new secret, shown once; the receiver must switch to it."
        }
        confirmLabel={pending?.kind === "delete" ? "Delete endpoint" : "Roll secret"}
        variant={pending?.kind === "delete" ? "danger" : "primary"}
        onConfirm={async () => {
          if (!pending) return null;
          if (pending.kind === "delete") {
            const result = await deleteWebhookEndpointAction(slug, { endpointId: pending.endpoint.id });
            if (!result.ok) return result.error;
            toast.success("Endpoint deleted.");
            router.refresh();
            return null;
          }
          const result = await rollWebhookSecretAction(slug, { endpointId: pending.endpoint.id });
          if (!result.ok) return result.error;
          setSecret(result.data.secret);
          return null;
        }}
      />
      <Dialog open={secret !== null} onOpenChange={(open) => (open ? undefined : setSecret(null))}>
        <DialogContent>{secret ? <SecretShownOnce secret={secret} onDone={() => setSecret(null)} /> : null}</DialogContent>
      </Dialog>
    </SettingsCard>
  );
}
