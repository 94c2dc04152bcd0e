"use client";
// One dropdown menu for a whole table instead of a menu component per row: rows carry plain
// buttons (DataTableMenuButton), and this menu opens beside whichever was pressed, with the items
// of that row. Focus goes back to the row's button when the menu closes; an item that opens a
// dialog does so through `afterClose`, so the dialog opens once focus is back on that button and
// returns it there when it closes.
import { useCallback, useState, type ReactNode } from "react";
import { DropdownMenu, DropdownMenuContent, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";

/** A kind of row menu ("actions", "role"): its items for a row, and how it lines up with its button. */
export interface RowMenu<Row> {
  /** `afterClose(fn)`: run fn once the menu has closed and focus is back on the row's button. */
  items: (row: Row, afterClose: (fn: () => void) => void) => ReactNode;
  /** The menu's accessible name for a row ("Actions for Ana Lyst"). */
  label: (row: Row) => string;
  align?: "start" | "end";
  className?: string;
}

export interface MenuTarget {
  menu: string;
  rowId: string;
  anchor: HTMLElement;
  /** Where focus goes when the menu closes, when not the anchor (the row, for a menu opened from it by Shift+F10). */
  returnTo?: HTMLElement;
}

export function useTableMenu() {
  // The target outlives the open state, so the closing menu can still hand focus back.
  const [state, setState] = useState<{ target: MenuTarget | null; open: boolean }>({ target: null, open: false });
  const show = useCallback((target: MenuTarget) => {
    target.anchor.setAttribute("aria-expanded", "true");
    setState({ target, open: true });
  }, []);
  const close = useCallback(() => {
    setState((current) => {
      current.target?.anchor.removeAttribute("aria-expanded");
      return { ...current, open: false };
    });
  }, []);
  return { ...state, show, close };
}

export function TableMenu<Row>({
  target,
  open,
  row,
  menus,
  onClose,
}: {
  target: MenuTarget | null;
  open: boolean;
  /** The target's row (null once it has left the page). */
  row: Row | null;
  menus: Record<string, RowMenu<Row>>;
  onClose: () => void;
}) {
  // Set by an item as it is chosen; run once the menu has closed.
  const [after, setAfter] = useState<(() => void) | null>(null);
  const afterClose = useCallback((fn: () => void) => setAfter(() => fn), []);
  const menu = target ? menus[target.menu] : undefined;
  if (!target || !menu || row === null) return null;
  // The trigger is an invisible stand-in over the pressed button, so the menu lines up with it.
  const rect = open ? target.anchor.getBoundingClientRect() : null;
  return (
    <DropdownMenu open={open} onOpenChange={(next) => (next ? undefined : onClose())}>
      <DropdownMenuTrigger asChild>
        <span
          aria-hidden="true"
          tabIndex={-1}
          style={rect ? { position: "fixed", left: rect.left, top: rect.top, width: rect.width, height: rect.height, pointerEvents: "none" } : { display: "none" }}
        />
      </DropdownMenuTrigger>
      <DropdownMenuContent
        align={menu.align ?? "end"}
        className={menu.className}
        aria-labelledby={undefined}
        aria-label={menu.label(row)}
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          const back = target.returnTo ?? target.anchor;
          if (back.isConnected) back.focus({ preventScroll: true });
          if (after) {
            setAfter(null);
            after();
          }
        }}
      >
        {menu.items(row, afterClose)}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
