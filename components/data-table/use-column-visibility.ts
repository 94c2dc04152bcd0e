"use client";
// Which optional columns a person chose to hide in a table, remembered in this browser
// (localStorage) per table. The server renders every column; hidden ones go after hydration.
import type { VisibilityState } from "@tanstack/react-table";
import type { DataColumn } from "./data-column";
import { useCallback, useSyncExternalStore } from "react";

const PREFIX = "roster.columns.";
const listeners = new Set<() => void>();
const NONE: VisibilityState = {};
// Snapshots must be stable between calls: one parsed object per stored string.
const parsed = new Map<string, VisibilityState>();

function read(id: string): VisibilityState {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(PREFIX + id);
  } catch {
    return NONE;
  }
  if (!raw) return NONE;
  let value = parsed.get(raw);
  if (!value) {
    try {
      const hidden: unknown = JSON.parse(raw);
      value = Array.isArray(hidden) ? Object.fromEntries(hidden.filter((c) => typeof c === "string").map((c: string) => [c, false])) : NONE;
    } catch {
      value = NONE;
    }
    parsed.set(raw, value);
  }
  return value;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

export interface ColumnVisibility {
  state: VisibilityState;
  /** The columns a person may hide or show, with their names. */
  hideable: { id: string; label: string; visible: boolean }[];
  toggle: (columnId: string, visible: boolean) => void;
}

export function useColumnVisibility<Row>(tableId: string, columns: DataColumn<Row>[]): ColumnVisibility {
  const state = useSyncExternalStore(subscribe, () => read(tableId), () => NONE);
  const hideable = columns
    .filter((column) => column.meta?.hideable && column.id)
    .map((column) => ({
      id: column.id!,
      label: column.meta?.label ?? (typeof column.header === "string" ? column.header : column.id!),
      visible: state[column.id!] !== false,
    }));
  const toggle = useCallback(
    (columnId: string, visible: boolean) => {
      const hidden = new Set(Object.keys(read(tableId)));
      if (visible) hidden.delete(columnId);
      else hidden.add(columnId);
      try {
        window.localStorage.setItem(PREFIX + tableId, JSON.stringify([...hidden]));
      } catch {
        // Private mode or storage full: the choice lasts until the page reloads at most.
      }
      listeners.forEach((listener) => listener());
    },
    [tableId],
  );
  return { state, hideable, toggle };
}
