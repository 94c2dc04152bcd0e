"use client";
// The one table every list uses: TanStack Table v8 in manual mode — the server has already
// filtered, sorted and paged the rows, so sorting and paging here only ask for another URL —
// with row selection, column visibility, keyboard use of rows, one row menu for the whole table,
// pagination, and the empty and no-results states. TanStack builds the headers (column
// visibility); sorting asks for another URL (sort-header.tsx); the body is rendered straight from
// the rows (data-column.ts says why).
import { getCoreRowModel, useReactTable, type Header } from "@tanstack/react-table";
import { memo, useCallback, useState, type ReactNode } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { cn } from "@/components/ui/cn";
import type { DataColumn } from "./data-column";
import { DataTablePagination } from "./data-table-pagination";
import { canSort, SortHeader, sortDirection } from "./sort-header";
import { TableMenu, useTableMenu, type RowMenu } from "./table-menu";
import type { TableController } from "./table-controller";
import { useColumnVisibility } from "./use-column-visibility";
import { useRowNavigation } from "./use-row-navigation";

export interface DataTableProps<Row> {
  /** The table's accessible name ("Members"). */
  label: string;
  /** Names the table's remembered column choices; unique per list. */
  id: string;
  columns: DataColumn<Row>[];
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
  // The ids of the ticked rows of this page.
  const [ticked, setTicked] = useState<ReadonlySet<string>>(NONE_TICKED);
  const [allMatching, setAllMatching] = useState(false);
  // A new page of rows (or a refreshed one: another filter, say) starts with nothing selected.
  const [selectionRows, setSelectionRows] = useState(rows);
  if (selectionRows !== rows) {
    setSelectionRows(rows);
    setTicked(NONE_TICKED);
    setAllMatching(false);
  }
  const visibility = useColumnVisibility(props.id, props.columns);
  const menu = useTableMenu();

  // eslint-disable-next-line react-hooks/incompatible-library -- manual mode: the rows are the server's page
  const table = useReactTable({
    data: rows,
    columns: props.columns,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    state: { columnVisibility: visibility.state },
  });

