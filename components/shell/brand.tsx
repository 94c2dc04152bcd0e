// The Roster wordmark with its icon.
import { UsersRound } from "lucide-react";
import { cn } from "@/components/ui/cn";

export function Brand({ className, compact = false }: { className?: string; compact?: boolean }) {
  return (
    <span className={cn("inline-flex items-center gap-2 font-semibold text-slate-900", className)}>
      <span className="grid size-8 place-items-center rounded-lg bg-indigo-600 text-white shadow-sm" aria-hidden="true">
        <UsersRound className="size-4.5" strokeWidth={2.25} />
      </span>
      <span className={cn("text-lg tracking-tight", compact && "sr-only")}>Roster</span>
    </span>
  );
}
