// An audit event's "what happened": the action's label, each changed field as before → after, and
// short details. Used by the log, the member timeline and the event dialog. Server-safe: no hooks.
import { ArrowRight } from "lucide-react";
import type { EventChange } from "@/lib/activity/describe-event";

export function EventSummary({ label, changes, details, compact = false }: { label: string; changes: EventChange[]; details: string[]; compact?: boolean }) {
  return (
    <div className="min-w-0">
      <p className="font-medium text-slate-900">{label}</p>
      {changes.length > 0 ? (
        <ul className="mt-0.5 space-y-0.5 text-slate-700">
          {changes.slice(0, compact ? 3 : undefined).map((change) => (
            <li key={change.field} className="flex flex-wrap items-center gap-x-1">
              <span className="text-slate-600">{change.field}:</span>
              <span className={change.before ? "line-through decoration-slate-400" : "text-slate-500 italic"}>{change.before ?? "none"}</span>
              <ArrowRight className="size-3 text-slate-400" aria-hidden="true" />
              <span className="sr-only">changed to</span>
              <span className={change.after ? "font-medium text-slate-900" : "text-slate-500 italic"}>{change.after ?? "none"}</span>
            </li>
          ))}
          {compact && changes.length > 3 ? <li className="text-slate-600">and {changes.length - 3} more</li> : null}
        </ul>
      ) : null}
      {details.length > 0 ? <p className="mt-0.5 text-xs text-slate-600">{details.join(" · ")}</p> : null}
    </div>
  );
}
