"use client";
// Focus goes back to what opened a dialog when it closes. Radix returns it only to a Dialog.Trigger,
// and most of our dialogs open from state (a row menu, a button elsewhere): so the element focused
// as the dialog opens is remembered and focused again on close. An opener inside a menu (the item
// chosen, gone by then) stands for the menu's own trigger button.
import { useRef } from "react";

function opener(element: Element | null): HTMLElement | null {
  if (!(element instanceof HTMLElement) || element === document.body) return null;
  const menu = element.closest<HTMLElement>("[role=menu]");
  if (!menu) return element;
  const triggerId = menu.getAttribute("aria-labelledby");
  return (triggerId && document.getElementById(triggerId)) || null;
}

export function useReturnFocus<E extends Event>(handlers: { onOpenAutoFocus?: (event: E) => void; onCloseAutoFocus?: (event: E) => void }) {
  const returnTo = useRef<HTMLElement | null>(null);
  return {
    onOpenAutoFocus: (event: E) => {
      returnTo.current = opener(document.activeElement);
      handlers.onOpenAutoFocus?.(event);
    },
    onCloseAutoFocus: (event: E) => {
      handlers.onCloseAutoFocus?.(event);
      if (event.defaultPrevented) return;
      const target = returnTo.current;
      returnTo.current = null;
      if (target?.isConnected) {
        event.preventDefault();
        target.focus({ preventScroll: true });
      }
    },
  };
}
