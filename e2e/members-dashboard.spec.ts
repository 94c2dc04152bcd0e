// The members dashboard, read path: sign-in, totals, search, URL filters, the view modal,
// what a Viewer sees, and tenant separation.
import fs from "node:fs";
import { expect, test } from "./helpers/test";
import { signInAs, signInLinkFrom, waitForEmail } from "./helpers/auth";
import { E2E_STATE_FILE } from "./server-env";

interface Expected {
  acmeTotals: { total: number; active: number; inactive: number; pending: number };
}
const expected = (): Expected => JSON.parse(fs.readFileSync(E2E_STATE_FILE, "utf8")) as Expected;

async function expectSortInUrl(page: import("@playwright/test").Page, sort: string, dir: "asc" | "desc") {
  await expect(page).toHaveURL((url) => url.searchParams.get("sort") === sort && (url.searchParams.get("dir") ?? "asc") === dir);
}

function card(page: import("@playwright/test").Page, label: string) {
  return page.getByRole("region", { name: "Member summary" }).locator("div", { has: page.getByText(label, { exact: true }) }).locator("dd").first();
}

// A Developer here: nobody else signs in as dev@acme.test, so no parallel test can take this link.
test("a member signs in through the mailbox link and sees totals that match the database", async ({ page }) => {
  const since = new Date();
  await page.goto("/orgs/acme/members");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel(/email/i).fill("dev@acme.test");
  await page.getByRole("button", { name: /sign-in link/i }).click();
  await expect(page).toHaveURL(/check-email/);

  const message = await waitForEmail(page.request, "dev@acme.test", { since, subject: /sign in/i });
  await page.goto(signInLinkFrom(message));
  await expect(page).toHaveURL(/\/orgs\/acme\/members/);

  const totals = expected().acmeTotals;
  await expect(card(page, "Total Members")).toHaveText(totals.total.toLocaleString("en-US"));
  await expect(card(page, "Active")).toHaveText(totals.active.toLocaleString("en-US"));
  await expect(card(page, "Inactive")).toHaveText(totals.inactive.toLocaleString("en-US"));
  await expect(card(page, "Pending")).toHaveText(totals.pending.toLocaleString("en-US"));
  await expect(page.getByRole("navigation", { name: "Pagination" })).toContainText(`of ${totals.total}`);
});

test("search narrows the table, and a filter in the URL survives a reload", async ({ page }) => {
  await signInAs(page, "owner@acme.test", "/orgs/acme/members");
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  const before = await rows.count();

  await page.getByRole("searchbox", { name: /search members/i }).or(page.getByLabel(/search members/i)).first().fill("Olivia Bennett");
  await expect(page).toHaveURL(/q=Olivia/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("owner@acme.test");
  expect(before).toBeGreaterThan(1);

  await page.goto("/orgs/acme/members?status=inactive");
  await expect(rows.first()).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL(/status=inactive/);
  const statuses = await page.locator("tbody tr").allInnerTexts();
  expect(statuses.length).toBeGreaterThan(0);
  for (const row of statuses) expect(row).toContain("Inactive");
  await expect(page.getByRole("navigation", { name: "Pagination" })).toContainText(`of ${expected().acmeTotals.inactive}`);
});

test("column headers sort the list through the URL and say which way it is sorted", async ({ page }) => {
  await signInAs(page, "owner@acme.test", "/orgs/acme/members");
  const rows = page.locator("tbody tr");
  const joined = page.getByRole("columnheader", { name: "Joined", exact: true });
  await expect(joined).not.toHaveAttribute("aria-sort");

  // Dates sort newest first on the first press, then the other way.
  await joined.getByRole("button", { name: "Joined" }).click();
  await expectSortInUrl(page, "joined", "desc");
  await expect(joined).toHaveAttribute("aria-sort", "descending");
  const newest = await rows.first().innerText();
  await joined.getByRole("button", { name: "Joined" }).click();
  await expectSortInUrl(page, "joined", "asc");
  await expect(joined).toHaveAttribute("aria-sort", "ascending");
  await expect(rows.first()).not.toHaveText(newest);
  await expect(page.getByRole("columnheader", { name: "Member", exact: true })).not.toHaveAttribute("aria-sort");

  // Text columns sort A–Z first; columns that cannot sort (Teams) have no button.
  const department = page.getByRole("columnheader", { name: "Department", exact: true });
  await department.getByRole("button", { name: "Department" }).click();
  await expectSortInUrl(page, "department", "asc");
  await expect(department).toHaveAttribute("aria-sort", "ascending");
  await expect(page.getByRole("columnheader", { name: "Teams", exact: true }).getByRole("button")).toHaveCount(0);

  // The Teams list sorts the same way.
  await page.goto("/orgs/acme/teams");
  const members = page.getByRole("columnheader", { name: "Members", exact: true });
  await members.getByRole("button", { name: "Members" }).click();
  await expectSortInUrl(page, "members", "desc");
  await expect(members).toHaveAttribute("aria-sort", "descending");
});

test("clicking a member opens the view modal with its sections", async ({ page }) => {
  await signInAs(page, "owner@acme.test", "/orgs/acme/members?q=admin%40acme.test");
  await page.locator("tbody tr").first().click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("admin@acme.test");
  for (const section of ["Basic Information", "Role & Permissions", "Group Assignments"]) {
    await expect(dialog.getByText(section, { exact: true })).toBeVisible();
  }
  await expect(page).toHaveURL(/member=/);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("the view modal links to the member's full profile", async ({ page }) => {
  await signInAs(page, "owner@acme.test", "/orgs/acme/members?q=admin%40acme.test");
  await page.locator("tbody tr").first().click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("Basic Information");
  const memberId = new URL(page.url()).searchParams.get("member")!;
  await dialog.getByRole("link", { name: "Open full profile" }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/acme/members/${memberId}$`));
});

test("Pending rows show when they were invited; Export CSV carries the page's filters", async ({ page }) => {
  await signInAs(page, "owner@acme.test", "/orgs/acme/members?status=pending");
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.allInnerTexts()) expect(row).toMatch(/Invited \w{3} \d{1,2}, \d{4}/);
  const exportLink = page.getByRole("link", { name: "Export CSV" });
  await expect(exportLink).toHaveAttribute("href", "/orgs/acme/members/export?status=pending");
});

test("a Viewer sees no admin actions", async ({ page }) => {
  await signInAs(page, "viewer@acme.test", "/orgs/acme/members");
  await expect(page.locator("tbody tr").first()).toBeVisible();
  await expect(page.getByRole("button", { name: /create|invite|import/i })).toHaveCount(0);
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  // Exporting is for Owners, Admins and Analysts (data.export).
  await expect(page.getByRole("link", { name: "Export CSV" })).toHaveCount(0);
  await page.getByRole("button", { name: /^Actions for / }).first().click();
  const menu = page.getByRole("menu");
  await expect(menu).toBeVisible();
  await expect(menu.getByRole("menuitem", { name: /edit|remove|delete|disable/i })).toHaveCount(0);
});

test("a member of acme asking for globex gets a 404", async ({ page }) => {
  await signInAs(page, "admin@acme.test", "/orgs/acme/members");
  const response = await page.goto("/orgs/globex/members");
  expect(response?.status()).toBe(404);
  await expect(page.getByText(/Olivia Bennett|globex\.test/)).toHaveCount(0);
});
