// Notifications end to end, in the spec's own organization (e2e/fixtures/notifications.ts): an
// Owner changes a Developer's role and it shows in the Developer's bell, which marks it read; an
// Analyst accepts a team invitation from the bell and is in the team; a member saves notification
// preferences and edits their profile on the account page — axe on each page and on the bell's
// popover, screenshots at 1280 and 390 px.
import { expect, test, type Page } from "./helpers/test";
import { NOTIFY_E2E_PEOPLE as people, NOTIFY_E2E_SLUG as slug } from "./fixtures/notifications";
import { signInAs } from "./helpers/auth";
import { expectAccessible } from "./helpers/axe";

const MEMBERS = `/orgs/${slug}/members`;
const SCREENS = ".data/screens-e";

/** The bell in the shell (visible at every width). */
const bell = (page: Page) => page.getByRole("button", { name: /^Notifications/ }).filter({ visible: true });

test("a role change shows in the other member's bell, which marks it read", async ({ page, browser }) => {
  test.slow();
  const devContext = await browser.newContext();
  const devPage = await devContext.newPage();
  await signInAs(devPage, people.developer.email, MEMBERS);
  await expect(bell(devPage)).toHaveAccessibleName("Notifications");

  await signInAs(page, people.owner.email, `${MEMBERS}?q=dev%40notify`);
  await page.getByRole("button", { name: new RegExp(`Change role of ${people.developer.name}`) }).click();
  await page.getByRole("menuitem", { name: "Manager" }).click();
  await expect(page.getByText(`${people.developer.name} is now Manager.`)).toBeVisible();

  // Fresh on the next navigation.
  await devPage.goto(`/orgs/${slug}/teams`);
  await expect(bell(devPage)).toHaveAccessibleName("Notifications, 1 unread");
  await bell(devPage).click();
  const panel = devPage.getByRole("dialog", { name: "Notifications" });
  await expect(panel.getByRole("link", { name: "Your role is now Manager" })).toBeVisible();
  await expect(panel).toContainText(`${people.owner.name} changed your role in Notify E2E from Developer to Manager.`);
  await expectAccessible(devPage, "the bell's popover");
  await devPage.screenshot({ path: `${SCREENS}/bell-1280.png` });

  await panel.getByRole("button", { name: "Mark read: Your role is now Manager" }).click();
  await expect(bell(devPage)).toHaveAccessibleName("Notifications");
  await expect(panel.getByRole("button", { name: "Mark all read" })).toBeDisabled();
  await devPage.keyboard.press("Escape");
  await expect(panel).toBeHidden();

  // On a phone the bell sits in the top bar.
  await devPage.setViewportSize({ width: 390, height: 844 });
  await devPage.reload();
  await bell(devPage).click();
  await expect(devPage.getByRole("dialog", { name: "Notifications" })).toBeVisible();
  await expectAccessible(devPage, "the bell's popover at 390 px");
  await devPage.screenshot({ path: `${SCREENS}/bell-390.png` });
  await devContext.close();
});

test("a team invitation is accepted from the bell", async ({ page }) => {
  await signInAs(page, people.analyst.email, MEMBERS);
  await expect(bell(page)).toHaveAccessibleName("Notifications, 1 unread");
  await bell(page).click();
  const panel = page.getByRole("dialog", { name: "Notifications" });
  await expect(panel).toContainText(`${people.owner.name} invited you to the team Research`);
  await panel.getByRole("button", { name: "Accept" }).click();
  await expect(page.getByText("You joined Research.")).toBeVisible();
  await expect(bell(page)).toHaveAccessibleName("Notifications");

  // The invitation's own page (where its email leads) now says so; the team lists the Analyst.
  await page.keyboard.press("Escape");
  await expect(page.getByText("You joined Research.")).toBeHidden(); // the toast, before axe looks
  await bell(page).click();
  await page.getByRole("dialog", { name: "Notifications" }).getByRole("link", { name: /invited you to the team Research/ }).click();
  await expect(page.getByRole("heading", { name: "Team invitation", level: 1 })).toBeVisible();
  await expect(page.getByText("You accepted this invitation.")).toBeVisible();
  await expectAccessible(page, "the team invitation page");
  await page.getByRole("link", { name: "Open Research" }).click();
  await expect(page.getByRole("row").filter({ hasText: people.analyst.name })).toBeVisible();
});

