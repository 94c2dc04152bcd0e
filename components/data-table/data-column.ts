// A column of the shared data table: a TanStack display column (id, header, sorting, meta) whose
// cell is rendered from the row's data alone. The table renders its body itself, straight from the
// page's rows, instead of through TanStack's row and cell objects: on the server every request
// builds a new table, and those objects (a row with every feature's methods, a cell with a
// memoized context each) cost more than the markup they produce. Headers and column visibility
// still go through TanStack; a column sorts by its id (sort-header.tsx).
import type { DisplayColumnDef } from "@tanstack/react-table";
import type { ReactNode } from "react";
import "./column-meta";

/** What a cell is rendered from. */
export interface DataCellContext<Row> {
  row: {
    /** getRowId's answer. */
    id: string;
    /** The row's place on this page, from 0. */
    index: number;
    original: Row;
  };
}

export type DataColumn<Row> = Omit<DisplayColumnDef<Row, unknown>, "id" | "cell"> & {
  id: string;
  cell?: (context: DataCellContext<Row>) => ReactNode;
};
