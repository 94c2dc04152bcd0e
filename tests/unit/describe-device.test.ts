// Device labels on the sessions lists, from real browsers' User-Agent strings.
import { describe, expect, it } from "vitest";
import { describeDevice } from "@/lib/sessions/describe-device";

const UA = {
  chromeMac:
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
  safariIphone:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
  chromeIphone:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1",
  edgeWindows:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86",
  firefoxLinux: "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
  chromeAndroidPhone:
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
  samsungTablet:
    "Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Safari/537.36",
  safariIpad:
    "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
  operaWindows:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 OPR/115.0.0.0",
  safariMac:
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
  chromebook: "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
};

describe("describeDevice", () => {
  it.each([
    ["chromeMac", "Chrome on macOS", "desktop"],
    ["safariIphone", "Safari on iOS", "mobile"],
    ["chromeIphone", "Chrome on iOS", "mobile"],
    ["edgeWindows", "Edge on Windows", "desktop"],
    ["firefoxLinux", "Firefox on Linux", "desktop"],
    ["chromeAndroidPhone", "Chrome on Android", "mobile"],
    ["samsungTablet", "Samsung Internet on Android", "tablet"],
    ["safariIpad", "Safari on iOS", "tablet"],
    ["operaWindows", "Opera on Windows", "desktop"],
    ["safariMac", "Safari on macOS", "desktop"],
    ["chromebook", "Chrome on ChromeOS", "desktop"],
  ] as const)("%s → %s (%s)", (key, label, kind) => {
    expect(describeDevice(UA[key])).toMatchObject({ label, kind });
  });

  it("says so when it cannot tell", () => {
    expect(describeDevice(null).label).toBe("Unknown device");
    expect(describeDevice("curl/8.5.0").label).toBe("Unknown device");
    expect(describeDevice("Mozilla/5.0 (Windows NT 10.0) SomethingNew/1.0").label).toBe("Browser on Windows");
  });
});
