"use client";
// The activity log as the shared data table: when, who (person, API key or SCIM client), what
// changed (before → after), to whom, and from where (channel, address, browser). A row opens the
// event in full.
import type { DataColumn } from "@/components/data-table/data-column";
import { History } from "lucide-react";
import Link from "next/link";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableEmpty } from "@/components/data-table/data-table-empty";
import type { TableController } from "@/components/data-table/table-controller";
import { Button } from "@/components/ui/button";
import type { ActivityRow } from "@/lib/activity/activity-page-data";
import { formatDateTime, formatRelative } from "@/lib/format-time";
import { ActorTypeBadge, ChannelBadge } from "./channel-badge";
import { EventSummary } from "./event-summary";

function personLink(slug: string, memberId: string | null, text: string) {
  return memberId ? (
    <Link href={`/orgs/${slug}/members/${memberId}`} className="font-medium text-slate-900 hover:text-indigo-700 hover:underline">
      {text}
    </Link>
  ) : (
    <span className="font-medium text-slate-900">{text}</span>
  );
}

function columns(slug: string, now: number, variant: "log" | "timeline"): DataColumn<ActivityRow>[] {
  const all: DataColumn<ActivityRow>[] = [
    {
      id: "time",
      header: "When",
      meta: { className: "w-32 whitespace-nowrap" },
      cell: ({ row }) => (
        <time dateTime={row.original.createdAt.toISOString()} title={formatDateTime(row.original.createdAt)} className="text-slate-700">
          {formatRelative(row.original.createdAt, now, { capitalized: true })}
        </time>
      ),
    },
    {
      id: "actor",
      header: "Actor",
      meta: { className: "min-w-40" },
      cell: ({ row }) => {
        const { actor } = row.original;
        return (
          <div className="min-w-0">
            <div className="flex flex-wrap items-center gap-1.5">
              {personLink(slug, actor.memberId, actor.name)}
              <ActorTypeBadge type={actor.type} />
            </div>
            {actor.email && actor.email !== actor.name ? <p className="truncate text-xs text-slate-600">{actor.email}</p> : null}
          </div>
        );
      },
    },
    {
      id: "action",
      header: "Action",
      meta: { className: "min-w-56" },
      cell: ({ row }) => <EventSummary label={row.original.label} changes={row.original.changes} details={row.original.details} compact />,
    },
    {
      id: "target",
      header: "Target",
      meta: { className: "hidden min-w-40 sm:table-cell", label: "Target", hideable: true },
      cell: ({ row }) => {
        const { target } = row.original;
        if (!target) return <span className="text-slate-500">—</span>;
        return (
          <div className="min-w-0">
            {personLink(slug, target.memberId, target.name ?? target.email ?? "—")}
            {target.email && target.name ? <p className="truncate text-xs text-slate-600">{target.email}</p> : null}
          </div>
        );
      },
    },
    {
      id: "channel",
      header: "Channel",
      meta: { className: "hidden md:table-cell", label: "Channel", hideable: true },
      cell: ({ row }) => <ChannelBadge channel={row.original.channel} />,
    },
    {
      id: "origin",
      header: "IP / browser",
      meta: { className: "hidden lg:table-cell", label: "IP address and browser", hideable: true },
      cell: ({ row }) => (
        <div className="text-xs">
          <p className="text-slate-800 tabular-nums">{row.original.ip ?? "—"}</p>
          {row.original.device ? (
            <p className="text-slate-600" title={row.original.userAgent ?? undefined}>
              {row.original.device}
            </p>
          ) : null}
        </div>
      ),
    },
  ];
  // A timeline sits in half the page: where and how an event arrived is in its dialog.
  return variant === "timeline" ? all.filter((column) => column.id !== "channel" && column.id !== "origin") : all;
}

export function ActivityTable({
  slug,
  rows,
  controller,
  now,
  filtered,
  onClearFilters,
  onOpen,
  variant = "log",
}: {
  slug: string;
  rows: ActivityRow[];
  controller: TableController;
  now: number;
  filtered: boolean;
  onClearFilters: () => void;
  onOpen: (row: ActivityRow) => void;
  variant?: "log" | "timeline";
}) {
  const defs = useMemo(() => columns(slug, now, variant), [slug, now, variant]);
  return (
    <DataTable
      id={variant === "log" ? "activity" : "timeline"}
      label={variant === "log" ? "Activity log" : "Timeline"}
      columns={defs}
      rows={rows}
      getRowId={(row) => row.id}
      getRowLabel={(row) => `${row.label} by ${row.actor.name}`}
      controller={controller}
      onOpenRow={onOpen}
      empty={
        filtered ? (
          <DataTableEmpty
            icon={<History className="size-5" aria-hidden="true" />}
            title="No activity matches these filters"
            action={
              <Button variant="secondary" size="sm" onClick={onClearFilters}>
                Clear filters
              </Button>
            }
          >
            Try a wider date range or fewer filters.
          </DataTableEmpty>
        ) : (
          <DataTableEmpty icon={<History className="size-5" aria-hidden="true" />} title="No activity yet">
            {variant === "log" ? "Invitations, role changes, team changes and removals appear here as they happen." : "Nothing has been recorded about this member yet."}
          </DataTableEmpty>
        )
      }
    />
  );
}
