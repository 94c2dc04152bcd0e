// Dates and relative times as the UI shows them. Everything renders in UTC against a `now` taken
// on the server, so the server's HTML and the browser's hydration agree.
const dateFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const timeFormat = new Intl.DateTimeFormat("en-US", { hour: "numeric", minute: "2-digit", timeZone: "UTC" });
const monthDayFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const relativeFormat = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** "Mar 3, 2026" */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** "Mar 3, 2026, 3:05 PM UTC" */
export function formatDateTime(date: Date): string {
  return `${dateTimeFormat.format(date)} UTC`;
}

/** "3:05 PM UTC" the same day as `now`, "Jan 3, 3:05 PM UTC" the same year, with the year otherwise. */
export function formatMoment(date: Date, now: number): string {
  const today = new Date(now);
  if (dateFormat.format(date) === dateFormat.format(today)) return `${timeFormat.format(date)} UTC`;
  if (date.getUTCFullYear() === today.getUTCFullYear()) return `${monthDayFormat.format(date)}, ${timeFormat.format(date)} UTC`;
  return formatDateTime(date);
}

/** "in 6 days", "3 hours ago", "just now" — relative to `now`; `capitalized` for the start of a cell. */
export function formatRelative(date: Date, now: number, { capitalized = false }: { capitalized?: boolean } = {}): string {
  const seconds = Math.round((date.getTime() - now) / 1000);
  let text = "just now";
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= 60 && Math.abs(seconds) >= size) {
      text = relativeFormat.format(Math.trunc(seconds / size), unit);
      break;
    }
  }
  return capitalized ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
