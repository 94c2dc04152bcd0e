// Dates and relative times as the UI shows them. Everything renders in UTC against a `now` taken
// on the server, so the server's HTML and the browser's hydration agree. Written out by hand, as
// Intl's en-US formats write them (tests/unit/format-time.test.ts holds them to Intl): a table
// page formats several dates a row, and Intl's formatters cost ten times as much per call — and
// the server's and the browser's ICU could disagree on a space.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

type RelativeUnit = "year" | "month" | "week" | "day" | "hour" | "minute";

const UNITS: [RelativeUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** What Intl.RelativeTimeFormat("en", { numeric: "auto" }) says for -1, 0 and 1 of a unit. */
const WORDS: Record<RelativeUnit, [last: string, now: string, next: string] | null> = {
  year: ["last year", "this year", "next year"],
  month: ["last month", "this month", "next month"],
  week: ["last week", "this week", "next week"],
  day: ["yesterday", "today", "tomorrow"],
  hour: null,
  minute: null,
};

function valid(date: Date): Date {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid time value");
  return date;
}

const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));

/** "Mar 3" */
function monthDay(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`;
}

/** "3:05 PM" */
function time(date: Date): string {
  const hours = date.getUTCHours();
  return `${hours % 12 || 12}:${twoDigits(date.getUTCMinutes())} ${hours < 12 ? "AM" : "PM"}`;
}

/** "Mar 3, 2026" */
export function formatDate(date: Date): string {
  return `${monthDay(valid(date))}, ${date.getUTCFullYear()}`;
}

/** "Mar 3, 2026, 3:05 PM UTC" */
export function formatDateTime(date: Date): string {
  return `${formatDate(date)}, ${time(date)} UTC`;
}

/** "3:05 PM UTC" the same day as `now`, "Jan 3, 3:05 PM UTC" the same year, with the year otherwise. */
export function formatMoment(date: Date, now: number): string {
  const today = new Date(now);
  if (formatDate(date) === formatDate(today)) return `${time(date)} UTC`;
  if (date.getUTCFullYear() === today.getUTCFullYear()) return `${monthDay(date)}, ${time(date)} UTC`;
  return formatDateTime(date);
}

/** "in 6 days", "3 hours ago", "just now" — relative to `now`; `capitalized` for the start of a cell. */
export function formatRelative(date: Date, now: number, { capitalized = false }: { capitalized?: boolean } = {}): string {
  const seconds = Math.round((valid(date).getTime() - now) / 1000);
  let text = "just now";
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= 60 && Math.abs(seconds) >= size) {
      text = relative(Math.trunc(seconds / size), unit);
      break;
    }
  }
  return capitalized ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** Intl.RelativeTimeFormat("en", { numeric: "auto" }).format(value, unit) for whole values. */
function relative(value: number, unit: RelativeUnit): string {
  const words = WORDS[unit];
  if (words && value >= -1 && value <= 1) return words[value + 1]!;
  const count = Math.abs(value);
  const amount = `${grouped(count)} ${unit}${count === 1 ? "" : "s"}`;
  return value < 0 ? `${amount} ago` : `in ${amount}`;
}
