// While the Invitations view renders: its heading, the toolbar and rows shaped like the table's columns.
import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

export default function InvitationsLoading() {
  return (
    <div className="space-y-6">
      <div>
        <Skeleton className="h-8 w-44" />
        <Skeleton className="mt-2 h-4 w-96 max-w-full" />
      </div>
      <DataTableSkeleton
        label="Loading invitations"
        filters={7}
        columns={[
          { width: "w-52" },
          { width: "w-20", pill: true, className: "hidden md:block" },
          { width: "w-20", pill: true, className: "hidden md:block" },
          { width: "w-24", className: "hidden lg:block" },
          { width: "w-32", className: "ml-auto" },
        ]}
      />
    </div>
  );
}
