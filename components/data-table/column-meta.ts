// What the data table reads from a TanStack column definition besides header and cell: responsive
// classes, the column's name in menus, and how it sorts. One declaration for every table.
import type { RowData } from "@tanstack/react-table";

export interface SortChoice {
  /** The URL's sort key. */
  sort: string;
  desc: boolean;
  /** In the header's menu ("Email A–Z"). */
  label: string;
  /** Beside the header while this sort is in force ("email"). */
  badge?: string;
}

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Classes for the column's header and cells (responsive visibility, widths). */
    className?: string;
    /** The column's name where its header shows none (the Columns menu, the skeleton). */
    label?: string;
    /** Offered in the Columns menu (hidden columns stay hidden by their CSS on small screens). */
    hideable?: boolean;
    /** Several ways to sort by this column (name or email, say): the header opens a menu. */
    sortChoices?: SortChoice[];
  }
}

export {};
