// The data table's pager driven by a keyset: "next" starts after the page's last event, "previous"
// before its first, "last" reads the oldest events, "first" drops the cursor — never an offset, so
// page 10,000 costs what page 1 does and equal timestamps are neither skipped nor repeated.
import type { TableController } from "@/components/data-table/table-controller";
import type { ActivityCursor } from "@/lib/validation/activity-search";

interface Positioned {
  createdAt: Date;
  seq: number;
}

export function keysetController(
  base: TableController,
  { page, pageCount, rows }: { page: number; pageCount: number; rows: readonly Positioned[] },
  go: (patch: { page: number; cursor: ActivityCursor | undefined }) => void,
  onPageSize?: (pageSize: number) => void,
): TableController {
  const first = rows[0];
  const last = rows[rows.length - 1];
  return {
    ...base,
    onPage: (target) => {
      if (target === page + 1 && last) go({ page: target, cursor: { kind: "after", createdAt: last.createdAt, seq: last.seq } });
      else if (target === page - 1 && target > 1 && first) go({ page: target, cursor: { kind: "before", createdAt: first.createdAt, seq: first.seq } });
      else if (target >= pageCount && target > 1) go({ page: pageCount, cursor: { kind: "last" } });
      else go({ page: 1, cursor: undefined });
    },
    onPageSize: onPageSize ?? base.onPageSize,
  };
}
