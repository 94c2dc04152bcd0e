"use client";
// The dashboard's four counts: Total Members, Active, Inactive, Pending. A client component with
// no hooks, so the page's RSC payload carries only the counts, not this markup a second time.
import type { ComponentType } from "react";
import { Clock, UserCheck, UserX, UsersRound, type GlyphProps } from "@/components/ui/glyph";
import type { MemberSummary } from "@/db/queries/member-counts";
import { formatCount } from "./member-display";

interface CardSpec {
  key: keyof MemberSummary;
  label: string;
  icon: ComponentType<GlyphProps>;
  /** The icon's colours (.stat-icon[data-tone] in data-table.css). */
  tone: string;
}

const CARDS: CardSpec[] = [
  { key: "total", label: "Total Members", icon: UsersRound, tone: "indigo" },
  { key: "active", label: "Active", icon: UserCheck, tone: "green" },
  { key: "inactive", label: "Inactive", icon: UserX, tone: "red" },
  { key: "pending", label: "Pending", icon: Clock, tone: "orange" },
];

export function MemberSummaryCards({ summary }: { summary: MemberSummary }) {
  return (
    <section aria-label="Member summary">
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {CARDS.map(({ key, label, icon: Icon, tone }) => (
          // dt and dd straight inside the card's div (a dl's group): the icon is part of the dt.
          // Short classes (data-table.css): this markup is in the HTML and again in the RSC payload.
          <div key={key} className="stat">
            <dt>
              <span className="stat-icon" data-tone={tone}>
                <Icon aria-hidden="true" />
              </span>
              {label}
            </dt>
            <dd>{formatCount(summary[key])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
