// Lists (RFC 7644 §3.4.2): startIndex/count paging — startIndex below 1 reads as 1, a negative
// count as 0, a count above the page limit as the limit; the ListResponse envelope; and the
// `attributes` / `excludedAttributes` selection of top-level attributes.
import { SCIM_LIST_SCHEMA, SCIM_MAX_PAGE_SIZE } from "./constants";

export interface Paging {
  startIndex: number;
  count: number;
}

function integer(value: string | null): number | null {
  if (value === null || !/^\s*-?\d{1,12}\s*$/.test(value)) return null;
  return Number(value);
}

export function readPaging(url: URL): Paging {
  const start = integer(url.searchParams.get("startIndex"));
  const count = integer(url.searchParams.get("count"));
  return {
    startIndex: start === null || start < 1 ? 1 : Math.min(start, 1_000_000_000),
    count: count === null ? SCIM_MAX_PAGE_SIZE : Math.max(0, Math.min(count, SCIM_MAX_PAGE_SIZE)),
  };
}

export function listResponse<R>(resources: R[], total: number, startIndex: number) {
  return { schemas: [SCIM_LIST_SCHEMA], totalResults: total, itemsPerPage: resources.length, startIndex, Resources: resources };
}

export interface AttributeSelection {
  only: string[] | null;
  excluded: string[];
}

function names(value: string | null): string[] {
  return (value ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
    .map((name) => name.slice(name.lastIndexOf(":") + 1).split(".")[0]!);
}

export function readAttributeSelection(url: URL): AttributeSelection {
  const only = names(url.searchParams.get("attributes"));
  return { only: only.length ? only : null, excluded: names(url.searchParams.get("excludedAttributes")) };
}

/** Whether the selection leaves attribute `name` in (id, schemas and meta always stay). */
export function selects(selection: AttributeSelection, name: string): boolean {
  const key = name.toLowerCase();
  if (key === "id" || key === "schemas" || key === "meta") return true;
  if (selection.only) return selection.only.includes(key);
  return !selection.excluded.includes(key);
}

/** The resource with only the selected top-level attributes. */
export function project<R extends object>(resource: R, selection: AttributeSelection): Partial<R> {
  if (!selection.only && selection.excluded.length === 0) return resource;
  return Object.fromEntries(
    // The enterprise extension holds only department here: it follows that attribute's selection.
    Object.entries(resource).filter(([key]) => selects(selection, key.includes(":") ? "department" : key)),
  ) as Partial<R>;
}
