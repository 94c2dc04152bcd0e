"use client";
// A column header: plain text, a button that toggles the sort, or — for a column that sorts
// several ways (name or email) — a menu of those ways. The arrow says which way it sorts now.
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

  if (!column.getCanSort() || !controller.onSort) return label;
  return (
    <button type="button" className="dt-sort" onClick={column.getToggleSortingHandler()}>
      {label}
      <SortIcon direction={column.getIsSorted()} />
    </button>
  );
}
