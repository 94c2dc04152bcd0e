"use client";
// The one table every list uses: TanStack Table v8 in manual mode — the server has already
// filtered, sorted and paged the rows, so sorting and paging here only ask for another URL —
// with row selection, column visibility, keyboard use of rows, one row menu for the whole table,
// pagination, and the empty and no-results states.
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type Header,
  type RowSelectionState,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { useMemo, useState, type ReactNode } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { cn } from "@/components/ui/cn";
import "./column-meta";
import { DataTablePagination } from "./data-table-pagination";
import { SortHeader } from "./sort-header";
import { TableMenu, useTableMenu, type RowMenu } from "./table-menu";
import type { TableController } from "./table-controller";
import { useColumnVisibility } from "./use-column-visibility";
import { useRowNavigation } from "./use-row-navigation";

export interface DataTableProps<Row> {
  /** The table's accessible name ("Members"). */
  label: string;
  /** Names the table's remembered column choices; unique per list. */
  id: string;
  // TanStack's column type is invariant in the cell value; a table mixes value types.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<Row, any>[];
  rows: Row[];
  getRowId: (row: Row) => string;
  /** How a row is named to assistive technology ("Ana Lyst"). */
  getRowLabel: (row: Row) => string;
  /** URL state and the server's answer: sort, page, page size, total. */
  controller: TableController;
  /** Rows get checkboxes, and a selection bar ("3 members selected", "Select all 1,204 matching"). */
  selectable?: boolean;
  /** What can be done with the selection (bulk actions), shown in the selection bar. */
  selectionActions?: (selection: TableSelection) => ReactNode;
  /** What a row is, for the selection bar ("member", "members"). */
  noun?: { one: string; many: string };
  /** Enter on a row, or a click on it outside its controls. */
  onOpenRow?: (row: Row) => void;
  /** The table's row menus by name; rows open them with RowMenuButton. "actions" is the one Shift+F10 opens. */
  menus?: Record<string, RowMenu<Row>>;
  /** Shown instead of the table when there are no rows: DataTableEmpty, saying why. */
  empty: ReactNode;
  /** Extra classes on each row (alignment). */
  rowClassName?: string;
}

/**
 * The rows a person selected: some rows of this page (`ids`), or — once they chose "Select all N
 * matching" — every row matching the list's current filter (`allMatching`, `count` = the total;
 * `ids` then holds this page's rows only: act on the filter, not on the ids).
 */
export interface TableSelection {
  ids: string[];
  allMatching: boolean;
  count: number;
  clear: () => void;
}

const countFormat = new Intl.NumberFormat("en-US");

