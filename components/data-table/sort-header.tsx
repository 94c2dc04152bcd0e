"use client";
// A column header: plain text, a button that toggles the sort, or — for a column that sorts
// several ways (name or email) — a menu of those ways. The arrow says which way it sorts now.
// Sorting is the URL's (the server sorts): a column sorts when its list can sort (controller.onSort)
// and it doesn't opt out (enableSorting: false); its id is the URL's sort key.
import { flexRender, type Header } from "@tanstack/react-table";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { TableController } from "./table-controller";
import { ArrowDown, ArrowUp, ChevronsUpDown } from "@/components/ui/glyph";

function SortIcon({ direction }: { direction: "asc" | "desc" | false }) {
  if (direction === "asc") return <ArrowUp className="size-3.5 text-indigo-600" aria-hidden="true" />;
  if (direction === "desc") return <ArrowDown className="size-3.5 text-indigo-600" aria-hidden="true" />;
  return <ChevronsUpDown className="size-3.5 opacity-50" aria-hidden="true" />;
}

export function SortHeader<Row>({ header, controller }: { header: Header<Row, unknown>; controller: TableController }) {
  const column = header.column;
  const label = flexRender(column.columnDef.header, header.getContext());
  const choices = column.columnDef.meta?.sortChoices;
  const sort = controller.sort;

  if (choices && controller.onSort) {
    const current = choices.find((choice) => sort && choice.sort === sort.id && choice.desc === sort.desc);
    const onSort = controller.onSort;
    return (
      <DropdownMenu>
        <DropdownMenuTrigger className="dt-sort">
          {label}
          {current?.badge ? <span className="font-normal">({current.badge})</span> : null}
          <SortIcon direction={current ? (current.desc ? "desc" : "asc") : false} />
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start">
          <DropdownMenuRadioGroup
            value={current ? `${current.sort}:${current.desc}` : ""}
            onValueChange={(value) => {
              const choice = choices.find((c) => `${c.sort}:${c.desc}` === value);
              if (choice) onSort(choice.sort, choice.desc);
            }}
          >
            {choices.map((choice) => (
              <DropdownMenuRadioItem key={`${choice.sort}:${choice.desc}`} value={`${choice.sort}:${choice.desc}`}>
                {choice.label}
              </DropdownMenuRadioItem>
            ))}
          </DropdownMenuRadioGroup>
        </DropdownMenuContent>
      </DropdownMenu>
    );
  }

  if (!canSort(column.columnDef, controller) || !controller.onSort) return label;
  const onSort = controller.onSort;
  const direction = sortDirection(column.id, controller);
  // A second press reverses the sort; the first sorts the column's natural way (newest first for dates).
  const nextDesc = direction ? direction === "asc" : Boolean(column.columnDef.sortDescFirst);
  return (
    <button type="button" className="dt-sort" onClick={() => onSort(column.id, nextDesc)}>
      {label}
      <SortIcon direction={direction} />
    </button>
  );
}

/** Whether the column's header sorts the list (a column of several sorts opens its menu instead). */
export function canSort(column: { enableSorting?: boolean }, controller: TableController): boolean {
  return Boolean(controller.onSort) && column.enableSorting !== false;
}

/** Which way the list is sorted by this column, if it is. */
export function sortDirection(columnId: string, controller: TableController): "asc" | "desc" | false {
  const sort = controller.sort;
  return sort && sort.id === columnId ? (sort.desc ? "desc" : "asc") : false;
}
