"use client";
// The log's interactive part: URL state (filters, keyset page) shared with the server page, the
// table, and the event dialog. Paging follows the keyset: next and previous pages start after or
// before an event, "last" reads the oldest events — never an offset.
import { useState } from "react";
import { ActivityTable } from "@/components/activity/activity-table";
import { ActivityToolbar } from "@/components/activity/activity-toolbar";
import { EventDialog } from "@/components/activity/event-dialog";
import { keysetController } from "@/components/activity/keyset-controller";
import { useListState } from "@/components/data-table/use-list-state";
import type { ActivityPage, ActivityRow } from "@/lib/activity/activity-page-data";
import { ACTIVITY_PAGE_SIZES, activityFilterQuery, activitySearch, type ActivitySearch } from "@/lib/validation/activity-search";

export function ActivityPageClient({ slug, data }: { slug: string; data: ActivityPage }) {
  const list = useListState(activitySearch);
  const { state } = list;
  const [open, setOpen] = useState<ActivityRow | null>(null);

  const setFilters = (patch: Partial<ActivitySearch>) => list.setFilters({ ...patch, cursor: undefined });
  const clear = () => list.set({ ...activitySearch.clearedFilters(), page: 1, cursor: undefined });
  const base = list.table({ page: data.page, pageCount: data.pageCount, total: data.total, pageSizes: ACTIVITY_PAGE_SIZES });
  const controller = keysetController(base, data, (patch) => list.set(patch), (pageSize) =>
    list.set({ pageSize: pageSize as ActivitySearch["pageSize"], page: 1, cursor: undefined }),
  );
  const filterHref = (patch: Partial<ActivitySearch>) => `/orgs/${slug}/activity${activitySearch.serialize({ ...activitySearch.clearedFilters(), ...patch })}`;

  return (
    <div className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <div className="border-b border-slate-200 p-4">
        <ActivityToolbar
          slug={slug}
          search={state}
          names={data.filterNames}
          exportHref={data.canExport ? `/orgs/${slug}/activity/export${activityFilterQuery(state)}` : null}
          onFilters={setFilters}
          onClear={list.hasFilters ? clear : undefined}
        />
      </div>
      <ActivityTable slug={slug} rows={data.rows} controller={controller} now={data.now} filtered={list.hasFilters} onClearFilters={clear} onOpen={setOpen} />
      <EventDialog slug={slug} event={open} onClose={() => setOpen(null)} filterHref={filterHref} />
    </div>
  );
}
