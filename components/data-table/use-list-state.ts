"use client";
// The browser side of a list page's URL state: the definition's parsers through nuqs, so the
// page reads the URL exactly as the server did. Changes show at once (nuqs keeps the new URL
// optimistically) and ask the server for the new page (shallow: false) inside a transition, whose
// pending flag dims the table. Filters and the query go back to page 1.
import { useQueryStates } from "nuqs";
import { useCallback, useMemo, useTransition } from "react";
import type { ParserMap } from "nuqs/server";
import type { ListState, ListStateDefinition } from "@/lib/url-state/define-list-state";
import type { TableController } from "./table-controller";

export interface SetOptions {
  /** Replace the history entry (typing in the search box, closing a dialog) instead of adding one. */
  replace?: boolean;
}

export interface ListStateController<P extends ParserMap> {
  state: ListState<P>;
  pending: boolean;
  set: (patch: Partial<ListState<P>>, options?: SetOptions) => void;
  /** Changes filters or the query, back to page 1. */
  setFilters: (patch: Partial<ListState<P>>, options?: SetOptions) => void;
  clearFilters: () => void;
  hasFilters: boolean;
  /** A data table's controller for this state and the server's answer. */
  table: (answer: TableAnswer) => TableController;
}

/** What the server rendered: the page shown (clamped to the last), the page count and total. */
export interface TableAnswer {
  page: number;
  pageCount: number;
  total: number;
  /** For lists whose page size is not in the URL. */
  pageSize?: number;
  /** Offer a "Rows per page" select with these sizes (the URL must have a pageSize param). */
  pageSizes?: readonly number[];
}

/** nuqs clears a key with null; the state speaks undefined. */
function toNuqs(patch: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(patch).map(([key, value]) => [key, value === undefined ? null : value]));
}

/** The params whose change gives the list other rows: its filters, sort and page. */
function listKeys(definition: ListStateDefinition<ParserMap>): Set<string> {
  return new Set([...definition.filterKeys.map(String), "sort", "dir", "page", "pageSize"]);
}

export function useListState<P extends ParserMap>(definition: ListStateDefinition<P>): ListStateController<P> {
  // Two transitions: one for a change of the list (its pending flag dims the table) and one for
  // opening or closing a dialog, which leaves the rows as they are and so must not dim them (dimmed
  // text behind a dialog falls under the contrast minimum while the server answers).
  const [pending, startTransition] = useTransition();
  const [, startViewTransition] = useTransition();
  const [raw, setRaw] = useQueryStates(definition.parsers, { shallow: false, scroll: false, history: "push", startTransition });
  const rowKeys = useMemo(() => listKeys(definition as ListStateDefinition<ParserMap>), [definition]);
  const state = useMemo(
    () => Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, value === null ? undefined : value])) as ListState<P>,
    [raw],
  );
  const hasPage = "page" in definition.parsers;

  const set = useCallback(
    (patch: Partial<ListState<P>>, options?: SetOptions) => {
      const changesRows = Object.keys(patch).some((key) => rowKeys.has(key));
      void setRaw(toNuqs(patch) as never, {
        history: options?.replace ? "replace" : "push",
        startTransition: changesRows ? startTransition : startViewTransition,
      });
    },
    [setRaw, rowKeys],
  );
  const setFilters = useCallback(
    (patch: Partial<ListState<P>>, options?: SetOptions) => set({ ...patch, ...(hasPage ? { page: 1 } : {}) }, options),
    [set, hasPage],
  );
  const clearFilters = useCallback(() => setFilters(definition.clearedFilters()), [setFilters, definition]);

  const table = useCallback(
    (answer: TableAnswer): TableController => {
      const current = state as Record<string, unknown>;
      const sort = typeof current.sort === "string" ? { id: current.sort, desc: current.dir === "desc" } : undefined;
      return {
        sort,
        onSort: sort ? (id, desc) => set({ sort: id, dir: desc ? "desc" : "asc", page: 1 } as never) : undefined,
        page: answer.page,
        pageCount: answer.pageCount,
        total: answer.total,
        pageSize: typeof current.pageSize === "number" ? current.pageSize : (answer.pageSize ?? 25),
        pageSizes: answer.pageSizes,
        onPage: (page) => set({ page } as never),
        onPageSize: "pageSize" in definition.parsers ? (pageSize) => set({ pageSize, page: 1 } as never) : undefined,
        pending,
      };
    },
    [state, set, pending, definition],
  );

  return { state, pending, set, setFilters, clearFilters, hasFilters: definition.hasFilters(state), table };
}