export function DataTable<Row>(props: DataTableProps<Row>) {
  const { controller, rows, getRowId, selectable = false, menus = {} } = props;
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [allMatching, setAllMatching] = useState(false);
  // A new page of rows (or a refreshed one: another filter, say) starts with nothing selected.
  const [selectionRows, setSelectionRows] = useState(rows);
  if (selectionRows !== rows) {
    setSelectionRows(rows);
    setRowSelection({});
    setAllMatching(false);
  }
  const visibility = useColumnVisibility(props.id, props.columns);
  const menu = useTableMenu();

  const columns = useMemo(
    () => (selectable ? [selectionColumn<Row>(props.getRowLabel, props.noun?.many ?? "rows"), ...props.columns] : props.columns),
    [selectable, props.columns, props.getRowLabel, props.noun?.many],
  );
  const sorting: SortingState = controller.sort ? [controller.sort] : [];

  // eslint-disable-next-line react-hooks/incompatible-library -- manual mode: the rows are the server's page
  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId,
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    pageCount: controller.pageCount,
    rowCount: controller.total,
    enableRowSelection: selectable,
    state: {
      sorting,
      pagination: { pageIndex: controller.page - 1, pageSize: controller.pageSize },
      rowSelection,
      columnVisibility: visibility.state,
    },
    onRowSelectionChange: (updater: Updater<RowSelectionState>) => {
      // Unticking a row narrows "all matching" back to the rows ticked on this page.
      setAllMatching(false);
      setRowSelection(updater);
    },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = (typeof updater === "function" ? updater(sorting) : updater)[0];
      if (next) controller.onSort?.(next.id, next.desc);
    },
  });

  const modelRows = table.getRowModel().rows;
  const navigation = useRowNavigation(modelRows.length, {
    onOpen: props.onOpenRow ? (i) => modelRows[i] && props.onOpenRow!(modelRows[i].original) : undefined,
    onToggle: selectable ? (i) => modelRows[i]?.toggleSelected() : undefined,
    // Opened from the row itself (Shift+F10): beside its ⋯ button, and focus goes back to the row.
    onMenu: menus.actions
      ? (i, anchor) => modelRows[i] && menu.show({ menu: "actions", rowId: modelRows[i].id, anchor, returnTo: anchor.closest<HTMLElement>("tr") ?? undefined })
      : undefined,
    onMenuButton: (i, name, button) => modelRows[i] && menus[name] && menu.show({ menu: name, rowId: modelRows[i].id, anchor: button }),
  });

  if (rows.length === 0) return <>{props.empty}</>;

  const selectedIds = Object.keys(rowSelection).filter((id) => rowSelection[id]);
  const clear = () => {
    setRowSelection({});
    setAllMatching(false);
  };
  const selection: TableSelection = { ids: selectedIds, allMatching, count: allMatching ? controller.total : selectedIds.length, clear };
  const noun = props.noun ?? { one: "row", many: "rows" };
  const wholePage = selectedIds.length === rows.length && controller.total > rows.length;
  const menuRow = menu.target ? (rows.find((row) => getRowId(row) === menu.target!.rowId) ?? null) : null;

  return (
    <div className="dt">
      {selectable && selectedIds.length > 0 ? (
        <div className="dt-selection" role="region" aria-label="Selection">
          <p aria-live="polite">
            <strong>{countFormat.format(selection.count)}</strong> {selection.count === 1 ? noun.one : noun.many} selected
            {allMatching ? " (all matching the filters)" : null}
          </p>
          {wholePage && !allMatching ? (
            <button type="button" className="dt-link" onClick={() => setAllMatching(true)}>
              Select all {countFormat.format(controller.total)} matching
            </button>
          ) : null}
          {props.selectionActions ? <div className="dt-selection-actions">{props.selectionActions(selection)}</div> : null}
          <button type="button" className="dt-link" onClick={clear}>
            Clear selection
          </button>
        </div>
      ) : null}
      <div className="dt-scroll">
        <table aria-label={props.label} aria-busy={controller.pending || undefined} className={cn(controller.pending && "dt-pending")}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th key={header.id} scope="col" className={header.column.columnDef.meta?.className} aria-sort={ariaSort(header, controller)}>
                    {header.isPlaceholder ? null : <SortHeader header={header} controller={controller} />}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody {...navigation.bodyProps}>
            {modelRows.map((row, index) => (
              <tr
                key={row.id}
                data-row-key={row.id}
                tabIndex={index === navigation.activeIndex ? 0 : -1}
                data-selected={row.getIsSelected() || undefined}
                className={props.rowClassName}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={cell.column.columnDef.meta?.className}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <DataTablePagination controller={controller} rowsOnPage={rows.length} />
      <TableMenu target={menu.target} open={menu.open} row={menuRow} menus={menus} onClose={menu.close} />
    </div>
  );
}

function ariaSort<Row>(header: Header<Row, unknown>, controller: TableController): "ascending" | "descending" | undefined {
  const sort = controller.sort;
  if (!sort) return undefined;
  const choices = header.column.columnDef.meta?.sortChoices;
  const active = choices ? choices.some((choice) => choice.sort === sort.id) : header.column.getCanSort() && header.column.id === sort.id;
  if (!active) return undefined;
  return sort.desc ? "descending" : "ascending";
}

/** The checkbox column: the page's rows in the header, one row per cell. */
function selectionColumn<Row>(getRowLabel: (row: Row) => string, rowsNoun: string): ColumnDef<Row> {
  return {
    id: "select",
    enableSorting: false,
    enableHiding: false,
    meta: { className: "dt-check" },
    header: ({ table }) => (
      <Checkbox
        checked={table.getIsAllPageRowsSelected() ? true : table.getIsSomePageRowsSelected() ? "indeterminate" : false}
        onCheckedChange={(checked) => table.toggleAllPageRowsSelected(checked)}
        aria-label={`Select all ${rowsNoun} on this page`}
      />
    ),
    cell: ({ row }) => (
      <Checkbox
        checked={row.getIsSelected()}
        disabled={!row.getCanSelect()}
        onCheckedChange={(checked) => row.toggleSelected(checked)}
        aria-label={`Select ${getRowLabel(row.original)}`}
      />
    ),
  };
}
