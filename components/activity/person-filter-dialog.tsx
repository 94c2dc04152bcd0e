"use client";
// The log's Actor and Member filters: a button showing whom the log is narrowed to, opening a
// dialog that searches the organization's members by name or email. Choosing one narrows the log;
// "Anyone" clears it.
import { ChevronDown, UserRound } from "lucide-react";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Dialog, DialogBody, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { SearchInput } from "@/components/ui/search-input";
import type { AuditPerson } from "@/db/queries/audit-log";
import { searchActivityPeopleAction } from "@/lib/actions/activity/server-actions";

export function PersonFilterDialog({
  slug,
  label,
  title,
  description,
  selectedName,
  pick,
  onChange,
}: {
  slug: string;
  /** The button's name ("Actor"). */
  label: string;
  title: string;
  description: string;
  /** Who the filter holds now, named. */
  selectedName: string | undefined;
  /** The id the filter stores for a person (user id for actors, member id for targets); null: not choosable. */
  pick: (person: AuditPerson) => string | null;
  onChange: (id: string | undefined) => void;
}) {
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState("");
  const [results, setResults] = useState<AuditPerson[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    let current = true;
    void searchActivityPeopleAction(slug, { q }).then((result) => {
      if (!current) return;
      if (result.ok) {
        setResults(result.data);
        setError(null);
      } else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [open, q, slug]);

  const choose = (id: string | undefined) => {
    onChange(id);
    setOpen(false);
  };

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <Button variant="secondary" size="sm" className={cn("gap-1.5", selectedName && "dt-filter-active")} onClick={() => setOpen(true)}>
        {label}
        {selectedName ? (
          <>
            <span className="sr-only">:</span>
            <span className="max-w-32 truncate rounded bg-white/70 px-1.5 text-xs font-semibold text-indigo-800">{selectedName}</span>
          </>
        ) : null}
        <ChevronDown className="size-3.5 opacity-60" aria-hidden="true" />
      </Button>
      <DialogContent className="max-w-md">
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <DialogBody className="space-y-3">
          <SearchInput value={q} onSearch={setQ} label="Search members" placeholder="Name or email" />
          {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
          <ul className="max-h-72 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200" aria-label="Members">
            {selectedName ? (
              <li>
                <button type="button" onClick={() => choose(undefined)} className="w-full px-3 py-2 text-left text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-600">
                  Anyone <span className="text-slate-600">(clear this filter)</span>
                </button>
              </li>
            ) : null}
            {results === null ? <li className="px-3 py-2 text-sm text-slate-600">Searching…</li> : null}
            {results?.length === 0 ? <li className="px-3 py-2 text-sm text-slate-600">No member matches “{q}”.</li> : null}
            {results?.map((person) => {
              const id = pick(person);
              return (
                <li key={person.memberId}>
                  <button
                    type="button"
                    disabled={!id}
                    onClick={() => id && choose(id)}
                    className="flex w-full items-center gap-2 px-3 py-2 text-left text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-600 disabled:cursor-not-allowed disabled:opacity-60"
                  >
                    <UserRound className="size-4 shrink-0 text-slate-400" aria-hidden="true" />
                    <span className="min-w-0">
                      <span className="block truncate font-medium text-slate-900">{person.name}</span>
                      <span className="block truncate text-xs text-slate-600">
                        {person.email}
                        {!id ? " · hasn't joined yet" : ""}
                      </span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </DialogBody>
      </DialogContent>
    </Dialog>
  );
}
