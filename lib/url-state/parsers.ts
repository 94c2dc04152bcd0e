// Typed URL parameters for list pages, built on nuqs's parser builders so that the server page
// (createLoader) and the browser (useQueryStates) read a URL the same way. Every parser is
// forgiving: a value a person typed or mangled in the address bar becomes the default (or, in a
// list, is dropped on its own) — never an error page.
import { createMultiParser, createParser } from "nuqs/server";

/** Whole numbers only ("2", not "2.5" or "1e3"), within bounds. */
export function parseAsWholeNumber(min: number, max: number) {
  return createParser<number>({
    parse: (value) => {
      if (!/^\d{1,9}$/.test(value)) return null;
      const n = Number(value);
      return n >= min && n <= max ? n : null;
    },
    serialize: String,
  });
}

/** A 1-based page number. */
export const parseAsPage = parseAsWholeNumber(1, 1_000_000).withDefault(1);

/** One of a few numbers (page sizes, "joined in the last 7/30/90 days"). */
export function parseAsNumberChoice<const T extends number>(choices: readonly T[]) {
  return createParser<T>({
    parse: (value) => {
      if (!/^\d{1,9}$/.test(value)) return null;
      const n = Number(value);
      return (choices as readonly number[]).includes(n) ? (n as T) : null;
    },
    serialize: String,
  });
}

/** One of a few words (sort keys, statuses); anything else is no value. */
export function parseAsChoice<const T extends string>(choices: readonly T[]) {
  return createParser<T>({
    parse: (value) => ((choices as readonly string[]).includes(value) ? (value as T) : null),
    serialize: (value) => value,
  });
}

/** Free text (a search query): trimmed and cut to `max` characters. */
export function parseAsText(max: number) {
  return createParser<string>({
    parse: (value) => value.trim().slice(0, max),
    serialize: (value) => value,
  }).withDefault("");
}

/** An id as given (so an unknown one can say "not found"), when it is not blank or over-long. */
export function parseAsId(max = 64) {
  return createParser<string>({
    parse: (value) => {
      const id = value.trim();
      return id.length > 0 && id.length <= max ? id : null;
    },
    serialize: (value) => value,
  });
}

/** A flag that is on as "1" ("create=1" opens the Create modal). */
export const parseAsFlag = createParser<true>({
  parse: (value) => (value === "1" ? true : null),
  serialize: () => "1",
});

const MAX_LIST_VALUES = 50;

/**
 * Several values of one param, as a comma list ("role=admin,viewer") or repeated
 * ("role=admin&role=viewer"), written back as a comma list. Invalid values are dropped one by one,
 * duplicates kept once, and at most 50 are read.
 */
export function parseAsList<T extends string>(item: (value: string) => T | null) {
  return createMultiParser<T[]>({
    parse: (values) => {
      const out: T[] = [];
      for (const raw of values.flatMap((value) => value.split(","))) {
        const parsed = item(raw.trim());
        if (parsed !== null && !out.includes(parsed)) out.push(parsed);
        if (out.length >= MAX_LIST_VALUES) break;
      }
      return out;
    },
    serialize: (list) => [list.join(",")],
    eq: (a, b) => a.length === b.length && a.every((value, i) => value === b[i]),
  }).withDefault([]);
}

/** List items that must be one of a few words. */
export function oneOf<const T extends string>(choices: readonly T[]): (value: string) => T | null {
  return (value) => ((choices as readonly string[]).includes(value) ? (value as T) : null);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** List items that must be uuids (ids from other organizations simply match nothing). */
export function uuid(value: string): string | null {
  return UUID.test(value) ? value : null;
}

/** List items of free text up to `max` characters (department names). */
export function textUpTo(max: number): (value: string) => string | null {
  return (value) => (value.length > 0 && value.length <= max ? value : null);
}
