"use client";
// Whether a CSS media query matches: `serverValue` on the server (and so in the HTML and while
// hydrating), then the browser's answer, kept current as the window changes.
import { useCallback, useSyncExternalStore } from "react";

export function useMediaQuery(query: string, serverValue = false): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => serverValue,
  );
}

/** Tailwind's lg breakpoint: the shell is a sidebar from here up, a top bar below. */
export const WIDE_SCREEN = "(width >= 64rem)";
