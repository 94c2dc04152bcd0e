// What Settings shows a member who may not see a section (or any of Settings): a plain notice,
// naming whom to ask, instead of controls they can't use.
import Link from "next/link";
import type { ReactNode } from "react";
import { Lock } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export function SettingsNotice({
  title,
  children,
  askPeople = [],
  backHref,
}: {
  title: string;
  children: ReactNode;
  /** Who can do it, e.g. the Owners. */
  askPeople?: { id: string; name: string; email: string }[];
  backHref?: string;
}) {
  return (
    <Card className="p-6 sm:p-8">
      <div className="flex flex-col items-start gap-4 sm:flex-row">
        <span className="grid size-10 shrink-0 place-items-center rounded-full bg-slate-100 text-slate-500" aria-hidden="true">
          <Lock className="size-5" />
        </span>
        <div className="min-w-0 space-y-2">
          <h2 className="text-base font-semibold text-slate-900">{title}</h2>
          <div className="text-sm text-slate-600">{children}</div>
          {askPeople.length > 0 ? (
            <ul className="space-y-1 pt-1 text-sm">
              {askPeople.map((person) => (
                <li key={person.id} className="min-w-0 truncate">
                  <span className="font-medium text-slate-800">{person.name}</span>{" "}
                  <span className="text-slate-500">· {person.email}</span>
                </li>
              ))}
            </ul>
          ) : null}
          {backHref ? (
            <Link href={backHref} className={buttonClasses("secondary", "sm", "mt-2")}>
              Back to members
            </Link>
          ) : null}
        </div>
      </div>
    </Card>
  );
}
