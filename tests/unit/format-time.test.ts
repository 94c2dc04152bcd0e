// The UI's dates, written by hand, say exactly what Intl's en-US formats say (in UTC).
import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatMoment, formatRelative } from "@/lib/format-time";

const intl = {
  date: new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" }),
  dateTime: new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }),
  time: new Intl.DateTimeFormat("en-US", { hour: "numeric", minute: "2-digit", timeZone: "UTC" }),
  monthDay: new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" }),
  relative: new Intl.RelativeTimeFormat("en", { numeric: "auto" }),
};
// ICU writes a narrow no-break space before AM/PM in some versions, a plain one in others.
const spaces = (text: string) => text.replace(/\u202f/g, " ");

// A deterministic spread of instants: every month, hour and minute boundary shows up.
function instants(count: number): Date[] {
  const dates: Date[] = [];
  let x = 12345;
  for (let i = 0; i < count; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    dates.push(new Date(Date.UTC(1995 + (x % 40), (x >> 3) % 12, 1 + ((x >> 7) % 31), (x >> 11) % 24, (x >> 16) % 60)));
  }
  return [...dates, new Date(Date.UTC(2026, 0, 1, 0, 0)), new Date(Date.UTC(2026, 11, 31, 12, 0)), new Date(Date.UTC(2024, 1, 29, 23, 59))];
}

describe("format-time", () => {
  it("writes dates and date-times as Intl's en-US formats do", () => {
    for (const date of instants(3000)) {
      expect(formatDate(date)).toBe(intl.date.format(date));
      expect(formatDateTime(date)).toBe(`${spaces(intl.dateTime.format(date))} UTC`);
    }
  });

  it("writes a moment as the time today, the day this year, or the full date otherwise", () => {
    const now = Date.UTC(2026, 2, 3, 15, 5);
    const today = new Date(Date.UTC(2026, 2, 3, 0, 7));
    expect(formatMoment(today, now)).toBe(`${spaces(intl.time.format(today))} UTC`);
    const thisYear = new Date(Date.UTC(2026, 0, 3, 13, 0));
    expect(formatMoment(thisYear, now)).toBe(`${intl.monthDay.format(thisYear)}, ${spaces(intl.time.format(thisYear))} UTC`);
    const lastYear = new Date(Date.UTC(2025, 11, 31, 23, 59));
    expect(formatMoment(lastYear, now)).toBe(formatDateTime(lastYear));
  });

  it("writes relative times as Intl.RelativeTimeFormat with numeric: auto does", () => {
    const now = Date.UTC(2026, 5, 15, 12, 0);
    const units: [Intl.RelativeTimeFormatUnit, number][] = [
      ["year", 365 * 86400],
      ["month", 30 * 86400],
      ["week", 7 * 86400],
      ["day", 86400],
      ["hour", 3600],
      ["minute", 60],
    ];
    const expected = (seconds: number) => {
      for (const [unit, size] of units) {
        if (Math.abs(seconds) >= 60 && Math.abs(seconds) >= size) return intl.relative.format(Math.trunc(seconds / size), unit);
      }
      return "just now";
    };
    const offsets = [0, 30, 59, 60, 61, 119, 3599, 3600, 7200, 86399, 86400, 172800, 6 * 86400, 7 * 86400, 13 * 86400, 14 * 86400];
    const more = [29 * 86400, 30 * 86400, 59 * 86400, 60 * 86400, 364 * 86400, 365 * 86400, 730 * 86400, 1500 * 365 * 86400];
    for (const seconds of [...offsets, ...more]) {
      for (const sign of [1, -1]) {
        const date = new Date(now + sign * seconds * 1000);
        expect(formatRelative(date, now), `${sign * seconds} s`).toBe(expected(Math.round((date.getTime() - now) / 1000)));
      }
    }
    expect(formatRelative(new Date(now - 86400 * 1000), now, { capitalized: true })).toBe("Yesterday");
  });

  it("refuses an invalid date, as Intl does", () => {
    expect(() => formatDate(new Date("nope"))).toThrow(RangeError);
    expect(() => formatRelative(new Date("nope"), Date.now())).toThrow(RangeError);
  });
});
