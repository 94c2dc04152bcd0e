// Shown where "Create organization" would be, to someone the operator's rule doesn't allow: why
// not, in plain words, and whom to ask — instead of a form the server would refuse.
import { Lock } from "lucide-react";
import { cn } from "@/components/ui/cn";

export function CreationRestricted({ reason, className }: { reason: string; className?: string }) {
  return (
    <div role="note" aria-labelledby="creation-restricted-title" className={cn("flex gap-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm", className)}>
      <span className="grid size-9 shrink-0 place-items-center rounded-full bg-slate-100 text-slate-500" aria-hidden="true">
        <Lock className="size-4" />
      </span>
      <div className="min-w-0 text-sm">
        <p id="creation-restricted-title" className="font-medium text-slate-900">
          You can&apos;t create organizations on this server
        </p>
        <p className="mt-1 text-slate-600">{reason}</p>
      </div>
    </div>
  );
}
