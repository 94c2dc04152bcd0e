// Activity end to end: filtering the log through the URL and exporting exactly what it shows as
// CSV; an event in full; a member's profile opened from the log's table, with their timeline;
// the overview; an access review started, decided by a Manager and completed with its report;
// the Owner verifying the log's integrity; the danger zone offering the log. Every new page and
// dialog passes axe (serious and critical).
import fs from "node:fs";
import { expect, test, type Browser, type Download, type Page, type TestInfo } from "./helpers/test";
import { expectAccessible } from "./helpers/axe";
import { signInAs, waitForEmail } from "./helpers/auth";
import { ACTIVITY_E2E_SLUG, REVIEWS_E2E_SLUG, ROLE_CHANGES } from "./fixtures/activity";

const LOG = `/orgs/${ACTIVITY_E2E_SLUG}/activity`;

async function secondBrowser(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, viewport: { width: 1280, height: 800 } });
  return context.newPage();
}

/** The CSV's records (CRLF-separated; a quoted cell may hold a bare line feed), BOM checked. */
async function csvRecords(download: Download): Promise<string[]> {
  const bytes = fs.readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)], "UTF-8 byte order mark").toEqual([0xef, 0xbb, 0xbf]);
  return bytes.subarray(3).toString("utf8").split("\r\n").filter(Boolean);
}

test("filter the log, export it, and the CSV's rows match the filter", async ({ page }) => {
  await signInAs(page, `analyst@${ACTIVITY_E2E_SLUG}.test`, LOG);
  await expect(page.getByRole("heading", { name: "Activity", level: 1 })).toBeVisible();
  const table = page.getByRole("table", { name: "Activity log" });
  await expect(table).toBeVisible();
  await expect(page.getByText(/Showing 1–\d+ of \d+/)).toBeVisible();
  await expectAccessible(page, "activity log");

  await page.getByRole("button", { name: "Action" }).click();
  await expectAccessible(page, "action filter menu");
  await page.getByRole("menuitemcheckbox", { name: "Members: Changed a role" }).click();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/action=member\.role_changed/);
  await expect(page.getByText(`Showing 1–${ROLE_CHANGES} of ${ROLE_CHANGES}`)).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(ROLE_CHANGES + 1);
  await expect(table).toContainText("Role:");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${ACTIVITY_E2E_SLUG}-activity-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const records = await csvRecords(download);
  expect(records[0]).toContain("Time (UTC),Actor,Actor email");
  const rows = records.slice(1);
  expect(rows).toHaveLength(ROLE_CHANGES);
  for (const row of rows) {
    expect(row).toContain(",Changed a role,member.role_changed,member,Zoë Ødegård,");
    expect(row).toContain("Ada Admin");
  }

  // The channel filter narrows further; nothing matches and the table says so.
  await page.getByRole("button", { name: /^Channel/ }).click();
  await page.getByRole("menuitemcheckbox", { name: "SCIM" }).click();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/channel=scim/);
  await expect(page.getByText("No activity matches these filters")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).first().click();
  await expect(page).not.toHaveURL(/action=|channel=/);
});

test("the export escapes what a spreadsheet would run, and the export itself is in the log", async ({ page }) => {
  await signInAs(page, `analyst@${ACTIVITY_E2E_SLUG}.test`, `${LOG}?action=team.created`);
  await expect(page.getByText("Showing 1–6 of 6")).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const records = await csvRecords(await downloading);
  expect(records).toHaveLength(1 + 6);
  expect(records.join("\n")).toContain(`"'=SUM(A1), ""Sales"""`);

  await page.goto(`${LOG}?action=audit.exported`);
  await expect(page.getByRole("table", { name: "Activity log" })).toContainText("Exported the activity log");
});

