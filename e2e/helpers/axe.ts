// Accessibility checks for the e2e suite: axe-core's serious and critical findings on the page as
// it is now (a dialog open, say), listed one line per rule so a failure reads as a to-do list.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

const BLOCKING = new Set(["serious", "critical"]);

/**
 * Lets running transitions (a toast sliding in, a dialog fading) finish first: mid-fade, text is
 * judged at partial opacity and fails contrast it meets at rest. Infinite animations are ignored.
 */
async function settleAnimations(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () => document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getComputedTiming().iterations === Infinity),
      undefined,
      { timeout: 3_000 },
    )
    .catch(() => undefined);
}

/**
 * After a client-side navigation Next.js streams the new page's metadata after its content, and
 * swaps the <title> then: for a moment there is none. A page that never gets one still fails.
 */
async function settleTitle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 5_000 }).catch(() => undefined);
}

/** `exclude`: selectors left out (a spec about one page can leave the shared shell to a11y.spec.ts). */
export async function seriousViolations(page: Page, { exclude = [] }: { exclude?: string[] } = {}): Promise<string[]> {
  await settleAnimations(page);
  await settleTitle(page);
  let builder = new AxeBuilder({ page });
  for (const selector of exclude) builder = builder.exclude(selector);
  const results = await builder.analyze();
  return results.violations
    .filter((violation) => violation.impact && BLOCKING.has(violation.impact))
    .map((violation) => {
      const targets = violation.nodes.slice(0, 4).map((node) => node.target.join(" ")).join(" | ");
      return `${violation.id} (${violation.impact}, ${violation.nodes.length} node${violation.nodes.length === 1 ? "" : "s"}): ${violation.help} — ${targets}`;
    });
}

/** Soft: one test can check a page and each of its dialogs and report every one that fails. */
export async function expectAccessible(page: Page, where: string, options: { exclude?: string[] } = {}): Promise<void> {
  expect.soft(await seriousViolations(page, options), `axe (serious, critical) on ${where}`).toEqual([]);
}

/** After a dialog or menu closes, focus is back on what opened it. */
export async function expectFocusReturned(trigger: Locator, what: string): Promise<void> {
  await expect.soft(trigger, `focus returns to the trigger of ${what}`).toBeFocused();
}
