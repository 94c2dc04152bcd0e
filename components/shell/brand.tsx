// The Roster wordmark with its icon.
import { cn } from "@/components/ui/cn";
import { UsersRound } from "@/components/ui/glyph";

export function Brand({ className, compact = false }: { className?: string; compact?: boolean }) {
  return (
    // .shell-brand (app/globals.css): the shell shows it twice (sidebar, top bar).
    <span className={cn("shell-brand", className)}>
      <span aria-hidden="true">
        <UsersRound className="size-4.5 stroke-[2.25]" />
      </span>
      <span className={cn("text-lg tracking-tight", compact && "sr-only")}>Roster</span>
    </span>
  );
}
