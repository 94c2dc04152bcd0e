"use client";
// The organization's access reviews in the shared data table: name and scope, state, progress,
// due date and reviewers; a row opens the review.
import type { DataColumn } from "@/components/data-table/data-column";
import { ClipboardCheck } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableEmpty } from "@/components/data-table/data-table-empty";
import { useListState } from "@/components/data-table/use-list-state";
import type { AccessReviewSummary } from "@/db/queries/access-reviews";
import { scopeLabel } from "@/lib/access-reviews/scope";
import { formatDate } from "@/lib/format-time";
import { REVIEW_LIST_PAGE_SIZE, reviewListSearch } from "@/lib/validation/access-review-search";
import { ReviewStatusBadge } from "./review-status-badge";

export function ReviewsTable({ slug, rows, page, pageCount, total, now }: { slug: string; rows: AccessReviewSummary[]; page: number; pageCount: number; total: number; now: number }) {
  const router = useRouter();
  const list = useListState(reviewListSearch);
  const columns = useMemo<DataColumn<AccessReviewSummary>[]>(
    () => [
      {
        id: "name",
        header: "Review",
        cell: ({ row }) => (
          <div className="min-w-0">
            <Link href={`/orgs/${slug}/activity/reviews/${row.original.id}`} className="font-medium text-slate-900 hover:text-indigo-700 hover:underline">
              {row.original.name}
            </Link>
            <p className="text-xs text-slate-600">{scopeLabel(row.original.scope)}</p>
          </div>
        ),
      },
      { id: "status", header: "State", cell: ({ row }) => <ReviewStatusBadge status={row.original.status} dueAt={row.original.dueAt} now={now} /> },
      {
        id: "progress",
        header: "Decided",
        cell: ({ row }) => (
          <span className="tabular-nums">
            {row.original.decided.toLocaleString("en-US")} of {row.original.items.toLocaleString("en-US")}
          </span>
        ),
      },
      { id: "due", header: "Due", cell: ({ row }) => formatDate(row.original.dueAt) },
      {
        id: "reviewers",
        header: "Reviewers",
        meta: { className: "hidden md:table-cell", label: "Reviewers", hideable: true },
        cell: ({ row }) => <span className="text-slate-700">{row.original.reviewers.map((r) => r.name).join(", ") || "—"}</span>,
      },
    ],
    [slug, now],
  );
  return (
    <DataTable
      id="access-reviews"
      label="Access reviews"
      columns={columns}
      rows={rows}
      getRowId={(row) => row.id}
      getRowLabel={(row) => row.name}
      controller={list.table({ page, pageCount, total, pageSize: REVIEW_LIST_PAGE_SIZE })}
      onOpenRow={(row) => router.push(`/orgs/${slug}/activity/reviews/${row.id}`)}
      empty={
        <DataTableEmpty icon={<ClipboardCheck className="size-5" aria-hidden="true" />} title="No access reviews yet">
          An access review asks Managers, Admins or Owners to confirm who should keep access. Owners and Admins start them.
        </DataTableEmpty>
      }
    />
  );
}
