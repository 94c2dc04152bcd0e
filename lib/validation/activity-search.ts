// The activity log's URL state: who acted, whom it concerned, which actions, through which channel,
// between which days, and where in the newest-first keyset order the page starts. The same
// definition parses the server page's searchParams, the browser's URL and the export link's query.
import { createParser } from "nuqs/server";
import { defineListState, type ListState } from "@/lib/url-state/define-list-state";
import { oneOf, parseAsList, parseAsNumberChoice, parseAsPage } from "@/lib/url-state/parsers";
import { AUDIT_ACTION_KEYS, CHANNEL_KEYS } from "@/lib/activity/action-catalog";

export const ACTIVITY_PAGE_SIZES = [25, 50, 100] as const;

/** User, member, team and invitation ids: letters, digits and dashes. */
const anId = (value: string) => (/^[\w-]{1,64}$/.test(value) ? value : null);

/** A calendar day, "2026-03-01" (UTC). */
export const parseAsDay = createParser<string>({
  parse: (value) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
    const date = new Date(`${value}T00:00:00.000Z`);
    return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : value;
  },
  serialize: (value) => value,
});

/**
 * Where a page starts in the newest-first order: "a.<ms>.<seq>" the page after (older than) an
 * event, "b.<ms>.<seq>" the page before (newer than) one, "last" the oldest page.
 */
export type ActivityCursor = { kind: "after" | "before"; createdAt: Date; seq: number } | { kind: "last" };

export const parseAsActivityCursor = createParser<ActivityCursor>({
  parse: (value) => {
    if (value === "last") return { kind: "last" };
    const match = /^([ab])\.(\d{1,15})\.(\d{1,15})$/.exec(value);
    if (!match) return null;
    const createdAt = new Date(Number(match[2]));
    if (Number.isNaN(createdAt.getTime())) return null;
    return { kind: match[1] === "a" ? "after" : "before", createdAt, seq: Number(match[3]) };
  },
  serialize: (cursor) => (cursor.kind === "last" ? "last" : `${cursor.kind === "after" ? "a" : "b"}.${cursor.createdAt.getTime()}.${cursor.seq}`),
  eq: (a, b) => JSON.stringify(a) === JSON.stringify(b),
});

export const activitySearch = defineListState(
  {
    actor: parseAsList(anId),
    member: parseAsList(anId),
    action: parseAsList(oneOf(AUDIT_ACTION_KEYS)),
    channel: parseAsList(oneOf(CHANNEL_KEYS)),
    from: parseAsDay,
    to: parseAsDay,
    cursor: parseAsActivityCursor,
    page: parseAsPage,
    pageSize: parseAsNumberChoice(ACTIVITY_PAGE_SIZES).withDefault(50),
  },
  { filters: ["actor", "member", "action", "channel", "from", "to"] },
);

export type ActivitySearch = ListState<typeof activitySearch.parsers>;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The state's filter as the query takes it: `to` is inclusive of its whole day. */
export function activityFilter(search: Pick<ActivitySearch, "actor" | "member" | "action" | "channel" | "from" | "to">) {
  return {
    actorUserIds: search.actor,
    targetIds: search.member,
    actions: search.action,
    channels: search.channel,
    from: search.from ? new Date(`${search.from}T00:00:00.000Z`) : undefined,
    to: search.to ? new Date(new Date(`${search.to}T00:00:00.000Z`).getTime() + DAY_MS) : undefined,
  };
}

/** The filter part of the URL only (what the export link carries). */
export function activityFilterQuery(search: ActivitySearch): string {
  return activitySearch.serialize({ actor: search.actor, member: search.member, action: search.action, channel: search.channel, from: search.from, to: search.to });
}
