// Skeleton of the members page while the server renders it: the heading, the four summary
// cards, the seat bar and the shared table skeleton shaped like the members table.
import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

export default function MembersLoading() {
  return (
    <div className="space-y-6">
      <div>
        <Skeleton className="h-8 w-40" />
        <Skeleton className="mt-2 h-4 w-80 max-w-full" />
      </div>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="flex items-center gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <Skeleton className="hidden size-10 rounded-lg sm:block" />
            <div className="space-y-2">
              <Skeleton className="h-3.5 w-24" />
              <Skeleton className="h-6 w-14" />
            </div>
          </div>
        ))}
      </div>
      <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <Skeleton className="h-4 w-48" />
        <Skeleton className="mt-3 h-2 w-full rounded-full" />
      </div>
      <DataTableSkeleton
        label="Loading members"
        filters={6}
        columns={[
          { width: "w-36", person: true },
          { width: "w-20", pill: true, className: "hidden md:block" },
          { width: "w-24", className: "hidden xl:block" },
          { width: "w-28", pill: true, className: "hidden xl:block" },
          { width: "w-16", pill: true, className: "ml-auto md:ml-0 hidden md:block" },
          { width: "w-20", className: "hidden sm:block" },
        ]}
      />
    </div>
  );
}
