"use client";
// Focus goes back to what opened a dialog when it closes. Radix returns it only to a Dialog.Trigger,
// and most of our dialogs open from state (a row menu, a button elsewhere): so the element focused
// as the dialog opens is remembered and focused again on close. An opener inside a menu (the item
// chosen, gone by then) stands for the menu's own trigger button. When the dialog's change
// re-renders the page and the opener is replaced by a new element — before the dialog closes, or
// after, when the server's answer to closing it (a URL change) arrives and React replaces the rows
// under the focused button — the new one is found again by its id, or by its row (data-row-key)
// and menu (data-menu), and focused.
import { useRef } from "react";

/** How long to keep watching for a re-rendered opener (a loaded server can take seconds to answer). */
const REAPPEAR_MS = 10_000;

function opener(element: Element | null): HTMLElement | null {
  if (!(element instanceof HTMLElement) || element === document.body) return null;
  const menu = element.closest<HTMLElement>("[role=menu]");
  if (!menu) return element;
  const triggerId = menu.getAttribute("aria-labelledby");
  return (triggerId && document.getElementById(triggerId)) || null;
}

/** A way to find the opener again once React has replaced it. */
function finder(element: HTMLElement): (() => HTMLElement | null) | null {
  if (element.id) {
    const id = element.id;
    return () => document.getElementById(id);
  }
  const row = element.closest<HTMLElement>("[data-row-key]")?.dataset.rowKey;
  if (row === undefined) return null;
  const rowSelector = `[data-row-key="${CSS.escape(row)}"]`;
  // The row itself (opened with Enter), or a menu button in it.
  if (element.dataset.rowKey !== undefined) return () => document.querySelector<HTMLElement>(rowSelector);
  const menu = element.dataset.menu;
  if (!menu) return null;
  const selector = `${rowSelector} [data-menu="${CSS.escape(menu)}"]`;
  // A row may carry the same menu twice (the phone layout's copy, hidden on wide screens): the shown one.
  return () => [...document.querySelectorAll<HTMLElement>(selector)].find((element) => element.getClientRects().length > 0) ?? null;
}

/**
 * Keeps focus on the opener for a while: whenever the focused opener has been replaced (focus fell
 * to the body with it) its replacement is focused, as soon as it appears. Stops once focus moves
 * anywhere else, or after REAPPEAR_MS.
 */
function keepFocusOn(current: HTMLElement | null, find: () => HTMLElement | null): void {
  let focused = current;
  const check = (): boolean => {
    const active = document.activeElement;
    if (active && active !== document.body) return active !== focused; // stop once focus is elsewhere
    if (focused?.isConnected) return false; // still there, nothing to do
    const element = find();
    if (element) {
      focused = element;
      element.focus({ preventScroll: true });
    }
    return false;
  };
  if (check()) return;
  const observer = new MutationObserver(() => {
    if (check()) stop();
  });
  const timer = window.setTimeout(() => stop(), REAPPEAR_MS);
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true });
}

export function useReturnFocus<E extends Event>(handlers: { onOpenAutoFocus?: (event: E) => void; onCloseAutoFocus?: (event: E) => void }) {
  const returnTo = useRef<HTMLElement | null>(null);
  const findAgain = useRef<(() => HTMLElement | null) | null>(null);
  return {
    onOpenAutoFocus: (event: E) => {
      returnTo.current = opener(document.activeElement);
      findAgain.current = returnTo.current && finder(returnTo.current);
      handlers.onOpenAutoFocus?.(event);
    },
    onCloseAutoFocus: (event: E) => {
      handlers.onCloseAutoFocus?.(event);
      if (event.defaultPrevented) return;
      const target = returnTo.current;
      const find = findAgain.current;
      returnTo.current = null;
      findAgain.current = null;
      if (target?.isConnected) {
        event.preventDefault();
        target.focus({ preventScroll: true });
        if (find) keepFocusOn(target, find);
      } else if (find) {
        event.preventDefault();
        // After Radix has finished closing (it may still move focus itself this tick).
        window.setTimeout(() => keepFocusOn(null, find), 0);
      }
    },
  };
}
