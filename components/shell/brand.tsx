// The Roster wordmark with its icon.
import { cn } from "@/components/ui/cn";
import { UsersRound } from "@/components/ui/glyph";

export function Brand({ className, textClassName }: { className?: string; /** On the wordmark ("max-lg:sr-only": the icon alone on phones). */ textClassName?: string }) {
  return (
    // .shell-brand: app/globals.css.
    <span className={cn("shell-brand", className)}>
      <span aria-hidden="true">
        <UsersRound className="size-4.5 stroke-[2.25]" />
      </span>
      <span className={cn("text-lg tracking-tight", textClassName)}>Roster</span>
    </span>
  );
}
