// The dashboard's four counts: Total Members, Active, Inactive, Pending.
import { Clock, UserCheck, UserX, UsersRound, type LucideIcon } from "lucide-react";
import { cn } from "@/components/ui/cn";
import type { MemberSummary } from "@/db/queries/members";
import { formatCount } from "./member-display";

interface CardSpec {
  key: keyof MemberSummary;
  label: string;
  icon: LucideIcon;
  iconClass: string;
}

const CARDS: CardSpec[] = [
  { key: "total", label: "Total Members", icon: UsersRound, iconClass: "bg-indigo-50 text-indigo-600" },
  { key: "active", label: "Active", icon: UserCheck, iconClass: "bg-green-50 text-green-600" },
  { key: "inactive", label: "Inactive", icon: UserX, iconClass: "bg-red-50 text-red-600" },
  { key: "pending", label: "Pending", icon: Clock, iconClass: "bg-orange-50 text-orange-600" },
];

export function MemberSummaryCards({ summary }: { summary: MemberSummary }) {
  return (
    <section aria-label="Member summary">
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {CARDS.map(({ key, label, icon: Icon, iconClass }) => (
          // dt and dd straight inside the card's div (a dl's group): the icon is part of the dt.
          <div key={key} className="relative min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:pl-17">
            <dt className="truncate text-sm text-slate-600">
              <span className={cn("absolute top-1/2 left-4 hidden size-10 -translate-y-1/2 items-center justify-center rounded-lg sm:flex", iconClass)}>
                <Icon className="size-5" aria-hidden="true" />
              </span>
              {label}
            </dt>
            <dd className="text-2xl font-semibold text-slate-900 tabular-nums">{formatCount(summary[key])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
