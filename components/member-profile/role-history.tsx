// A member's role over time, oldest first: invited as, joined as, changed to — with who did it.
import { formatDateTime, formatDate } from "@/lib/format-time";
import type { RoleHistoryEntry } from "@/lib/members/member-profile-data";

export function RoleHistory({ entries, currentRole, since }: { entries: RoleHistoryEntry[]; currentRole: string; since: Date | null }) {
  if (entries.length === 0) {
    return <p className="text-slate-600">{currentRole}{since ? ` since ${formatDate(since)}` : ""}. No role changes recorded.</p>;
  }
  return (
    <ol className="relative space-y-3 border-l border-slate-200 pl-4">
      {entries.map((entry, index) => (
        <li key={index} className="relative">
          <span aria-hidden="true" className="absolute top-1.5 -left-[1.3rem] size-2 rounded-full bg-indigo-500 ring-2 ring-white" />
          <p className="text-slate-900">
            {entry.how} <strong className="font-semibold">{entry.to}</strong>
            {entry.from ? <span className="text-slate-600"> (was {entry.from})</span> : null}
          </p>
          <p className="text-xs text-slate-600">
            <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time>
            {entry.by ? ` · by ${entry.by}` : ""}
          </p>
        </li>
      ))}
    </ol>
  );
}
