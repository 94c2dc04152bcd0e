// Seats & Plan at a glance: plan, included seats, used (active members + pending invitations),
// available, and a bar that turns amber near the limit and red at it.
import { Badge } from "@/components/ui/badge";
import { Progress } from "@/components/ui/progress";
import type { Plan } from "@/db/schema";

const PLAN_LABELS: Record<Plan, string> = { free: "Free", team: "Team", business: "Business", enterprise: "Enterprise" };
const fmt = (n: number) => n.toLocaleString("en-US");

export function SeatsSummary({ plan, included, used }: { plan: Plan; included: number; used: number }) {
  const available = Math.max(0, included - used);
  const ratio = included > 0 ? used / included : 1;
  const tone = used >= included ? "red" : ratio >= 0.9 ? "amber" : "indigo";
  const stats = [
    { label: "Plan", value: <Badge tone="indigo">{PLAN_LABELS[plan]}</Badge> },
    { label: "Included seats", value: fmt(included) },
    { label: "Used", value: fmt(used) },
    { label: "Available", value: fmt(available) },
  ];
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {stats.map((stat) => (
          <div key={stat.label} className="rounded-lg border border-slate-200 bg-slate-50/60 px-3 py-2.5">
            <dt className="text-xs font-medium text-slate-500">{stat.label}</dt>
            <dd className="mt-1 text-lg font-semibold text-slate-900 tabular-nums">{stat.value}</dd>
          </div>
        ))}
      </dl>
      <div>
        <Progress value={used} max={included} tone={tone} aria-label={`${fmt(used)} of ${fmt(included)} seats used`} />
        <p className="mt-2 text-xs text-slate-500">
          {fmt(used)} of {fmt(included)} seats used. Active members and pending invitations each take a seat; disabled members don&apos;t.
        </p>
      </div>
    </div>
  );
}
