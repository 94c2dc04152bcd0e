// While the Teams page renders: its heading, the filter and rows shaped like the table's columns.
import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

export default function TeamsLoading() {
  return (
    <div className="space-y-6">
      <div>
        <Skeleton className="h-8 w-32" />
        <Skeleton className="mt-2 h-4 w-80 max-w-full" />
      </div>
      <DataTableSkeleton
        label="Loading teams"
        rows={6}
        columns={[{ width: "w-64" }, { width: "w-20", className: "ml-auto hidden sm:block" }, { width: "w-24", className: "hidden sm:block" }]}
      />
    </div>
  );
}
