"use client";
// Settings → SCIM, the request log: the identity provider's recent requests, newest first — when,
// method and path, the HTTP status, what happened and what changed. Paged through the URL (?page=).
import type { DataColumn } from "@/components/data-table/data-column";
import { ScrollText } from "lucide-react";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableEmpty } from "@/components/data-table/data-table-empty";
import { useListState } from "@/components/data-table/use-list-state";
import { SettingsCard } from "@/components/settings/settings-card";
import { Badge } from "@/components/ui/badge";
import { formatMoment } from "@/lib/format-time";
import { scimLogState } from "@/lib/scim/request-log-state";
import type { ScimSettingsData } from "@/lib/scim/scim-settings-page-data";

type Entry = ScimSettingsData["log"]["rows"][number];

/** "active: true → false; department: Ops → R&D" */
function describeChanges(changes: Record<string, unknown> | null): string {
  if (!changes) return "—";
  return Object.entries(changes)
    .map(([key, value]) => {
      if (value && typeof value === "object" && "from" in value && "to" in value) {
        const { from, to } = value as { from: unknown; to: unknown };
        return `${key}: ${short(from)} → ${short(to)}`;
      }
      return `${key}: ${short(value)}`;
    })
    .join("; ");
}

function short(value: unknown): string {
  if (value === null || value === undefined) return "none";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function ScimRequestLog({ log, now }: { log: ScimSettingsData["log"]; now: number }) {
  const list = useListState(scimLogState);
  const controller = list.table({ page: log.page, pageCount: log.pageCount, total: log.total, pageSize: log.pageSize });
  const columns = useMemo<DataColumn<Entry>[]>(
    () => [
      { id: "time", header: "Time", enableSorting: false, meta: { className: "whitespace-nowrap" }, cell: ({ row }) => formatMoment(row.original.createdAt, now) },
      {
        id: "request",
        header: "Request",
        enableSorting: false,
        cell: ({ row }) => (
          <span className="font-mono text-xs break-all text-slate-800">
            <span className="font-semibold">{row.original.method}</span> {row.original.path}
          </span>
        ),
      },
      {
        id: "status",
        header: "Status",
        enableSorting: false,
        cell: ({ row }) => {
          const status = row.original.status;
          return <Badge tone={status >= 500 ? "red" : status >= 400 ? "orange" : "green"}>{status}</Badge>;
        },
      },
      { id: "outcome", header: "Outcome", enableSorting: false, cell: ({ row }) => <span className="break-words">{row.original.outcome}</span> },
      {
        id: "changes",
        header: "Changes",
        enableSorting: false,
        meta: { className: "max-md:hidden" },
        cell: ({ row }) => <span className="text-xs break-words text-slate-600">{describeChanges(row.original.changes)}</span>,
      },
    ],
    [now],
  );
  return (
    <SettingsCard title="Recent requests" headingId="scim-log-heading" description="What the identity provider asked for and what happened, newest first (kept for 30 days).">
      <DataTable
        label="Recent SCIM requests"
        id="scim-requests"
        columns={columns}
        rows={log.rows}
        getRowId={(r) => r.id}
        getRowLabel={(r) => `${r.method} ${r.path}`}
        controller={controller}
        empty={
          <DataTableEmpty icon={<ScrollText className="size-5" aria-hidden="true" />} title="No requests yet">
            Requests appear here once the identity provider connects with a token.
          </DataTableEmpty>
        }
      />
    </SettingsCard>
  );
}
