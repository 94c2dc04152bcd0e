// A titled panel of the member profile page. Server-safe.
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

export function ProfileSection({ id, title, action, children }: { id: string; title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <Card>
      <section aria-labelledby={id}>
        <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-5 py-3.5">
          <h2 id={id} className="text-sm font-semibold text-slate-900">
            {title}
          </h2>
          {action}
        </div>
        <div className="px-5 py-4 text-sm">{children}</div>
      </section>
    </Card>
  );
}

/** A term and its value, two columns from small screens up. */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[9rem_1fr] gap-2 py-1.5">
      <dt className="text-slate-600">{term}</dt>
      <dd className="min-w-0 break-words text-slate-900">{children}</dd>
    </div>
  );
}
