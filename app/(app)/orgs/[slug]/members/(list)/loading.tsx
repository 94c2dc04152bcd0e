"use client";
// Skeleton of the members page while the server renders it: the heading, the four summary
// cards, the seat bar and the shared table skeleton shaped like the members table. A client
// component (no hooks): every members page's RSC payload carries a reference to it, not its tree.
// It sits in the (list) group so a member's profile (members/[memberId]) doesn't load under the
// list's skeleton: navigating into that boundary left the profile without its <title> at times.
import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";

export default function MembersLoading() {
  return (
    <div className="space-y-6">
      <div aria-hidden="true">
        <i className="sk h-8 w-40" />
        <i className="sk mt-2 h-4 w-80 max-w-full" />
      </div>
      <div aria-hidden="true" className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="sk-card">
            <i className="sk hidden size-10 rounded-lg sm:block" />
            <span>
              <i className="sk h-3.5 w-24" />
              <i className="sk h-6 w-14" />
            </span>
          </div>
        ))}
      </div>
      <div aria-hidden="true" className="sk-card block">
        <i className="sk h-4 w-48" />
        <i className="sk mt-3 h-2 w-full rounded-full" />
      </div>
      <DataTableSkeleton
        label="Loading members"
        rows={6}
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