test("preferences are saved and the profile edited on the account page", async ({ page }) => {
  await signInAs(page, people.viewer.email, "/account");
  await expect(page).toHaveURL(/\/account\/profile$/);
  await expectAccessible(page, "Account → Profile");
  await page.getByLabel("Full name").fill("Viktor Viewer");
  await page.getByLabel("Phone number").fill("+44 20 7946 0000");
  await page.getByLabel("Job title").fill("Analyst of Things");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Full name")).toHaveValue("Viktor Viewer");
  await expect(page.getByLabel("Job title")).toHaveValue("Analyst of Things");
  // A bad phone number is refused in place.
  await page.getByLabel("Phone number").fill("call me maybe");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Phone number may contain digits")).toBeVisible();

  const accountNav = page.getByRole("navigation", { name: "Account" });
  await accountNav.getByRole("link", { name: "Organizations", exact: true }).click();
  await expect(page.getByRole("list", { name: "Your organizations" })).toContainText("Notify E2E");
  await expectAccessible(page, "Account → Organizations");
  await page.getByRole("button", { name: "Leave Notify E2E" }).click();
  await expect(page.getByRole("alertdialog", { name: "Leave Notify E2E?" })).toBeVisible();
  await expectAccessible(page, "the Leave confirmation");
  await page.getByRole("button", { name: "Cancel" }).click();

  await accountNav.getByRole("link", { name: "Notifications", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Notifications in Notify E2E" })).toBeVisible();
  await page.getByLabel("Email for Role changes").selectOption("weekly");
  await page.getByRole("checkbox", { name: "In app: Messages from admins" }).uncheck();
  await page.getByRole("button", { name: "Add team setting" }).click();
  await page.getByLabel("Email for Research · Team membership").selectOption("off");
  await expectAccessible(page, "Account → Notifications");
  await page.getByRole("button", { name: "Save notification settings" }).click();
  await expect(page.getByText("Notification settings for Notify E2E saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Email for Role changes")).toHaveValue("weekly");
  await expect(page.getByRole("checkbox", { name: "In app: Messages from admins" })).not.toBeChecked();
  await expect(page.getByLabel("Email for Research · Team membership")).toHaveValue("off");
  await page.screenshot({ path: `${SCREENS}/preferences-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page, "Account → Notifications at 390 px");
  await page.screenshot({ path: `${SCREENS}/preferences-390.png`, fullPage: true });

  // The new name is what the organization sees.
  await page.goto(`${MEMBERS}?q=viewer%40notify`);
  await expect(page.getByRole("row").filter({ hasText: "viewer@notify-e2e.test" })).toContainText("Viktor Viewer");
});

test("the bell refreshes through its own GET, which answers only members of the organization", async ({ page, browser }) => {
  await signInAs(page, people.developer.email, MEMBERS);
  // A client-side navigation asks for the bell's list; the new page keeps its title.
  const refreshed = page.waitForResponse((response) => new URL(response.url()).pathname === `/api/orgs/${slug}/notifications`);
  await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Teams" }).click();
  expect((await refreshed).status()).toBe(200);
  await expect(page).toHaveTitle(/^Teams · /);

  const own = await page.request.get(`/api/orgs/${slug}/notifications`);
  expect(own.status()).toBe(200);
  expect(own.headers()["cache-control"]).toContain("no-store");
  const body = await own.json();
  expect(body.ok).toBe(true);
  expect(Array.isArray(body.data.items)).toBe(true);
  expect(typeof body.data.unread).toBe("number");

  // Someone else's organization, an unknown slug, hostile ones: not found, and nothing of theirs.
  for (const other of ["acme", "no-such-org", "%27%3B--", "x".repeat(300), "%E2%80%AE"]) {
    const refused = await page.request.get(`/api/orgs/${other}/notifications`);
    expect(refused.status(), other).toBe(404);
    expect(await refused.json(), other).toEqual({ ok: false, code: "not_found", error: "Organization not found." });
  }

  // Signed out: no list.
  const signedOut = await browser.newContext();
  const anonymous = await signedOut.request.get(`/api/orgs/${slug}/notifications`, { maxRedirects: 0 });
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toEqual({ ok: false, code: "unauthenticated", error: "Sign in to continue." });
  await signedOut.close();
});
