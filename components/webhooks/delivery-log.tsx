"use client";
// An endpoint's delivery log in the shared data table, paged and filtered by status through the
// URL: each event's type and id, status, attempts, the endpoint's last answer (code and the start of
// its body) or the error, and when it was sent or will be tried next; Resend on any row.
import type { DataColumn } from "@/components/data-table/data-column";
import { Inbox } from "lucide-react";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { toast } from "sonner";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableEmpty } from "@/components/data-table/data-table-empty";
import { MultiFilter } from "@/components/data-table/data-table-filters";
import { DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import { RowMenuButton } from "@/components/data-table/row-menu-button";
import { useListState } from "@/components/data-table/use-list-state";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { DropdownMenuItem } from "@/components/ui/dropdown-menu";
import type { DeliveryLogRow } from "@/db/queries/event-webhooks";
import type { WebhookDeliveryStatus } from "@/db/schema/enums";
import { resendWebhookDeliveryAction } from "@/lib/actions/webhooks/server-actions";
import { deliveryLogState } from "@/lib/event-webhooks/delivery-log-state";
import { formatDateTime, formatMoment } from "@/lib/format-time";

const STATUS: Record<WebhookDeliveryStatus, { label: string; tone: BadgeTone }> = {
  pending: { label: "Pending", tone: "gray" },
  sending: { label: "Sending", tone: "blue" },
  succeeded: { label: "Delivered", tone: "green" },
  failed: { label: "Retrying", tone: "orange" },
  dead: { label: "Failed", tone: "red" },
};

export function DeliveryLog({
  slug,
  log,
  now,
  canManage,
}: {
  slug: string;
  log: { rows: DeliveryLogRow[]; total: number; page: number; pageCount: number; pageSize: number };
  now: number;
  canManage: boolean;
}) {
  const router = useRouter();
  const list = useListState(deliveryLogState);
  const controller = list.table({ page: log.page, pageCount: log.pageCount, total: log.total, pageSize: log.pageSize });

  async function resend(row: DeliveryLogRow) {
    const result = await resendWebhookDeliveryAction(slug, { deliveryId: row.id });
    if (!result.ok) return void toast.error(result.error);
    toast.success("Queued again: it goes out within a few seconds.");
    router.refresh();
  }

  const columns = useMemo<DataColumn<DeliveryLogRow>[]>(
    () => [
      {
        id: "event",
        header: "Event",
        enableSorting: false,
        cell: ({ row }) => (
          <div className="min-w-0">
            <p className="font-mono text-xs font-semibold text-slate-900">{row.original.eventType}</p>
            <p className="font-mono text-[11px] text-slate-500" title="webhook-id">
              {row.original.eventId}
            </p>
          </div>
        ),
      },
      {
        id: "status",
        header: "Status",
        enableSorting: false,
        cell: ({ row }) => (
          <div className="space-y-0.5">
            <Badge tone={STATUS[row.original.status].tone}>{STATUS[row.original.status].label}</Badge>
            <p className="text-xs text-slate-500">
              {row.original.attempts} attempt{row.original.attempts === 1 ? "" : "s"}
            </p>
          </div>
        ),
      },
      {
        id: "response",
        header: "Response",
        enableSorting: false,
        meta: { className: "hidden md:table-cell" },
        cell: ({ row }) => {
          const r = row.original;
          if (r.lastStatusCode === null && !r.lastError) return <span className="text-slate-500">Not sent yet</span>;
          return (
            <div className="max-w-md space-y-0.5">
              {r.lastStatusCode !== null ? <p className="font-mono text-xs font-semibold">HTTP {r.lastStatusCode}</p> : null}
              {r.lastError ? <p className="text-xs break-words text-red-700">{r.lastError}</p> : null}
              {r.lastResponse ? <pre className="max-h-20 overflow-hidden font-mono text-[11px] break-all whitespace-pre-wrap text-slate-600">{r.lastResponse}</pre> : null}
            </div>
          );
        },
      },
      {
        id: "when",
        header: "When",
        enableSorting: false,
        meta: { className: "whitespace-nowrap" },
        cell: ({ row }) => {
          const r = row.original;
          const at = r.deliveredAt ?? r.createdAt;
          return (
            <div className="text-xs">
              <time dateTime={at.toISOString()} title={formatDateTime(at)}>
                {formatMoment(at, now)}
              </time>
              {r.status === "failed" || r.status === "pending" ? <p className="text-slate-500">next {formatMoment(r.nextAttemptAt, now)}</p> : null}
            </div>
          );
        },
      },
      ...(canManage
        ? [
            {
              id: "actions",
              header: () => <span className="sr-only">Actions</span>,
              enableSorting: false,
              meta: { className: "w-12 text-right", label: "Actions" },
              cell: ({ row }) => (
                <RowMenuButton menu="actions" label={`Actions for ${row.original.eventType} ${row.original.eventId}`} className="rounded-md px-2 py-1 text-slate-600 hover:bg-slate-100">
                  <span aria-hidden="true">•••</span>
                </RowMenuButton>
              ),
            } satisfies DataColumn<DeliveryLogRow>,
          ]
        : []),
    ],
    [now, canManage],
  );

  return (
    <div>
      <div className="px-4 pt-4">
        <DataTableToolbar
          filters={
            <MultiFilter
              label="Status"
              options={(Object.keys(STATUS) as WebhookDeliveryStatus[]).map((value) => ({ value, label: STATUS[value].label }))}
              selected={list.state.status}
              onChange={(status) => list.setFilters({ status })}
            />
          }
          onClearFilters={list.hasFilters ? list.clearFilters : undefined}
        />
      </div>
      <DataTable<DeliveryLogRow>
        label="Deliveries"
        id="webhook-deliveries"
        columns={columns}
        rows={log.rows}
        getRowId={(r) => r.id}
        getRowLabel={(r) => `${r.eventType} ${r.eventId}`}
        controller={controller}
        menus={{
          actions: {
            label: (r) => `Actions for ${r.eventType} ${r.eventId}`,
            items: (r) => <DropdownMenuItem onSelect={() => void resend(r)}>Resend</DropdownMenuItem>,
          },
        }}
        empty={
          <DataTableEmpty icon={<Inbox className="size-5" aria-hidden="true" />} title={list.hasFilters ? "No deliveries match" : "No deliveries yet"}>
            {list.hasFilters ? "Clear the status filter to see every delivery." : "Events appear here as members, invitations and teams change."}
          </DataTableEmpty>
        }
      />
    </div>
  );
}
