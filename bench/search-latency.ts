// How long a person waits for search results: Chromium opens the members page on the bench
// server, types a surname key by key like a person would, and the clock runs from the last
// keystroke until the list shows the member the database lists first for that query — the
// search box's debounce, the server render and React's commit all included.
import fs from "node:fs";
import { chromium, type Browser } from "@playwright/test";
import { ScriptError } from "@/db/scripts/script-runtime";

export interface SearchProbe {
  query: string;
  /** The name the results must show once the search has been applied. */
  expectFirst: string;
}

export interface SearchTiming {
  query: string;
  ms: number;
}

const CHROMIUM = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && fs.existsSync(p));
/** A quick typist: faster than the debounce, so only the last keystroke searches. */
const KEY_DELAY_MS = 90;
const SEARCH_BOX = 'input[type="search"]';

// Runs in the page before its own scripts: remembers when the last keystroke reached the box.
function recordInputs() {
  const record = window as unknown as { __lastInputAt?: number };
  document.addEventListener("input", () => (record.__lastInputAt = performance.now()), true);
}

export async function measureSearchLatency(options: {
  baseUrl: string;
  path: string;
  sessionToken: string;
  probes: SearchProbe[];
}): Promise<SearchTiming[]> {
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ ...(CHROMIUM ? { executablePath: CHROMIUM } : {}), args: ["--disable-gpu"] });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { hostname } = new URL(options.baseUrl);
    await context.addCookies([{ name: "authjs.session-token", value: options.sessionToken, domain: hostname, path: "/", httpOnly: true }]);
    await context.addInitScript(recordInputs);
    const page = await context.newPage();
    const timings: SearchTiming[] = [];
    for (const probe of options.probes) {
      await page.goto(`${options.baseUrl}${options.path}`, { waitUntil: "networkidle" });
      const box = page.locator(SEARCH_BOX).first();
      await box.click();
      await box.pressSequentially(probe.query, { delay: KEY_DELAY_MS });
      const handle = await page.waitForFunction(
        ({ query, expectFirst }) => {
          const shown =
            new URLSearchParams(location.search).get("q") === query &&
            !document.querySelector('[aria-busy="true"]') &&
            document.body.innerText.includes(expectFirst);
          const last = (window as unknown as { __lastInputAt?: number }).__lastInputAt;
          return shown && last !== undefined ? performance.now() - last : false;
        },
        probe,
        { polling: "raf", timeout: 15_000 },
      );
      timings.push({ query: probe.query, ms: Number(await handle.jsonValue()) });
    }
    return timings;
  } catch (error) {
    throw new ScriptError(`Measuring search latency failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await browser?.close();
  }
}