test("an event opens in full, and the date range and actor filters live in the URL", async ({ page }) => {
  await signInAs(page, `admin@${ACTIVITY_E2E_SLUG}.test`, `${LOG}?action=member.invited`);
  const table = page.getByRole("table", { name: "Activity log" });
  await expect(table.getByRole("row")).toHaveCount(5);
  await expect(table).toContainText("API key");
  await table.getByRole("row").nth(1).click();
  const dialog = page.getByRole("dialog", { name: "Invited a member" });
  await expect(dialog).toContainText("203.0.113.7");
  await expect(dialog).toContainText("API");
  await expect(dialog).toContainText("Chrome on Linux");
  await expectAccessible(page, "event dialog");
  await page.keyboard.press("Escape");

  const today = new Date().toISOString().slice(0, 10);
  await page.goto(`${LOG}?action=member.invited&from=${today}`);
  await expect(page.getByText("No activity matches these filters")).toBeVisible();

  await page.goto(LOG);
  await page.getByRole("button", { name: "Actor" }).click();
  const picker = page.getByRole("dialog", { name: "Show changes made by" });
  await expectAccessible(page, "actor filter dialog");
  await picker.getByRole("searchbox", { name: "Search members" }).fill("Ada");
  await picker.getByRole("button", { name: /Ada Admin/ }).click();
  await expect(page).toHaveURL(/actor=/);
  await expect(page.getByRole("button", { name: /Actor.*Ada Admin/ })).toBeVisible();
  await expect(page.getByText(`Showing 1–${ROLE_CHANGES} of ${ROLE_CHANGES}`)).toBeVisible();
});

test("a member's profile opens from the log's table, with their details, role history and timeline", async ({ page }) => {
  await signInAs(page, `admin@${ACTIVITY_E2E_SLUG}.test`, `${LOG}?action=member.role_changed`);
  await page.getByRole("table", { name: "Activity log" }).getByRole("link", { name: "Zoë Ødegård" }).first().click();
  await expect(page.getByRole("heading", { name: "Zoë Ødegård", level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "Membership" })).toContainText("Joined");
  await expect(page.getByRole("region", { name: "Membership" })).toContainText("Last active");
  await expect(page.getByRole("region", { name: "Role history" })).toContainText("Changed to");
  const timeline = page.getByRole("table", { name: "Timeline" });
  await expect(timeline).toContainText("Changed a role");
  await expect(page.getByText(`Showing 1–${ROLE_CHANGES} of ${ROLE_CHANGES}`)).toBeVisible();
  await expectAccessible(page, "member profile");

  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page, "member profile at 390 px");
  await page.setViewportSize({ width: 1280, height: 800 });

  // The "open in the members list" link leads to the member in the list's view modal.
  await page.getByRole("link", { name: "Open in members list" }).click();
  await expect(page).toHaveURL(/\/members\?member=/);
});

