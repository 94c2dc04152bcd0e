// What a list shows while the server renders it (each route's loading.tsx): toolbar controls and
// rows shaped like the real table's columns. Server-safe: no hooks.
import { Skeleton } from "@/components/ui/skeleton";

export interface SkeletonColumn {
  /** A Tailwind width class for the cell's bar ("w-24"). */
  width: string;
  /** Responsive visibility, as the real column's ("hidden md:block"). */
  className?: string;
  /** Two lines (name and email), with an avatar. */
  person?: boolean;
  pill?: boolean;
}

export function DataTableSkeleton({
  label,
  columns,
  rows = 8,
  filters = 0,
  search = true,
}: {
  /** Announced while loading ("Loading members"). */
  label: string;
  columns: SkeletonColumn[];
  rows?: number;
  /** How many filter buttons the toolbar has. */
  filters?: number;
  search?: boolean;
}) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white shadow-sm" role="status" aria-label={label}>
      {search || filters > 0 ? (
        <div className="flex flex-col gap-3 border-b border-slate-200 p-4 lg:flex-row">
          {search ? <Skeleton className="h-8 w-full lg:w-64" /> : null}
          <div className="flex flex-wrap gap-2">
            {Array.from({ length: filters }, (_, i) => (
              <Skeleton key={i} className="h-8 w-20" />
            ))}
          </div>
        </div>
      ) : null}
      <div className="divide-y divide-slate-100">
        {Array.from({ length: rows }, (_, row) => (
          <div key={row} className="flex items-center gap-4 px-4 py-3">
            {columns.map((column, i) =>
              column.person ? (
                <div key={i} className={`flex items-center gap-3 ${column.className ?? ""}`}>
                  <Skeleton className="size-9 rounded-full" />
                  <div className="space-y-1.5">
                    <Skeleton className={`h-3.5 ${column.width}`} />
                    <Skeleton className="h-3 w-44" />
                  </div>
                </div>
              ) : (
                <Skeleton key={i} className={`${column.pill ? "h-5 rounded-full" : "h-4"} ${column.width} ${column.className ?? ""}`} />
              ),
            )}
          </div>
        ))}
      </div>
      <span className="sr-only">{label}…</span>
    </div>
  );
}
