// The overview's cards: active members seen in the last 7, 30 and 90 days, of all active members.
import type { ActivityCounts } from "@/db/queries/activity-overview";

const count = new Intl.NumberFormat("en-US");

export function ActivityCountCards({ counts }: { counts: ActivityCounts }) {
  const cards = [
    { label: "Active in the last 7 days", value: counts.within7 },
    { label: "Active in the last 30 days", value: counts.within30 },
    { label: "Active in the last 90 days", value: counts.within90 },
  ];
  return (
    <section aria-label="Members active recently">
      <dl className="grid gap-3 sm:grid-cols-3">
        {cards.map((card) => {
          const share = counts.members === 0 ? 0 : Math.round((card.value / counts.members) * 100);
          return (
            <div key={card.label} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
              <dt className="text-sm text-slate-600">{card.label}</dt>
              <dd className="mt-1">
                <span className="text-2xl font-semibold text-slate-900 tabular-nums">{count.format(card.value)}</span>
                <span className="ml-1.5 text-sm text-slate-600">
                  of {count.format(counts.members)} ({share}%)
                </span>
                <div className="mt-2 h-1.5 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
                  <div className="h-full rounded-full bg-indigo-500" style={{ width: `${share}%` }} />
                </div>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
