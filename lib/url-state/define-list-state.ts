// One typed definition of a list page's URL state (search, filters, sort, page, open dialogs),
// shared by the server page, which parses Next's searchParams with it, and the browser, where
// useListState (components/data-table) reads and writes the same params through nuqs. Absent or
// invalid values read as the defaults; optional ones as undefined.
import { createLoader, createSerializer, type inferParserType, type LoaderInput, type ParserMap } from "nuqs/server";

/** The parsed state: parsers without a default give `undefined` (not null) when absent. */
export type ListState<P extends ParserMap> = {
  [K in keyof P]: null extends inferParserType<P[K]> ? Exclude<inferParserType<P[K]>, null> | undefined : inferParserType<P[K]>;
};

export interface ListStateDefinition<P extends ParserMap> {
  parsers: P;
  /** Next's `searchParams` record, a URLSearchParams or a query string → the typed state. */
  parse: (input: LoaderInput) => ListState<P>;
  /** The state as "?a=b" without the defaults; "" for the default view. */
  serialize: (state: Partial<ListState<P>>) => string;
  defaults: ListState<P>;
  /** The params that narrow the list (not sort, page or open dialogs). */
  filterKeys: readonly (keyof P)[];
  /** True when a query or any filter narrows the list. */
  hasFilters: (state: ListState<P>) => boolean;
  /** The filter params at their defaults: spread into a state to clear them. */
  clearedFilters: () => Partial<ListState<P>>;
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, i) => value === b[i]);
  return a === b;
}

export function defineListState<P extends ParserMap>(parsers: P, options: { filters: readonly (keyof P)[] }): ListStateDefinition<P> {
  const load = createLoader(parsers);
  const serializer = createSerializer(parsers);
  const parse = (input: LoaderInput): ListState<P> => {
    const loaded = load(input) as Record<string, unknown>;
    for (const key of Object.keys(loaded)) if (loaded[key] === null) loaded[key] = undefined;
    return loaded as ListState<P>;
  };
  const defaults = parse({});
  return {
    parsers,
    parse,
    serialize: (state) => serializer(state as never),
    defaults,
    filterKeys: options.filters,
    hasFilters: (state) => options.filters.some((key) => !same(state[key], defaults[key])),
    clearedFilters: () => Object.fromEntries(options.filters.map((key) => [key, defaults[key]])) as Partial<ListState<P>>,
  };
}
