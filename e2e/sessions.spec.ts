// Sessions in the browser, in an organization of their own: a person signed in on three devices
// sees them on Account → Sessions and signs the others out (those browsers land on sign-in), and
// an Admin ends a Developer's sessions from the view modal (the Developer's open browser is out).
import { expect, test, type Browser, type Page } from "./helpers/test";
import { signInAs } from "./helpers/auth";
import { SESSIONS_E2E_SLUG } from "./fixtures/sessions";

const MEMBERS = `/orgs/${SESSIONS_E2E_SLUG}/members`;
const IPHONE_SAFARI =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
const LINUX_FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

/** Another browser (its own cookies), signed in as `email` and looking at the members page. */
async function otherDevice(browser: Browser, email: string, userAgent?: string): Promise<Page> {
  const context = await browser.newContext(userAgent ? { userAgent } : {});
  const page = await context.newPage();
  await signInAs(page, email, MEMBERS);
  await expect(page.getByRole("heading", { name: "Members" })).toBeVisible();
  return page;
}

async function expectSignedOut(page: Page) {
  await page.goto(MEMBERS);
  await expect(page).toHaveURL(/\/sign-in(\?|$)/);
  await expect(page.getByRole("button", { name: /sign-in link|sign in/i }).first()).toBeVisible();
}

test("a person sees their other sessions on Account → Sessions and signs them out; those browsers are signed out", async ({ page, browser }) => {
  const person = "two-devices@sessions-e2e.test";
  const phone = await otherDevice(browser, person, IPHONE_SAFARI);
  const laptop = await otherDevice(browser, person, LINUX_FIREFOX);

  await signInAs(page, person, MEMBERS);
  await page.getByRole("button", { name: /^Account:/ }).first().click();
  await page.getByRole("menuitem", { name: "Account" }).click();
  await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sessions" }).click();
  await expect(page).toHaveURL(/\/account\/sessions$/);
  await expect(page.getByRole("heading", { name: "Sessions" })).toBeVisible();

  const sessions = page.getByRole("list", { name: "Your sessions" }).getByRole("listitem");
  await expect(sessions.first()).toContainText("This device");
  await expect(sessions.filter({ hasText: "This device" })).toHaveCount(1);
  await expect(sessions.filter({ hasText: "Safari on iOS" })).toHaveCount(1);
  await expect(sessions.filter({ hasText: "Firefox on Linux" })).toHaveCount(1);
  // No session token reaches the page.
  const html = await page.content();
  const cookies = await page.context().cookies();
  const token = cookies.find((c) => c.name.endsWith("authjs.session-token"))!.value;
  expect(html).not.toContain(token);

  // One at a time...
  await sessions.filter({ hasText: "Firefox on Linux" }).getByRole("button", { name: /^Sign out/ }).click();
  await expect(sessions.filter({ hasText: "Firefox on Linux" })).toHaveCount(0);
  await expectSignedOut(laptop);

  // ...or all the others at once.
  await page.getByRole("button", { name: "Sign out of all other sessions" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Sign out of all other sessions?" });
  await expect(confirm).toContainText("You stay signed in on this device.");
  await confirm.getByRole("button", { name: "Sign out other sessions" }).click();
  await expect(confirm).toBeHidden();
  await expect(sessions).toHaveCount(1);
  await expect(page.getByText("This is the only device signed in to your account.")).toBeVisible();
  await expectSignedOut(phone);

  // This device is still signed in.
  await page.goto(MEMBERS);
  await expect(page.getByRole("heading", { name: "Members" })).toBeVisible();
  await phone.context().close();
  await laptop.context().close();
});

test("an Admin ends a Developer's sessions from the view modal; the Developer's open browser is signed out", async ({ page, browser }) => {
  const developer = await otherDevice(browser, "dev@sessions-e2e.test");

  await signInAs(page, "admin@sessions-e2e.test", `${MEMBERS}?q=dev%40sessions-e2e`);
  await page.locator("tbody tr").first().click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("dev@sessions-e2e.test");
  const section = dialog.getByRole("region", { name: "Sessions" });
  await expect(section).toContainText(/\d+ active sessions?/);
  await expect(section).toContainText(/Last seen/);

  await section.getByRole("button", { name: "End all sessions" }).click();
  const confirm = page.getByRole("alertdialog", { name: "End all of Desi Developer’s sessions?" });
  await expect(confirm).toContainText("dev@sessions-e2e.test");
  await expect(confirm).toContainText("also signs them out of any other organization");
  await confirm.getByRole("button", { name: "End all sessions" }).click();
  await expect(confirm).toBeHidden();
  await expect(section).toContainText("Not signed in anywhere");

  await expectSignedOut(developer);
  await developer.context().close();
});

test("an Admin's own row points to their account instead, and an Owner's row shows no Sessions section to an Admin", async ({ page }) => {
  await signInAs(page, "admin@sessions-e2e.test", `${MEMBERS}?q=admin%40sessions-e2e`);
  await page.locator("tbody tr").first().click();
  const section = page.getByRole("dialog").getByRole("region", { name: "Sessions" });
  await expect(section.getByRole("link", { name: "see and end your sessions" })).toHaveAttribute("href", "/account/sessions");
  await expect(section.getByRole("button", { name: "End all sessions" })).toHaveCount(0);

  // The Owner is ranked above an Admin: nothing to show or press.
  await page.goto(`${MEMBERS}?q=owner%40sessions-e2e`);
  await page.locator("tbody tr").first().click();
  const ownerDialog = page.getByRole("dialog");
  await expect(ownerDialog).toContainText("owner@sessions-e2e.test");
  await expect(ownerDialog.getByRole("region", { name: "Sessions" })).toHaveCount(0);
});