  const ids = rows.map(getRowId);
  // Ticking or unticking rows narrows "all matching" back to the rows ticked on this page.
  const tick = useCallback((changed: string[], on: boolean) => {
    setAllMatching(false);
    setTicked((current) => {
      const next = new Set(current);
      for (const id of changed) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }, []);
  const navigation = useRowNavigation(rows.length, {
    onOpen: props.onOpenRow ? (i) => rows[i] !== undefined && props.onOpenRow!(rows[i]) : undefined,
    onToggle: selectable ? (i) => ids[i] !== undefined && tick([ids[i]], !ticked.has(ids[i])) : undefined,
    // Opened from the row itself (Shift+F10): beside its ⋯ button, and focus goes back to the row.
    onMenu: menus.actions
      ? (i, anchor) => ids[i] !== undefined && menu.show({ menu: "actions", rowId: ids[i], anchor, returnTo: anchor.closest<HTMLElement>("tr") ?? undefined })
      : undefined,
    onMenuButton: (i, name, button) => ids[i] !== undefined && menus[name] && menu.show({ menu: name, rowId: ids[i], anchor: button }),
  });

  if (rows.length === 0) return <>{props.empty}</>;

  const selectedIds = ids.filter((id) => ticked.has(id));
  const clear = () => {
    setTicked(NONE_TICKED);
    setAllMatching(false);
  };
  const selection: TableSelection = { ids: selectedIds, allMatching, count: allMatching ? controller.total : selectedIds.length, clear };
  const noun = props.noun ?? { one: "row", many: "rows" };
  const wholePage = selectedIds.length === rows.length && controller.total > rows.length;
  const menuRow = menu.target ? (rows[ids.indexOf(menu.target.rowId)] ?? null) : null;
  const [headers] = table.getHeaderGroups();

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
            <tr>
              {selectable ? (
                <th scope="col" className="dt-check">
                  <Checkbox
                    checked={selectedIds.length === 0 ? false : selectedIds.length === rows.length ? true : "indeterminate"}
                    onCheckedChange={(checked) => tick(ids, checked)}
                    aria-label={`Select all ${noun.many} on this page`}
                  />
                </th>
              ) : null}
              {headers?.headers.map((header) => (
                <th key={header.id} scope="col" className={header.column.columnDef.meta?.className} aria-sort={ariaSort(header, controller)}>
                  {header.isPlaceholder ? null : <SortHeader header={header} controller={controller} />}
                </th>
              ))}
            </tr>
          </thead>
          <tbody {...navigation.bodyProps}>
            <DataTableRows
              rows={rows}
              getRowId={getRowId}
              getRowLabel={props.getRowLabel}
              columns={props.columns}
              visibility={visibility.state}
              selectable={selectable}
              ticked={ticked}
              activeIndex={navigation.activeIndex}
              rowClassName={props.rowClassName}
              onTick={tick}
            />
          </tbody>
        </table>
      </div>
      <DataTablePagination controller={controller} rowsOnPage={rows.length} />
      <TableMenu target={menu.target} open={menu.open} row={menuRow} menus={menus} onClose={menu.close} />
    </div>
  );
}

const NONE_TICKED: ReadonlySet<string> = new Set();

interface RowsProps<Row> {
  rows: Row[];
  getRowId: (row: Row) => string;
  getRowLabel: (row: Row) => string;
  columns: DataColumn<Row>[];
  visibility: Record<string, boolean>;
  selectable: boolean;
  ticked: ReadonlySet<string>;
  activeIndex: number;
  rowClassName?: string;
  onTick: (ids: string[], on: boolean) => void;
}

/**
 * The table's rows, rendered again only when something they show changes: not when the table
 * goes pending, nor when the list's URL state changes ahead of the server's answer. (A search
 * re-rendered all the rows twice before its request even left: once for the new URL state, once
 * for the pending flag.) `getRowId` and `getRowLabel` are not compared: callers pass them inline,
 * and what they return depends on the row alone, which is compared.
 */
const DataTableRows = memo(
  function DataTableRows<Row>({ rows, getRowId, getRowLabel, columns, visibility, selectable, ticked, activeIndex, rowClassName, onTick }: RowsProps<Row>) {
    const shown = columns.filter((column) => visibility[column.id] !== false);
    return rows.map((original, index) => {
      const id = getRowId(original);
      const selected = ticked.has(id);
      const context = { row: { id, index, original } };
      return (
        <tr key={id} data-row-key={id} tabIndex={index === activeIndex ? 0 : -1} data-selected={selected || undefined} className={rowClassName}>
          {selectable ? (
            <td className="dt-check">
              <Checkbox checked={selected} onCheckedChange={(checked) => onTick([id], checked)} aria-label={`Select ${getRowLabel(original)}`} />
            </td>
          ) : null}
          {shown.map((column) => (
            <td key={column.id} className={column.meta?.className}>
              {column.cell?.(context)}
            </td>
          ))}
        </tr>
      );
    });
  },
  (before, after) =>
    before.rows === after.rows &&
    before.columns === after.columns &&
    before.visibility === after.visibility &&
    before.selectable === after.selectable &&
    before.ticked === after.ticked &&
    before.activeIndex === after.activeIndex &&
    before.rowClassName === after.rowClassName &&
    before.onTick === after.onTick,
) as <Row>(props: RowsProps<Row>) => ReactNode;

function ariaSort<Row>(header: Header<Row, unknown>, controller: TableController): "ascending" | "descending" | undefined {
  const sort = controller.sort;
  if (!sort) return undefined;
  const column = header.column.columnDef;
  const choices = column.meta?.sortChoices;
  const active = choices ? choices.some((choice) => choice.sort === sort.id) : canSort(column, controller) && sortDirection(header.column.id, controller) !== false;
  if (!active) return undefined;
  return sort.desc ? "descending" : "ascending";
}
