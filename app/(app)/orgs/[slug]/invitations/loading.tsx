// Skeleton of the Invitations view while the server renders it.
import { Skeleton } from "@/components/ui/skeleton";

export default function InvitationsLoading() {
  return (
    <div className="space-y-6" role="status" aria-label="Loading invitations">
      <div>
        <Skeleton className="h-8 w-44" />
        <Skeleton className="mt-2 h-4 w-96 max-w-full" />
      </div>
      <div className="rounded-xl border border-slate-200 bg-white shadow-sm">
        <div className="flex flex-col gap-3 border-b border-slate-200 p-4 lg:flex-row lg:justify-between">
          <div className="flex gap-1 overflow-hidden">
            {[52, 84, 80, 84, 88, 92, 96].map((w) => (
              <Skeleton key={w} className="h-7 shrink-0 rounded-full" style={{ width: w }} />
            ))}
          </div>
          <Skeleton className="h-9 w-full lg:w-72" />
        </div>
        <div className="divide-y divide-slate-100">
          {Array.from({ length: 8 }, (_, i) => (
            <div key={i} className="flex items-center gap-4 px-4 py-4">
              <Skeleton className="h-3.5 w-52" />
              <Skeleton className="hidden h-5 w-20 rounded-full md:block" />
              <Skeleton className="hidden h-5 w-20 rounded-full md:block" />
              <Skeleton className="hidden h-4 w-24 lg:block" />
              <Skeleton className="ml-auto h-4 w-32" />
            </div>
          ))}
        </div>
      </div>
      <span className="sr-only">Loading invitations…</span>
    </div>
  );
}
