// The `test` every spec uses: Playwright's, plus a watch on every page the test opens (also in
// contexts it creates itself) for Content Security Policy violations and uncaught page errors,
// failing the test that caused them — a CSP that blocks the app's own scripts shows up here first.
import { expect, test as base, type Browser, type BrowserContext, type Page } from "@playwright/test";

export * from "@playwright/test";
export { expect };

const VIOLATION_PREFIX = "Content-Security-Policy violation:";
const CSP_MESSAGE = /Content[- ]Security[- ]Policy|unsafe-eval/i;

// Runs in the page, outside its CSP: the event names the directive even when the browser's own
// console line is missing (a blocked eval caught by the app, say).
function reportViolations(prefix: string) {
  document.addEventListener("securitypolicyviolation", (event) => {
    console.error(`${prefix} ${event.violatedDirective} blocked ${event.blockedURI || "inline"} in ${event.documentURI}`);
  });
}

async function watchContext(context: BrowserContext, found: string[]): Promise<void> {
  await context.addInitScript(reportViolations, VIOLATION_PREFIX);
  const watch = (page: Page) => {
    page.on("console", (message) => {
      if (CSP_MESSAGE.test(message.text())) found.push(`${page.url()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => found.push(`${page.url()}: uncaught ${error.name}: ${error.message}`));
  };
  context.pages().forEach(watch);
  context.on("page", watch);
}

// Specs open second browsers for other people (browser.newContext / newPage): watch those too.
function watchNewContexts(browser: Browser, found: string[]): () => void {
  const original = browser.newContext;
  browser.newContext = async (...args: Parameters<Browser["newContext"]>) => {
    const context = await original.apply(browser, args);
    await watchContext(context, found);
    return context;
  };
  return () => {
    browser.newContext = original;
  };
}

export const test = base.extend<{
  /** Violations a test provokes on purpose (a framing attempt, say), as patterns to let through. */
  allowedCspViolations: RegExp[];
  /** Every violation and page error seen so far in this test. */
  cspViolations: string[];
  _failOnCspViolations: void;
}>({
  allowedCspViolations: [[], { option: true }],
  // (The second argument is Playwright's `use`, renamed so React's hook rules leave it alone.)
  cspViolations: async ({}, provide) => {
    await provide([]);
  },
  _failOnCspViolations: [
    async ({ browser, context, cspViolations, allowedCspViolations }, provide) => {
      await watchContext(context, cspViolations);
      const restore = watchNewContexts(browser, cspViolations);
      try {
        await provide();
      } finally {
        restore();
      }
      const unexpected = cspViolations.filter((v) => !allowedCspViolations.some((pattern) => pattern.test(v)));
      expect(unexpected, "Content Security Policy violations or uncaught page errors").toEqual([]);
    },
    { auto: true },
  ],
});
