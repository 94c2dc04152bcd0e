"use client";
// Keyboard use of a table's rows, handled once on the <tbody> rather than per row: one row is in
// the Tab order at a time (roving tabindex); ↑/↓, Home/End move between rows; Enter opens the
// row; Space selects it; Shift+F10 or the Menu key opens its menu. Keys pressed on a control
// inside a row (a checkbox, a select, a button) stay that control's.
import { useCallback, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from "react";

export interface RowNavigationHandlers {
  /** Enter on a row, or a click on it outside its controls. */
  onOpen?: (index: number) => void;
  /** Space on a row. */
  onToggle?: (index: number) => void;
  /** Shift+F10 / the Menu key on a row: `anchor` is the row's own menu button when it has one. */
  onMenu?: (index: number, anchor: HTMLElement) => void;
  /** A click or the keyboard on a [data-menu] button inside a row. */
  onMenuButton?: (index: number, menu: string, button: HTMLElement) => void;
}

const INTERACTIVE = "button, a, input, select, textarea, label, [role=menuitem], [role=checkbox], [data-interactive]";

/** The data table `element` sits in (its toolbar, selection bar or a cell), if any. */
export function tableAround(element: Element | null | undefined): HTMLElement | null {
  return element?.closest<HTMLElement>(".dt") ?? null;
}

/** Focuses the table's current row (the one in the Tab order); false when it has none. */
export function focusCurrentRow(table: HTMLElement | null): boolean {
  const row = table?.isConnected ? table.querySelector<HTMLElement>('tbody tr[tabindex="0"]') : null;
  row?.focus({ preventScroll: true });
  return Boolean(row);
}

function rowOf(target: EventTarget | null): HTMLTableRowElement | null {
  return target instanceof Element ? target.closest<HTMLTableRowElement>("tr[data-row-key]") : null;
}

export function useRowNavigation(rowCount: number, handlers: RowNavigationHandlers) {
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(0, rowCount - 1));

  const focusRow = useCallback((body: HTMLTableSectionElement, index: number) => {
    const row = body.rows[Math.max(0, Math.min(index, body.rows.length - 1))];
    row?.focus();
  }, []);

  const onFocus = useCallback((event: FocusEvent<HTMLTableSectionElement>) => {
    const row = rowOf(event.target);
    if (row) setActive(row.sectionRowIndex);
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTableSectionElement>) => {
      const row = rowOf(event.target);
      if (!row) return;
      const index = row.sectionRowIndex;
      const target = event.target as HTMLElement;
      const menuButton = target.closest<HTMLElement>("[data-menu]");
      if (menuButton && event.key === "ArrowDown") {
        event.preventDefault();
        handlers.onMenuButton?.(index, menuButton.dataset.menu!, menuButton);
        return;
      }
      if (target !== row) return;
      const body = event.currentTarget;
      switch (event.key) {
        case "ArrowDown":
          event.preventDefault();
          focusRow(body, index + 1);
          break;
        case "ArrowUp":
          event.preventDefault();
          focusRow(body, index - 1);
          break;
        case "Home":
          event.preventDefault();
          focusRow(body, 0);
          break;
        case "End":
          event.preventDefault();
          focusRow(body, body.rows.length - 1);
          break;
        case "Enter":
          if (handlers.onOpen) {
            event.preventDefault();
            handlers.onOpen(index);
          }
          break;
        case " ":
          if (handlers.onToggle) {
            event.preventDefault();
            handlers.onToggle(index);
          }
          break;
        case "ContextMenu":
        case "F10":
          if (event.key === "F10" && !event.shiftKey) break;
          if (handlers.onMenu) {
            event.preventDefault();
            handlers.onMenu(index, row.querySelector<HTMLElement>('[data-menu="actions"]') ?? row);
          }
          break;
      }
    },
    [focusRow, handlers],
  );

  const onClick = useCallback(
    (event: MouseEvent<HTMLTableSectionElement>) => {
      const row = rowOf(event.target);
      if (!row) return;
      const target = event.target as HTMLElement;
      const menuButton = target.closest<HTMLElement>("[data-menu]");
      if (menuButton) {
        handlers.onMenuButton?.(row.sectionRowIndex, menuButton.dataset.menu!, menuButton);
        return;
      }
      // Controls and links inside the row do their own thing; so does selecting text.
      if (target.closest(INTERACTIVE) || window.getSelection()?.toString()) return;
      handlers.onOpen?.(row.sectionRowIndex);
    },
    [handlers],
  );

  return { activeIndex: current, bodyProps: { onFocus, onKeyDown, onClick } };
}
