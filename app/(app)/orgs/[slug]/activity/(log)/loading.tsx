// While the log renders: its toolbar and rows shaped like the table's columns. In the (log) group,
// so the overview and access reviews don't load under the log's skeleton.
import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";

export default function Loading() {
  return (
    <DataTableSkeleton
      label="Loading activity"
      search={false}
      filters={4}
      columns={[{ width: "w-20" }, { width: "w-28", person: true }, { width: "w-48" }, { width: "w-32", className: "hidden sm:block" }, { width: "w-14", pill: true, className: "hidden md:block" }]}
    />
  );
}
