"use client";
// The rows of a Bulk Import review, 50 to a page (a file can have 10,000): filter to all rows,
// valid ones, those with problems, or one kind of problem; each row shows its errors.
import { ChevronLeft, ChevronRight } from "lucide-react";
import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ImportIssueCode, ImportReviewView, ReviewRowView } from "@/lib/invitations/import-review";
import { ROLE_LABELS } from "@/lib/permissions";
import { ISSUE_LABELS, ISSUE_ORDER } from "./issue-labels";

const PAGE_SIZE = 50;
type Filter = "all" | "valid" | "errors" | ImportIssueCode;

function matches(row: ReviewRowView, filter: Filter): boolean {
  if (filter === "all") return true;
  if (filter === "valid") return row.issues.length === 0;
  if (filter === "errors") return row.issues.length > 0;
  return row.issues.some((issue) => issue.code === filter);
}

export function ImportReviewTable({ review }: { review: ImportReviewView }) {
  const [filter, setFilter] = useState<Filter>(review.invalid > 0 ? "errors" : "all");
  const [page, setPage] = useState(1);
  const rows = useMemo(() => review.rows.filter((row) => matches(row, filter)), [review.rows, filter]);
  const pageCount = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const shown = rows.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const n = (count: number) => count.toLocaleString("en-US");

  return (
    <section aria-label="Rows" className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <label className="flex items-center gap-2 text-sm text-slate-700">
          Show
          <NativeSelect
            aria-label="Show rows"
            value={filter}
            onChange={(event) => {
              setFilter(event.target.value as Filter);
              setPage(1);
            }}
          >
            <option value="all">All rows ({n(review.total)})</option>
            <option value="errors">Errors only ({n(review.invalid)})</option>
            <option value="valid">Valid only ({n(review.valid)})</option>
            {ISSUE_ORDER.filter((code) => review.counts[code]).map((code) => (
              <option key={code} value={code}>
                {ISSUE_LABELS[code]} ({n(review.counts[code]!)})
              </option>
            ))}
          </NativeSelect>
        </label>
        <Pager page={current} pageCount={pageCount} total={rows.length} onPage={setPage} />
      </div>
      <Table containerClassName="rounded-lg border border-slate-200" className="table-fixed">
        <TableHeader>
          <TableRow>
            <TableHead className="hidden w-14 pl-3 sm:table-cell">Line</TableHead>
            <TableHead className="pl-3 sm:pl-2">Email</TableHead>
            <TableHead className="hidden w-24 sm:table-cell">Role</TableHead>
            <TableHead className="hidden w-36 md:table-cell">Teams</TableHead>
            <TableHead className="w-[46%] sm:w-[36%] md:w-[30%]">Status</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.length === 0 ? (
            <TableRow>
              <TableCell colSpan={5} className="py-6 text-center text-slate-500">
                No rows to show.
              </TableCell>
            </TableRow>
          ) : (
            shown.map((row) => <ReviewRow key={row.line} row={row} />)
          )}
        </TableBody>
      </Table>
    </section>
  );
}

function ReviewRow({ row }: { row: ReviewRowView }) {
  const role = row.role ? ROLE_LABELS[row.role] : "—";
  const teams = row.teams.join(", ") || "—";
  return (
    <TableRow data-line={row.line}>
      <TableCell className="hidden pl-3 align-top text-slate-500 tabular-nums sm:table-cell">{row.line}</TableCell>
      <TableCell className="pl-3 align-top sm:pl-2">
        <span className="block text-slate-800 [overflow-wrap:anywhere]">{row.email || "—"}</span>
        {/* What the hidden columns hold folds under the email on small screens. */}
        <span className="mt-0.5 block text-xs text-slate-500 md:hidden">
          <span className="sm:hidden">
            Line {row.line} · {role} ·{" "}
          </span>
          {teams}
        </span>
      </TableCell>
      <TableCell className="hidden align-top text-slate-700 sm:table-cell">{role}</TableCell>
      <TableCell className="hidden align-top break-words text-slate-700 md:table-cell">{teams}</TableCell>
      <TableCell className="align-top">
        {row.issues.length === 0 ? (
          <Badge tone="green">Valid</Badge>
        ) : (
          <ul className="space-y-1">
            {row.issues.map((issue, i) => (
              <li key={i} className="text-xs leading-snug text-red-700">
                {issue.message}
              </li>
            ))}
          </ul>
        )}
      </TableCell>
    </TableRow>
  );
}

function Pager({ page, pageCount, total, onPage }: { page: number; pageCount: number; total: number; onPage: (page: number) => void }) {
  return (
    <div className="flex items-center gap-2 text-sm text-slate-600">
      <span aria-live="polite">
        {total === 0 ? "0 rows" : `Page ${page.toLocaleString("en-US")} of ${pageCount.toLocaleString("en-US")}`}
      </span>
      <Button variant="secondary" size="sm" aria-label="Previous page" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        <ChevronLeft className="size-4" aria-hidden="true" />
      </Button>
      <Button variant="secondary" size="sm" aria-label="Next page" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        <ChevronRight className="size-4" aria-hidden="true" />
      </Button>
    </div>
  );
}
