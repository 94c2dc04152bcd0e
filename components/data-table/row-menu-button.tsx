// A row's menu button: a plain <button> that the table's one menu (table-menu.tsx) opens beside,
// so a row costs one element instead of a menu component tree. No hooks: usable in any cell.
import type { ComponentProps, ReactNode } from "react";

export function RowMenuButton({
  menu,
  label,
  className,
  children,
  ...rest
}: Omit<ComponentProps<"button">, "aria-label"> & {
  /** Which of the table's menus it opens ("actions", "role"). */
  menu: string;
  /** The accessible name; must contain any visible text (WCAG 2.5.3). */
  label: string;
  className?: string;
  /** The visible content; none when CSS draws it (the ⋯). */
  children?: ReactNode;
}) {
  return (
    // No aria-expanded while the menu is closed (as the menu button pattern recommends, and one
    // attribute less per row); the table's menu sets it to "true" while open.
    <button type="button" data-menu={menu} aria-haspopup="menu" aria-label={label} className={className} {...rest}>
      {children}
    </button>
  );
}
