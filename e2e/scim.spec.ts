// Settings → SCIM end to end: the Owner turns SCIM on, generates a token that is shown once, uses
// it against /api/scim/v2 as an identity provider would (Playwright's request context), sees the
// request in the log, rotates with a grace period (both tokens work), revokes the old one (401)
// and turns SCIM off (403). Admins manage SCIM too; Developers don't see it. Every state of the
// page and its dialogs is checked with axe.
import { expectAccessible as expectPageAccessible } from "./helpers/axe";
import { signInAs } from "./helpers/auth";
import { expect, test, type APIRequestContext, type Page } from "./helpers/test";

const USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
/**
 * axe's serious and critical findings on the SCIM page and its dialogs — everything but the app
 * shell (sidebar and phone header), which every page shares and e2e/a11y.spec.ts checks. Through
 * the shared helper, which lets transitions end and the streamed <title> arrive first: after the
 * token dialog's action, this spec once ran axe in the moment Next.js swaps the title.
 */
async function expectAccessible(page: Page, where: string): Promise<void> {
  await expectPageAccessible(page, where, { exclude: [".shell-bar"] });
}

/** Screenshots of the page as a person sees it (kept with the run's other output). */
const SCREENS = `${process.env.E2E_DATA_DIR ?? ".data/e2e"}/screens`;

async function scimGet(request: APIRequestContext, token: string, path = "/Users?startIndex=1&count=2") {
  return request.get(`/api/scim/v2${path}`, { headers: { Authorization: `Bearer ${token}`, Accept: "application/scim+json" } });
}

/** Opens the token dialog, submits it, and returns the token shown once. */
async function issueToken(page: Page, button: "Generate token" | "Rotate token", grace?: string): Promise<string> {
  // Toasts fade in and out; let them go so axe measures the dialog, not an animation frame.
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
  await page.getByRole("button", { name: button }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expectAccessible(page, `the ${button} dialog`);
  if (grace) await dialog.getByLabel("Keep the current token working for").selectOption({ label: grace });
  await dialog.getByRole("button", { name: button }).click();
  const field = dialog.getByRole("textbox", { name: "SCIM token" });
  await expect(field).toHaveValue(/^scim_[A-Za-z0-9_-]{43}$/);
  await expectAccessible(page, "the new token, shown once");
  await page.screenshot({ path: `${SCREENS}/scim-token-${page.viewportSize()?.width ?? 0}-${button === "Rotate token" ? "rotated" : "new"}.png` });
  const token = await field.inputValue();
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toBeHidden();
  return token;
}

test("the Owner turns SCIM on, uses a token once shown, rotates it with a grace period, revokes it and turns SCIM off", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, "owner@scim-e2e.test", "/orgs/scim-e2e/settings/scim");
  await expect(page.getByRole("heading", { name: "SCIM provisioning" })).toBeVisible();
  await expect(page.getByRole("link", { name: "SCIM" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByLabel(/Base URL/)).toHaveValue(/\/api\/scim\/v2$/);
  await expect(page.getByText("No token yet")).toBeVisible();
  await expectAccessible(page, "Settings → SCIM (off, no token)");

  await page.getByRole("button", { name: "Turn on SCIM" }).click();
  await expect(page.getByRole("button", { name: "Turn off SCIM" })).toBeVisible();

  const first = await issueToken(page, "Generate token");
  // Shown once: the page now lists it by prefix only.
  await expect(page.getByRole("table", { name: "SCIM tokens" })).toContainText(first.slice(0, 12));
  await expect(page.getByText(first)).toHaveCount(0);

  // The identity provider: test connection, then create a user.
  const probe = await scimGet(page.request, first);
  expect(probe.status()).toBe(200);
  expect(probe.headers()["content-type"]).toMatch(/application\/scim\+json/);
  const created = await page.request.post("/api/scim/v2/Users", {
    headers: { Authorization: `Bearer ${first}`, "Content-Type": "application/scim+json" },
    data: { schemas: [USER_SCHEMA], userName: "grace.hopper@scim-e2e.test", name: { givenName: "Grace", familyName: "Hopper" }, emails: [{ primary: true, type: "work", value: "grace.hopper@scim-e2e.test" }], active: true },
  });
  expect(created.status()).toBe(201);

  await page.reload();
  const log = page.getByRole("table", { name: "Recent SCIM requests" });
  await expect(log).toContainText("created grace.hopper@scim-e2e.test");
  await expect(log).toContainText("POST /Users");
  await expectAccessible(page, "Settings → SCIM (on, a token, a logged request)");
  await page.screenshot({ path: `${SCREENS}/scim-1280.png`, fullPage: true });
  await page.goto("/orgs/scim-e2e/members");
  await expect(page.getByText("Grace Hopper").first()).toBeVisible();
  await page.goto("/orgs/scim-e2e/settings/scim");

  const second = await issueToken(page, "Rotate token", "24 hours");
  expect(second).not.toBe(first);
  expect((await scimGet(page.request, first)).status()).toBe(200); // grace period
  expect((await scimGet(page.request, second)).status()).toBe(200);
  await expect(page.getByRole("table", { name: "SCIM tokens" }).getByText("Ending")).toBeVisible();

  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
  await page.getByRole("button", { name: `Revoke token ${first.slice(0, 12)}…` }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toBeVisible();
  await expectAccessible(page, "the revoke confirmation");
  await confirm.getByRole("button", { name: "Revoke token" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole("table", { name: "SCIM tokens" }).getByText("Revoked")).toBeVisible();
  const refused = await scimGet(page.request, first);
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ status: "401", schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"] });

  await page.getByRole("button", { name: "Turn off SCIM" }).click();
  await expect(page.getByRole("button", { name: "Turn on SCIM" })).toBeVisible();
  expect((await scimGet(page.request, second)).status()).toBe(403);

  // Discovery needs no token.
  expect((await page.request.get("/api/scim/v2/ServiceProviderConfig")).status()).toBe(200);
});

test("an Admin manages SCIM; a Developer sees no SCIM settings", async ({ page, browser }, testInfo) => {
  test.setTimeout(120_000);
  await signInAs(page, "admin@scim-admin-e2e.test", "/orgs/scim-admin-e2e/settings/scim");
  await page.getByRole("button", { name: "Turn on SCIM" }).click();
  await expect(page.getByRole("button", { name: "Turn off SCIM" })).toBeVisible();
  const token = await issueToken(page, "Generate token");
  expect((await scimGet(page.request, token)).status()).toBe(200);

  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, viewport: { width: 390, height: 844 } });
  const developer = await context.newPage();
  await signInAs(developer, "developer@scim-e2e.test", "/orgs/scim-e2e/settings/scim");
  await expect(developer.getByText("You don't have access to settings")).toBeVisible();
  await expect(developer.getByRole("button", { name: /Generate token|Rotate token/ })).toHaveCount(0);
  await context.close();
});

test("the SCIM page reads well on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "owner@scim-admin-e2e.test", "/orgs/scim-admin-e2e/settings/scim");
  await expect(page.getByRole("heading", { name: "Bearer tokens" })).toBeVisible();
  await expectAccessible(page, "Settings → SCIM at 390 px");
  await page.screenshot({ path: `${SCREENS}/scim-390.png`, fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
