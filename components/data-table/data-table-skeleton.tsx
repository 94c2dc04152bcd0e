"use client";
// What a list shows while the server renders it (each route's loading.tsx): toolbar controls and
// rows shaped like the real table's columns. A client component with no hooks: the RSC payload of
// every page under the loading boundary carries a reference to it instead of its whole tree, and
// its markup is short classes (data-table.css) rather than the Skeleton primitive's per bar.

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
  const cells = columns.map((column, i) =>
    column.person ? (
      <span key={i} className={column.className ? `dt-sk-person ${column.className}` : "dt-sk-person"}>
        <i className="sk size-9 rounded-full" />
        <span>
          <i className={`sk h-3.5 ${column.width}`} />
          <i className="sk h-3 w-44" />
        </span>
      </span>
    ) : (
      <i key={i} className={`sk ${column.pill ? "h-5 rounded-full" : "h-4"} ${column.width}${column.className ? ` ${column.className}` : ""}`} />
    ),
  );
  return (
    <div className="dt-sk" role="status" aria-label={label}>
      <div aria-hidden="true">
        {search || filters > 0 ? (
          <div className="dt-sk-toolbar">
            {search ? <i className="sk h-8 w-full lg:w-64" /> : null}
            <span>
              {Array.from({ length: filters }, (_, i) => (
                <i key={i} className="sk h-8 w-20" />
              ))}
            </span>
          </div>
        ) : null}
        {Array.from({ length: rows }, (_, row) => (
          <div key={row} className="dt-sk-row">
            {cells}
          </div>
        ))}
      </div>
      <span className="sr-only">{label}…</span>
    </div>
  );
}
