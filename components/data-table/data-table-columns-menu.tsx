"use client";
// "Columns": which optional columns of a table to show, remembered in this browser.
import type { DataColumn } from "./data-column";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuCheckboxItem, DropdownMenuContent, DropdownMenuLabel, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { useColumnVisibility } from "./use-column-visibility";
import { Columns3 } from "@/components/ui/glyph";

export function DataTableColumnsMenu<Row>({ tableId, columns }: { tableId: string; columns: DataColumn<Row>[] }) {
  const { hideable, toggle } = useColumnVisibility(tableId, columns);
  if (hideable.length === 0) return null;
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="secondary" size="sm" className="gap-1.5">
          <Columns3 className="size-4" aria-hidden="true" />
          Columns
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel>Show columns</DropdownMenuLabel>
        {hideable.map((column) => (
          <DropdownMenuCheckboxItem
            key={column.id}
            checked={column.visible}
            onSelect={(e) => e.preventDefault()}
            onCheckedChange={(checked) => toggle(column.id, checked)}
          >
            {column.label}
          </DropdownMenuCheckboxItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
