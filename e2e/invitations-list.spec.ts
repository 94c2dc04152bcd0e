// The Invitations view in the browser: an Admin invites through Create Member, finds the
// invitation with its state, resends it (a second email; the first link stops working), changes
// its role, cancels it and gets the seat back; every delivery state explained; filters; a Viewer
// kept out; and screenshots of the view and its dialogs at desktop and phone sizes.
import { expect, test, type Page } from "./helpers/test";
import { readMailbox, signInAs, waitForEmail } from "./helpers/auth";
import { INVITES_E2E_PEOPLE, INVITES_E2E_SLUG, INVITES_STATES_PEOPLE, INVITES_STATES_SLUG } from "./fixtures/invitations-list";

const orgPath = (slug: string, section: string) => `/orgs/${slug}/${section}`;
const rowOf = (page: Page, email: string) => page.locator("tbody tr", { hasText: email });
const openMenu = (page: Page, email: string) => page.getByRole("button", { name: `Actions for ${email}` }).click();
const inviteLink = (links: string[]) => links.find((l) => l.includes("/invite/"))!;

test("an Admin invites, resends, changes the role and cancels from the Invitations view; the seat comes back", async ({ page }) => {
  test.setTimeout(180_000);
  const email = `pat.${Date.now().toString(36)}@example.com`;
  await signInAs(page, INVITES_E2E_PEOPLE.admin.email, orgPath(INVITES_E2E_SLUG, "members"));
  const seats = page.getByRole("region", { name: "Seats" });
  await expect(seats).toContainText("3 / 10 seats used");

  const invitedAt = new Date();
  await page.getByRole("button", { name: "Create" }).click();
  const create = page.getByRole("dialog", { name: "Create Member" });
  await create.getByLabel("Full Name").fill("Pat Newcomer");
  await create.getByLabel("Email Address").fill(email);
  await create.getByLabel("Department").fill("Support");
  await create.getByRole("button", { name: "Create Member" }).click();
  await expect(create).toBeHidden();
  await expect(seats).toContainText("4 / 10 seats used");
  const first = await waitForEmail(page.request, email, { since: invitedAt, subject: /invited you/i });

  await page.getByRole("link", { name: "Invitations", exact: true }).filter({ visible: true }).click();
  await expect(page.getByRole("heading", { name: "Invitations", level: 1 })).toBeVisible();
  const row = rowOf(page, email);
  await expect(row).toContainText("Pending");
  await expect(row).toContainText("Developer");
  await expect(row).toContainText(INVITES_E2E_PEOPLE.admin.name);
  await expect(row.getByTestId("delivery-state").last()).toContainText("In dev mailbox");

  // Resend: a second email with a new link; the first link no longer opens the invitation.
  const resentAt = new Date();
  await openMenu(page, email);
  await page.getByRole("menuitem", { name: "Resend invitation" }).click();
  const resend = page.getByRole("alertdialog", { name: `Resend the invitation to ${email}?` });
  await resend.getByRole("button", { name: "Resend invitation" }).click();
  await expect(resend).toBeHidden();
  await expect(page.getByText(`Invitation sent again to ${email}.`)).toBeVisible();
  const second = await waitForEmail(page.request, email, { since: resentAt, subject: /^Reminder:/ });
  expect(await readMailbox(page.request, email)).toHaveLength(2);
  expect(inviteLink(second.links)).not.toBe(inviteLink(first.links));
  const invitee = await page.context().browser()!.newPage();
  await invitee.goto(inviteLink(second.links));
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("Invites E2E");
  await invitee.goto(inviteLink(first.links));
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText(/invalid|no longer/i);
  await invitee.close();

  // Change the role of the pending invitation.
  await openMenu(page, email);
  await page.getByRole("menuitem", { name: "Change role and teams" }).click();
  const change = page.getByRole("dialog", { name: "Change invitation" });
  await change.getByLabel("Role").selectOption("analyst");
  await change.getByRole("button", { name: "Save changes" }).click();
  await expect(change).toBeHidden();
  await expect(row.getByRole("cell").nth(1)).toHaveText("Analyst");

  // Cancel, confirmed in a dialog that names the address.
  await openMenu(page, email);
  await page.getByRole("menuitem", { name: "Cancel invitation" }).click();
  const cancel = page.getByRole("alertdialog", { name: `Cancel the invitation to ${email}?` });
  await expect(cancel.getByRole("button", { name: "Keep invitation" })).toBeVisible();
  await cancel.getByRole("button", { name: "Cancel invitation" }).click();
  await expect(cancel).toBeHidden();
  await expect(row).toContainText("Cancelled");
  await expect(row.getByRole("cell").nth(2)).toHaveText("Cancelled");

  await page.goto(`${orgPath(INVITES_E2E_SLUG, "members")}?q=${encodeURIComponent(email)}`);
  await expect(page.getByRole("region", { name: "Seats" })).toContainText("3 / 10 seats used");
  await expect(page.getByText("No members match your filters")).toBeVisible();
});

