"use client";
// The people of an access review in the shared data table: who, their role then and now, last
// activity, and the decision — or, for a reviewer, "Decide…". "Waiting" shows only the undecided.
import type { DataColumn } from "@/components/data-table/data-column";
import { ArrowRight, ListChecks } from "lucide-react";
import Link from "next/link";
import { useMemo, useState } from "react";
import { SingleFilter } from "@/components/data-table/data-table-filters";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableEmpty } from "@/components/data-table/data-table-empty";
import { DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import { useListState } from "@/components/data-table/use-list-state";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { Role } from "@/db/schema/enums";
import type { ReviewItemView } from "@/lib/access-reviews/reviews-page-data";
import { DECISION_LABELS } from "@/lib/access-reviews/scope";
import { formatRelative } from "@/lib/format-time";
import { ROLE_LABELS } from "@/lib/permissions";
import { REVIEW_ITEMS_PAGE_SIZE, reviewItemsSearch } from "@/lib/validation/access-review-search";
import { DecisionDialog } from "./decision-dialog";

const SHOW = [
  { value: "waiting" as const, label: "Waiting" },
  { value: "all" as const, label: "Everyone" },
];

export function ReviewItemsTable({
  slug,
  reviewId,
  rows,
  page,
  pageCount,
  total,
  show,
  roles,
  now,
}: {
  slug: string;
  reviewId: string;
  rows: ReviewItemView[];
  page: number;
  pageCount: number;
  total: number;
  show: "waiting" | "all";
  roles: Role[];
  now: number;
}) {
  const list = useListState(reviewItemsSearch);
  const [deciding, setDeciding] = useState<ReviewItemView | null>(null);
  const columns = useMemo<DataColumn<ReviewItemView>[]>(
    () => [
      {
        id: "person",
        header: "Person",
        cell: ({ row }) => (
          <div className="min-w-0">
            {row.original.memberId ? (
              <Link href={`/orgs/${slug}/members/${row.original.memberId}`} className="font-medium text-slate-900 hover:text-indigo-700 hover:underline">
                {row.original.memberName}
              </Link>
            ) : (
              <span className="font-medium text-slate-900">{row.original.memberName}</span>
            )}
            <p className="truncate text-xs text-slate-600">{row.original.memberEmail}</p>
          </div>
        ),
      },
      {
        id: "role",
        header: "Role",
        cell: ({ row }) => {
          const { roleAtStart, currentRole } = row.original;
          return currentRole && currentRole !== roleAtStart ? (
            <span className="inline-flex items-center gap-1">
              {ROLE_LABELS[roleAtStart]} <ArrowRight className="size-3 text-slate-400" aria-label="now" /> {ROLE_LABELS[currentRole]}
            </span>
          ) : (
            ROLE_LABELS[roleAtStart]
          );
        },
      },
      {
        id: "lastActive",
        header: "Last active",
        meta: { className: "hidden md:table-cell", label: "Last active", hideable: true },
        cell: ({ row }) => (row.original.lastActiveAt ? formatRelative(row.original.lastActiveAt, now, { capitalized: true }) : <span className="text-slate-600">{row.original.memberId ? "Never" : "—"}</span>),
      },
      {
        id: "decision",
        header: "Decision",
        meta: { className: "min-w-48" },
        cell: ({ row }) => {
          const item = row.original;
          if (item.decision) {
            return (
              <div className="min-w-0">
                <Badge tone={item.decision === "remove" ? "red" : item.decision === "change_role" ? "orange" : "green"}>{DECISION_LABELS[item.decision]}</Badge>
                <p className="mt-0.5 text-xs text-slate-700">{item.outcome}</p>
                {item.note ? <p className="text-xs text-slate-600">“{item.note}”</p> : null}
                {item.decidedByName ? <p className="text-xs text-slate-500">by {item.decidedByName}</p> : null}
              </div>
            );
          }
          if (item.blocked) return <span className="text-xs text-slate-600">{item.blocked === "This review is over." ? "Not reviewed" : item.blocked}</span>;
          return (
            <Button variant="secondary" size="sm" onClick={() => setDeciding(item)} aria-label={`Decide on ${item.memberName}`}>
              Decide…
            </Button>
          );
        },
      },
    ],
    [slug, now],
  );
  return (
    <>
      <div className="border-b border-slate-200 p-4">
        <DataTableToolbar
          filters={<SingleFilter label="Show" anyLabel="Everyone" options={SHOW.slice(0, 1)} selected={show === "waiting" ? "waiting" : undefined} onChange={(value) => list.setFilters({ show: value ?? "all" })} />}
        />
      </div>
      <DataTable
        id="review-items"
        label="People under review"
        columns={columns}
        rows={rows}
        getRowId={(row) => row.id}
        getRowLabel={(row) => row.memberName}
        controller={list.table({ page, pageCount, total, pageSize: REVIEW_ITEMS_PAGE_SIZE })}
        empty={
          <DataTableEmpty icon={<ListChecks className="size-5" aria-hidden="true" />} title={show === "waiting" ? "Everyone has been reviewed" : "Nobody in this review"}>
            {show === "waiting" ? "Every person in this review has a decision." : null}
          </DataTableEmpty>
        }
      />
      {deciding ? <DecisionDialog slug={slug} reviewId={reviewId} item={deciding} roles={roles} onClose={() => setDeciding(null)} /> : null}
    </>
  );
}
