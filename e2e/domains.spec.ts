// Verified domains end to end against the production build, with a real DNS server (dns2) on
// 127.0.0.1 that the build's resolver asks (ROSTER_DNS_SERVERS, e2e/server-env.ts): the Owner adds
// domain-corp.example, is told the record is missing, publishes it and verifies; turns auto-join on
// with Analyst and the Platform team; a new address on the domain signs in and lands in Domain Corp
// with that role and team. Then auto-join off: the next newcomer asks from the organization
// chooser and the Admin approves. Every page and dialog checked with axe; 1280 and 390 px shots.
import { startTestDnsServer, type TestDnsServer } from "../tests/helpers/dns-server";
import { DOMAINS_E2E } from "./fixtures/domains";
import { expectAccessible } from "./helpers/axe";
import { signInAs } from "./helpers/auth";
import { E2E_DNS_PORT } from "./server-env";
import { expect, test, type Page } from "./helpers/test";

const SCREENS = `${process.env.E2E_DATA_DIR ?? ".data/e2e"}/screens`;
const { slug, name: orgName, domain, team } = DOMAINS_E2E;
const RECORD = `_roster-verification.${domain}`;
const unique = () => Math.random().toString(36).slice(2, 8);

// One DNS server on a fixed port: the tests share it, so they run in order in one worker.
test.describe.configure({ mode: "serial", timeout: 180_000 });

let dns: TestDnsServer;
test.beforeAll(async () => {
  dns = await startTestDnsServer(E2E_DNS_PORT);
});
test.afterAll(async () => {
  await dns?.close();
});

/** Toasts fade in and out over the page: axe would measure a half-transparent one. */
async function afterToasts(page: Page) {
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
}

async function openDomainRowMenu(page: Page, item: string) {
  await page.getByRole("button", { name: `Actions for ${domain}` }).click();
  await page.getByRole("menuitem", { name: item }).click();
}

