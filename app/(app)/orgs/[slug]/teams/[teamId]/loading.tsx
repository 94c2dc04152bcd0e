// Skeleton of a team's page while the server renders it.
import { Skeleton } from "@/components/ui/skeleton";

export default function TeamLoading() {
  return (
    <div className="space-y-6" role="status" aria-label="Loading team">
      <div className="space-y-3">
        <Skeleton className="h-4 w-16" />
        <Skeleton className="h-8 w-48" />
        <Skeleton className="h-4 w-80 max-w-full" />
        <Skeleton className="h-4 w-40" />
      </div>
      <div className="rounded-xl border border-slate-200 bg-white shadow-sm">
        <div className="flex justify-between gap-3 border-b border-slate-200 p-4">
          <Skeleton className="h-10 w-full sm:w-72" />
          <Skeleton className="hidden h-10 w-32 sm:block" />
        </div>
        <div className="divide-y divide-slate-100">
          {Array.from({ length: 6 }, (_, i) => (
            <div key={i} className="flex items-center gap-4 px-4 py-3">
              <Skeleton className="size-9 rounded-full" />
              <div className="flex-1 space-y-1.5">
                <Skeleton className="h-3.5 w-36" />
                <Skeleton className="h-3 w-48 max-w-full" />
              </div>
              <Skeleton className="h-8 w-32" />
            </div>
          ))}
        </div>
      </div>
      <span className="sr-only">Loading team…</span>
    </div>
  );
}
