// A closed invitation's page body (expired, cancelled, used, unknown…): an icon, what happened,
// what to do next, and optional actions.
import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

const TONES = {
  neutral: "bg-slate-100 text-slate-600",
  warning: "bg-amber-50 text-amber-600",
  danger: "bg-red-50 text-red-600",
  success: "bg-green-50 text-green-600",
} as const;

export function InviteNotice({
  icon: Icon,
  tone = "neutral",
  title,
  children,
  actions,
}: {
  icon: LucideIcon;
  tone?: keyof typeof TONES;
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="px-6 py-8 text-center sm:px-10">
      <span className={cn("mx-auto grid size-12 place-items-center rounded-full", TONES[tone])} aria-hidden="true">
        <Icon className="size-6" />
      </span>
      <h1 className="mt-4 text-xl font-semibold text-balance text-slate-900">{title}</h1>
      <div className="mt-2 space-y-2 text-sm text-pretty text-slate-600">{children}</div>
      {actions ? <div className="mt-6 flex flex-col justify-center gap-2 sm:flex-row">{actions}</div> : null}
    </div>
  );
}