test("an Owner adds a domain, publishes its TXT record, verifies it and turns auto-join on", async ({ page }) => {
  await signInAs(page, "owner@domains-e2e.test", `/orgs/${slug}/settings/domains`);
  await expect(page.getByRole("heading", { name: "Verified domains" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Domains" })).toHaveAttribute("aria-current", "page");
  await expectAccessible(page, "Settings → Domains (empty)");

  await page.getByRole("button", { name: "Add domain" }).click();
  const add = page.getByRole("dialog", { name: "Add a domain" });
  await expectAccessible(page, "Add a domain dialog");
  await add.getByLabel("Domain").fill("gmail.com");
  await add.getByRole("button", { name: "Add domain" }).click();
  // The field's error, not its hint (which names public providers too and is there from the start).
  await expect(add.getByRole("alert")).toContainText("gmail.com is a public email provider");
  await add.getByLabel("Domain").fill(domain.toUpperCase());
  await add.getByRole("button", { name: "Add domain" }).click();

  const publish = page.getByRole("dialog", { name: "Publish the TXT record" });
  await expect(publish.getByRole("textbox", { name: "Name (host)" })).toHaveValue(RECORD);
  const value = await publish.getByRole("textbox", { name: "Value" }).inputValue();
  expect(value).toMatch(/^roster-verification=[A-Za-z0-9_-]{22}$/);
  await expectAccessible(page, "Publish the TXT record dialog");
  await page.screenshot({ path: `${SCREENS}/domains-publish-1280.png` });

  // Not published yet: the build's resolver asks our DNS server and is told there is no record.
  await publish.getByRole("button", { name: "Verify", exact: true }).click();
  await expect(publish.getByRole("alert")).toContainText(`No TXT record found at ${RECORD}`);
  expect(dns.queries.get(RECORD) ?? 0).toBeGreaterThan(0);

  dns.set(RECORD, [["v=spf1 -all"], [value]]);
  await publish.getByRole("button", { name: "Verify", exact: true }).click();
  await expect(publish).toBeHidden();
  const row = page.getByRole("row").filter({ hasText: domain });
  await expect(row.getByText("Verified", { exact: true })).toBeVisible();
  await expect(row).toContainText("Checked");

  await afterToasts(page);
  await openDomainRowMenu(page, "Auto-join settings");
  const settings = page.getByRole("dialog", { name: `Auto-join for ${domain}` });
  await expectAccessible(page, "Auto-join dialog");
  await settings.getByRole("checkbox", { name: `Let people on ${domain} join automatically` }).click();
  // Never Owner, even for an Owner; Admin is theirs to give.
  await expect(settings.getByLabel("Role they join with").locator("option[value=owner]")).toHaveCount(0);
  await expect(settings.getByLabel("Role they join with").locator("option[value=admin]")).toHaveCount(1);
  await settings.getByLabel("Role they join with").selectOption("analyst");
  await settings.getByRole("checkbox", { name: team }).click();
  await settings.getByRole("button", { name: "Save auto-join" }).click();
  await expect(settings).toBeHidden();
  await expect(row).toContainText("On · Analyst");
  await expect(row).toContainText(`Teams: ${team}`);

  await afterToasts(page);
  await openDomainRowMenu(page, "TXT record");
  await expectAccessible(page, "TXT record dialog");
  await page.keyboard.press("Escape");

  await expectAccessible(page, "Settings → Domains (verified)");
  await page.screenshot({ path: `${SCREENS}/domains-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(row).toBeVisible();
  await expectAccessible(page, "Settings → Domains at 390 px");
  await page.screenshot({ path: `${SCREENS}/domains-390.png`, fullPage: true });
});

test("a new address on the verified domain signs in and lands in the organization with the default role and team", async ({ page }) => {
  const email = `newbie.${unique()}@${domain}`;
  await signInAs(page, email, "/");
  await expect(page).toHaveURL(new RegExp(`/orgs/${slug}/members`));
  await page.goto(`/orgs/${slug}/members?q=${encodeURIComponent(email)}`);
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("Analyst");
  await expect(row).toContainText(team);

  // The Owner sees it in the activity log, through auto-join.
  const owner = await page.context().browser()!.newPage();
  await signInAs(owner, "owner@domains-e2e.test", `/orgs/${slug}/activity`);
  await expect(owner.getByRole("row").filter({ hasText: "Joined by domain auto-join" }).first()).toBeVisible();
  await owner.close();
});

test("with auto-join off, a newcomer asks from the organization chooser and an Admin approves", async ({ page, browser }) => {
  await signInAs(page, "admin@domains-e2e.test", `/orgs/${slug}/settings/domains`);
  await openDomainRowMenu(page, "Auto-join settings");
  const settings = page.getByRole("dialog", { name: `Auto-join for ${domain}` });
  // An Admin gives roles below Admin only.
  await expect(settings.getByLabel("Role they join with").locator("option[value=admin]")).toHaveCount(0);
  await settings.getByRole("checkbox", { name: `Let people on ${domain} join automatically` }).click();
  await settings.getByRole("button", { name: "Save auto-join" }).click();
  await expect(page.getByRole("row").filter({ hasText: domain })).toContainText("Off");

  const email = `asker.${unique()}@${domain}`;
  const newcomer = await (await browser.newContext()).newPage();
  await signInAs(newcomer, email, "/");
  await expect(newcomer).toHaveURL(/\/orgs$/);
  await expect(newcomer.getByRole("heading", { name: orgName })).toBeVisible();
  await afterToasts(newcomer);
  await expectAccessible(newcomer, "organization chooser with Join");
  await newcomer.setViewportSize({ width: 390, height: 844 });
  await newcomer.screenshot({ path: `${SCREENS}/domains-chooser-390.png`, fullPage: true });
  await newcomer.getByRole("button", { name: `Join ${orgName}` }).click();
  await expect(newcomer.getByRole("status")).toContainText("Request sent");

  await page.reload();
  const request = page.getByRole("table", { name: "Requests to join" }).getByRole("row").filter({ hasText: email });
  await expect(request).toBeVisible();
  // The report lists them too, as having asked.
  await expect(page.getByRole("table", { name: "People on your domains who aren't members" }).getByRole("row").filter({ hasText: email })).toContainText("Asked to join");
  await page.getByRole("button", { name: `Actions for ${email}` }).click();
  await page.getByRole("menuitem", { name: "Approve…" }).click();
  const approve = page.getByRole("dialog", { name: `Approve ${email}` });
  await afterToasts(page);
  await expectAccessible(page, "Approve request dialog");
  await approve.getByLabel("Role").selectOption("viewer");
  await approve.getByRole("button", { name: "Approve" }).click();
  await expect(approve).toBeHidden();
  await expect(page.getByRole("table", { name: "Requests to join" })).toHaveCount(0);

  await newcomer.goto("/");
  await expect(newcomer).toHaveURL(new RegExp(`/orgs/${slug}/members`));
});