test("a Viewer sees a member's profile without the audit log's parts, and no Activity section", async ({ page }) => {
  await signInAs(page, `viewer@${ACTIVITY_E2E_SLUG}.test`, `/orgs/${ACTIVITY_E2E_SLUG}/members`);
  await expect(page.getByRole("navigation", { name: "Organization" }).first().getByRole("link", { name: "Activity" })).toHaveCount(0);
  await page.goto(LOG);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("the overview counts active members and lists the inactive; the Owner verifies the log's integrity", async ({ page }) => {
  await signInAs(page, `owner@${ACTIVITY_E2E_SLUG}.test`, `${LOG}/overview`);
  await expect(page.getByText("Active in the last 7 days")).toBeVisible();
  await expect(page.getByRole("region", { name: /Inactive members/ })).toBeVisible();
  await expectAccessible(page, "activity overview");

  await page.goto(LOG);
  await page.getByRole("button", { name: "Verify integrity" }).click();
  const dialog = page.getByRole("dialog", { name: "The activity log is intact" });
  await expect(dialog).toContainText(/events verified: every link holds/);
  await expectAccessible(page, "integrity dialog");
  await page.keyboard.press("Escape");

  await page.goto(`/orgs/${ACTIVITY_E2E_SLUG}/settings/danger-zone`);
  await expect(page.getByRole("link", { name: "Download the activity log" })).toHaveAttribute("href", `/orgs/${ACTIVITY_E2E_SLUG}/activity/export`);
});

test("an access review: the Owner starts it, the Manager decides (emailed), the Owner completes it and downloads the report", async ({ page, browser }, testInfo) => {
  const owner = `owner@${REVIEWS_E2E_SLUG}.test`;
  const manager = `manager@${REVIEWS_E2E_SLUG}.test`;
  await signInAs(page, owner, `/orgs/${REVIEWS_E2E_SLUG}/activity/reviews`);
  await expectAccessible(page, "access reviews list");
  await page.getByRole("link", { name: "Start a review" }).click();
  await expect(page.getByRole("heading", { name: "Start an access review" })).toBeVisible();
  await expectAccessible(page, "new access review form");
  await page.getByLabel("Name").fill("Spring review");
  await page.getByRole("radio", { name: /^Everyone/ }).check();
  await page.getByLabel(/Manny Manager/).check();
  const since = new Date();
  await page.getByRole("button", { name: "Start review" }).click();
  await expect(page.getByRole("heading", { name: /Spring review/ })).toBeVisible();
  await expectAccessible(page, "access review (Owner)");

  const mail = await waitForEmail(page.request, manager, { since, subject: /Access review in Reviews E2E/ });
  const link = mail.appLink ?? mail.links.find((l) => l.includes("/activity/reviews/"));
  expect(link).toBeTruthy();

  const reviewer = await secondBrowser(browser, testInfo);
  await signInAs(reviewer, manager, new URL(link!).pathname);
  await expect(reviewer.getByRole("heading", { name: /Spring review/ })).toBeVisible();
  await reviewer.getByRole("button", { name: "Decide on Val Viewer" }).click();
  const decide = reviewer.getByRole("dialog", { name: "Review Val Viewer" });
  await expect(decide.getByLabel(/Remove/)).toBeDisabled();
  await expect(decide).toContainText("You don't have permission to remove members.");
  await expectAccessible(reviewer, "access review decision dialog");
  await decide.getByLabel(/Keep/).check();
  await decide.getByLabel("Note").fill("Still on the project");
  await decide.getByRole("button", { name: "Save decision" }).click();
  await expect(decide).toBeHidden();
  await reviewer.getByRole("button", { name: "Decide on Dora Developer" }).click();
  await decide.page().getByRole("dialog", { name: "Review Dora Developer" }).getByLabel(/Change role/).check();
  await reviewer.getByRole("dialog", { name: "Review Dora Developer" }).getByLabel("New role").selectOption({ label: "Analyst" });
  await reviewer.getByRole("dialog", { name: "Review Dora Developer" }).getByRole("button", { name: "Save decision" }).click();
  await expect(reviewer.getByRole("dialog")).toBeHidden();
  await reviewer.context().close();

  await page.reload();
  const stat = (label: string) => page.locator("dl div", { has: page.getByText(label, { exact: true }) }).locator("dd");
  await expect(stat("Keep")).toHaveText("1");
  await expect(stat("Role changed")).toHaveText("1");
  await page.getByRole("button", { name: "Complete review" }).click();
  const confirm = page.getByRole("alertdialog", { name: /Complete Spring review/ });
  await expectAccessible(page, "complete review dialog");
  await confirm.getByRole("button", { name: "Complete review" }).click();
  await expect(page.getByText("Completed", { exact: true }).first()).toBeVisible();

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download report (CSV)" }).click();
  const records = await csvRecords(await downloading);
  expect(records[0]).toBe("Name,Email,Role at start,Decision,New role,Note,Decided by,Decided at (UTC),Outcome");
  expect(records.find((r) => r.startsWith("Val Viewer"))).toContain("Keep,,Still on the project,Manny Manager");
  expect(records.find((r) => r.startsWith("Dora Developer"))).toContain("Change role,Analyst");
  expect(records.find((r) => r.startsWith("Rita Owner"))).toContain("Not reviewed");
});
