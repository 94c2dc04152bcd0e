// "Chrome on macOS" from a User-Agent header, enough for people to recognise their own devices.
// Deliberately small (no parser dependency): the common browsers and systems, "Unknown" otherwise.

export type DeviceKind = "desktop" | "mobile" | "tablet";

export interface DeviceDescription {
  browser: string | null;
  os: string | null;
  kind: DeviceKind;
  /** "Chrome on macOS", "Safari on iOS", "Firefox", "Unknown device". */
  label: string;
}

// Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
const BROWSERS: [RegExp, string][] = [
  [/\bEdg(?:e|A|iOS)?\//, "Edge"],
  [/\bOPR\/|\bOpera\b/, "Opera"],
  [/\bSamsungBrowser\//, "Samsung Internet"],
  [/\bFirefox\/|\bFxiOS\//, "Firefox"],
  [/\bCriOS\/|\bChrome\/|\bHeadlessChrome\/|\bChromium\//, "Chrome"],
  [/\bVersion\/[\d.]+.*\bSafari\//, "Safari"],
];

const SYSTEMS: [RegExp, string][] = [
  [/\biPhone|\biPad|\biPod/, "iOS"],
  [/\bAndroid\b/, "Android"],
  [/\bCrOS\b/, "ChromeOS"],
  [/\bWindows\b/, "Windows"],
  [/\bMac OS X\b|\bMacintosh\b/, "macOS"],
  [/\bLinux\b/, "Linux"],
];

function firstMatch(userAgent: string, table: [RegExp, string][]): string | null {
  return table.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
}

export function describeDevice(userAgent: string | null | undefined): DeviceDescription {
  const ua = userAgent?.slice(0, 500) ?? "";
  const browser = firstMatch(ua, BROWSERS);
  const os = firstMatch(ua, SYSTEMS);
  const kind: DeviceKind = /\biPad\b|\bTablet\b/.test(ua) || (/\bAndroid\b/.test(ua) && !/\bMobile\b/.test(ua))
    ? "tablet"
    : /\bMobile\b|\biPhone\b|\biPod\b/.test(ua)
      ? "mobile"
      : "desktop";
  const label = browser && os ? `${browser} on ${os}` : (browser ?? (os ? `Browser on ${os}` : "Unknown device"));
  return { browser, os, kind, label };
}
