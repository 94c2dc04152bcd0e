"use client";
// A member's timeline on their profile: every event about them and by them, newest first, in the
// shared data table, paged by keyset through the URL; a row opens the event in full.
import { useState } from "react";
import { ActivityTable } from "@/components/activity/activity-table";
import { EventDialog } from "@/components/activity/event-dialog";
import { keysetController } from "@/components/activity/keyset-controller";
import { useListState } from "@/components/data-table/use-list-state";
import type { ActivityRow, EventPage } from "@/lib/activity/event-page";
import { activitySearch } from "@/lib/validation/activity-search";
import { TIMELINE_PAGE_SIZE, memberProfileSearch } from "@/lib/validation/member-profile-search";

export function MemberTimeline({ slug, timeline, now }: { slug: string; timeline: EventPage; now: number }) {
  const list = useListState(memberProfileSearch);
  const [open, setOpen] = useState<ActivityRow | null>(null);
  const base = list.table({ page: timeline.page, pageCount: timeline.pageCount, total: timeline.total, pageSize: TIMELINE_PAGE_SIZE });
  const controller = keysetController(base, timeline, (patch) => list.set(patch));
  const filterHref = (patch: { actor?: string[]; member?: string[] }) => `/orgs/${slug}/activity${activitySearch.serialize(patch)}`;
  return (
    <>
      <ActivityTable slug={slug} rows={timeline.rows} controller={controller} now={now} filtered={false} onClearFilters={() => undefined} onOpen={setOpen} variant="timeline" />
      <EventDialog slug={slug} event={open} onClose={() => setOpen(null)} filterHref={filterHref} />
    </>
  );
}