test("every invitation state and delivery state is spelled out, and the list filters by status and email", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, INVITES_STATES_PEOPLE.admin.email, orgPath(INVITES_STATES_SLUG, "invitations"));
  const delivery = (email: string) => rowOf(page, email).getByTestId("delivery-state").last();
  await expect(delivery("ada.delivered@example.com")).toContainText("Delivered");
  await expect(delivery("bo.retrying@example.com")).toContainText(/Sending failed — retrying at .+ UTC/);
  await expect(delivery("bo.retrying@example.com")).toContainText("HTTP 503");
  await expect(delivery("gil.refused@example.com")).toContainText("Not delivered");
  await expect(delivery("gil.refused@example.com")).toContainText("Invalid `to` field.");
  await expect(delivery("cy.bounced@example.com")).toContainText("Bounced");
  await expect(rowOf(page, "di.expired@example.com")).toContainText(/Expired 2 days ago/);

  await page.getByRole("button", { name: /^Bounced/ }).click();
  await expect(page).toHaveURL(/status=bounced/);
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await expect(rowOf(page, "cy.bounced@example.com")).toBeVisible();

  await page.getByRole("button", { name: /^All/ }).click();
  await page.getByRole("searchbox", { name: "Search invitations by email" }).fill("declined");
  await expect(page).toHaveURL(/q=declined/);
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await openMenu(page, "fay.declined@example.com");
  await expect(page.getByRole("menuitem", { name: /Resend invitation/ })).toHaveAttribute("data-disabled", "");
  await expect(page.getByRole("menuitem", { name: /Resend invitation/ })).toContainText("This invitation is declined.");
  await expect(page.getByRole("menuitem", { name: "Invite again…" })).toHaveAttribute("href", orgPath(INVITES_STATES_SLUG, "members?create=1"));
});

test("a Viewer is told they have no access to invitations and sees none", async ({ page }) => {
  await signInAs(page, INVITES_STATES_PEOPLE.viewer.email, orgPath(INVITES_STATES_SLUG, "invitations"));
  await expect(page.getByRole("heading", { name: "You don't have access to invitations" })).toBeVisible();
  await expect(page.getByText("ada.delivered@example.com")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Invite someone" })).toHaveCount(0);
});

for (const [device, viewport] of [
  ["desktop", { width: 1280, height: 800 }],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test(`screenshots of the Invitations view and its dialogs (${device})`, async ({ browser }, testInfo) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, viewport });
    const page = await context.newPage();
    const shot = (name: string) => page.screenshot({ path: `screenshots/invitations-${name}-${device}.png` });
    await signInAs(page, INVITES_STATES_PEOPLE.admin.email, orgPath(INVITES_STATES_SLUG, "invitations"));
    await expect(rowOf(page, "ada.delivered@example.com")).toBeVisible();
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: `screenshots/invitations-list-${device}.png`, fullPage: true });

    await openMenu(page, "bo.retrying@example.com");
    await shot("row-menu");
    await page.getByRole("menuitem", { name: "Resend invitation" }).click();
    await expect(page.getByRole("alertdialog")).toBeVisible();
    await shot("resend-dialog");
    await page.getByRole("button", { name: "Not now" }).click();

    await openMenu(page, "bo.retrying@example.com");
    await page.getByRole("menuitem", { name: "Change role and teams" }).click();
    await expect(page.getByRole("dialog", { name: "Change invitation" })).toBeVisible();
    await shot("change-dialog");
    await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();

    await openMenu(page, "bo.retrying@example.com");
    await page.getByRole("menuitem", { name: "Cancel invitation" }).click();
    await expect(page.getByRole("alertdialog")).toBeVisible();
    await shot("cancel-dialog");
    await page.getByRole("button", { name: "Keep invitation" }).click();

    const viewer = await browser.newContext({ baseURL: testInfo.project.use.baseURL, viewport });
    const viewerPage = await viewer.newPage();
    await signInAs(viewerPage, INVITES_STATES_PEOPLE.viewer.email, orgPath(INVITES_STATES_SLUG, "invitations"));
    await expect(viewerPage.getByRole("heading", { name: "You don't have access to invitations" })).toBeVisible();
    await viewerPage.screenshot({ path: `screenshots/invitations-no-access-${device}.png` });
    await Promise.all([context.close(), viewer.close()]);
  });
}
