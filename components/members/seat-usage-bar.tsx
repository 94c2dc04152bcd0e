"use client";
// Seat utilization: used of included seats, what is left, the plan, and a warning near capacity.
// A client component with no hooks: the page's RSC payload carries the figures, not the markup.
import { AlertTriangle } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Progress } from "@/components/ui/progress";
import type { SeatUsage } from "@/db/queries/members";
import { formatCount, PLAN_LABELS } from "./member-display";

/** From this share of seats on, the bar turns amber. */
const NEAR_CAPACITY = 0.9;

export function SeatUsageBar({ seats }: { seats: SeatUsage }) {
  const ratio = seats.included > 0 ? seats.used / seats.included : 1;
  const atCapacity = seats.used >= seats.included;
  const near = !atCapacity && ratio >= NEAR_CAPACITY;
  const tone = atCapacity ? "red" : near ? "amber" : "indigo";
  const percent = Math.round(ratio * 100);

  return (
    <section aria-labelledby="seats-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <div className="flex items-center gap-2">
          <h2 id="seats-heading" className="text-sm font-medium text-slate-900">
            Seats
          </h2>
          <Badge tone="indigo">{PLAN_LABELS[seats.plan]} plan</Badge>
        </div>
        <p className="text-sm text-slate-600">
          <span className="font-semibold text-slate-900 tabular-nums">{formatCount(seats.used)}</span>
          {" / "}
          <span className="tabular-nums">{formatCount(seats.included)}</span> seats used
          <span aria-hidden="true" className="mx-2 text-slate-300">
            ·
          </span>
          <span className="tabular-nums">{formatCount(seats.available)}</span> available
        </p>
      </div>
      <Progress
        className="mt-3"
        value={seats.used}
        max={seats.included}
        tone={tone}
        aria-label={`${percent}% of seats used`}
      />
      {atCapacity || near ? (
        <p
          className={`mt-3 flex items-start gap-2 text-sm ${atCapacity ? "text-red-700" : "text-amber-700"}`}
          role="status"
        >
          <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
          {atCapacity
            ? `All ${formatCount(seats.included)} seats are in use. Disable or remove members, cancel pending invitations, or raise the seat limit to invite more people.`
            : `Only ${formatCount(seats.available)} ${seats.available === 1 ? "seat is" : "seats are"} left on your plan.`}
        </p>
      ) : (
        <p className="mt-2 text-xs text-slate-500">Active members and pending invitations each take a seat.</p>
      )}
    </section>
  );
}
