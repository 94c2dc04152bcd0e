// A Settings panel: heading, one-line description, body, and an optional footer for the action.
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

export function SettingsCard({
  title,
  description,
  tone = "default",
  footer,
  children,
  headingId,
}: {
  title: string;
  description?: ReactNode;
  tone?: "default" | "danger";
  footer?: ReactNode;
  children?: ReactNode;
  headingId?: string;
}) {
  return (
    <Card className={cn(tone === "danger" && "border-red-200")}>
      <section aria-labelledby={headingId}>
        <div className={cn("border-b px-5 py-4 sm:px-6", tone === "danger" ? "border-red-100" : "border-slate-200")}>
          <h2 id={headingId} className={cn("text-base font-semibold", tone === "danger" ? "text-red-700" : "text-slate-900")}>
            {title}
          </h2>
          {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
        </div>
        {children ? <div className="px-5 py-5 sm:px-6">{children}</div> : null}
        {footer ? (
          <div className="flex flex-col-reverse gap-2 rounded-b-xl border-t border-slate-200 bg-slate-50/60 px-5 py-3 sm:flex-row sm:items-center sm:justify-end sm:px-6">
            {footer}
          </div>
        ) : null}
      </section>
    </Card>
  );
}
