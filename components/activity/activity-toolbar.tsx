"use client";
// The activity log's filters — actor, member, action, channel and a date range — all in the URL,
// and the CSV download of exactly what the filters show.
import { Download } from "lucide-react";
import { MultiFilter } from "@/components/data-table/data-table-filters";
import { DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import { buttonClasses } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { actionChoices, ACTION_GROUP_LABELS, CHANNEL_KEYS, CHANNEL_LABELS } from "@/lib/activity/action-catalog";
import type { ActivitySearch } from "@/lib/validation/activity-search";
import { PersonFilterDialog } from "./person-filter-dialog";

const ACTIONS = actionChoices().map((choice) => ({ value: choice.value, label: `${ACTION_GROUP_LABELS[choice.group]}: ${choice.label}` }));
const CHANNELS = CHANNEL_KEYS.map((value) => ({ value, label: CHANNEL_LABELS[value] }));

export function ActivityToolbar({
  slug,
  search,
  names,
  exportHref,
  onFilters,
  onClear,
}: {
  slug: string;
  search: ActivitySearch;
  names: { actors: Record<string, string>; members: Record<string, string> };
  /** The CSV of this view; absent when the viewer may not export. */
  exportHref: string | null;
  onFilters: (patch: Partial<ActivitySearch>) => void;
  onClear: (() => void) | undefined;
}) {
  const nameOf = (ids: string[], known: Record<string, string>) =>
    ids.length === 0 ? undefined : ids.length === 1 ? (known[ids[0]!] ?? "1 person") : `${ids.length} people`;
  return (
    <DataTableToolbar
      onClearFilters={onClear}
      filters={
        <>
          <PersonFilterDialog
            slug={slug}
            label="Actor"
            title="Show changes made by"
            description="Everything this person did, in person or through their API keys."
            selectedName={nameOf(search.actor, names.actors)}
            pick={(person) => person.userId}
            onChange={(id) => onFilters({ actor: id ? [id] : [] })}
          />
          <PersonFilterDialog
            slug={slug}
            label="Member"
            title="Show changes to"
            description="Everything done to this member: invitations, roles, teams, removal."
            selectedName={nameOf(search.member, names.members)}
            pick={(person) => person.memberId}
            onChange={(id) => onFilters({ member: id ? [id] : [] })}
          />
          <MultiFilter label="Action" options={ACTIONS} selected={search.action} onChange={(action) => onFilters({ action })} />
          <MultiFilter label="Channel" options={CHANNELS} selected={search.channel} onChange={(channel) => onFilters({ channel })} />
          <fieldset className="flex items-center gap-1.5 text-sm text-slate-700">
            <legend className="sr-only">Date range (UTC)</legend>
            <label htmlFor="activity-from" className="whitespace-nowrap">
              From
            </label>
            <Input
              id="activity-from"
              type="date"
              className="h-8 w-[9.5rem] px-2"
              value={search.from ?? ""}
              max={search.to}
              onChange={(e) => onFilters({ from: e.target.value || undefined })}
            />
            <label htmlFor="activity-to" className="whitespace-nowrap">
              to
            </label>
            <Input
              id="activity-to"
              type="date"
              className="h-8 w-[9.5rem] px-2"
              value={search.to ?? ""}
              min={search.from}
              onChange={(e) => onFilters({ to: e.target.value || undefined })}
            />
          </fieldset>
        </>
      }
      end={
        exportHref ? (
          <a href={exportHref} download className={buttonClasses("secondary", "sm")}>
            <Download className="size-4" aria-hidden="true" />
            Export CSV
          </a>
        ) : null
      }
    />
  );
}
