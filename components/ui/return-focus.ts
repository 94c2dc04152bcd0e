"use client";
// Focus goes back to what opened a dialog when it closes. Radix returns it only to a Dialog.Trigger,
// and most of our dialogs open from state (a row menu, a button elsewhere): so the element focused
// as the dialog opens is remembered and focused again on close. An opener inside a menu (the item
// chosen, gone by then) stands for the menu's own trigger button. When the dialog's change
// re-renders the page and the opener is replaced by a new element, the new one is found again by
// its id, or by its row (data-row-key) and menu (data-menu).
import { useRef } from "react";

/** How long to wait for a re-rendered opener to appear. */
const REAPPEAR_MS = 3_000;

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
  const menu = element.dataset.menu;
  if (row === undefined || !menu) return null;
  const selector = `[data-row-key="${CSS.escape(row)}"] [data-menu="${CSS.escape(menu)}"]`;
  return () => document.querySelector<HTMLElement>(selector);
}

/** Focuses the opener's replacement as soon as it appears, unless focus has gone somewhere meanwhile. */
function focusWhenBack(find: () => HTMLElement | null): void {
  const tryFocus = () => {
    if (document.activeElement && document.activeElement !== document.body) return true;
    const element = find();
    if (!element) return false;
    element.focus({ preventScroll: true });
    return true;
  };
  if (tryFocus()) return;
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
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
      } else if (find) {
        event.preventDefault();
        // After Radix has finished closing (it may still move focus itself this tick).
        window.setTimeout(() => focusWhenBack(find), 0);
      }
    },
  };
}
