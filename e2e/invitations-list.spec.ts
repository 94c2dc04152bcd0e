// The Invitations view in the browser: an Admin invites through Create Member, finds the
// invitation with its state, resends it (a second email; the first link stops working), changes
// its role, cancels it and gets the seat back; every delivery state explained; filters; a Viewer
// kept out; housekeeping (a declined invitation sent again, one removed from its menu, several
// removed through the selection); and screenshots of the view and its dialogs at desktop and phone sizes.
import { expect, test, type Page } from "./helpers/test";
import { readMailbox, signInAs, waitForEmail } from "./helpers/auth";
import {
  INVITES_E2E_PEOPLE,
  INVITES_E2E_SLUG,
  INVITES_STATES_PEOPLE,
  INVITES_STATES_SLUG,
  INVITES_TIDY_PEOPLE,
  INVITES_TIDY_SLUG,
  TIDY_DECLINED_TOKEN,
} from "./fixtures/invitations-list";

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
  // Cells: the selection checkbox, email, role, status, …
  await expect(row.getByRole("cell").nth(2)).toHaveText("Analyst");

  // Cancel, confirmed in a dialog that names the address.
  await openMenu(page, email);
  await page.getByRole("menuitem", { name: "Cancel invitation" }).click();
  const cancel = page.getByRole("alertdialog", { name: `Cancel the invitation to ${email}?` });
  await expect(cancel.getByRole("button", { name: "Keep invitation" })).toBeVisible();
  await cancel.getByRole("button", { name: "Cancel invitation" }).click();
  await expect(cancel).toBeHidden();
  await expect(row).toContainText("Cancelled");
  await expect(row.getByRole("cell").nth(3)).toHaveText("Cancelled");

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
  // A declined invitation can be sent again (as a new one) and removed; a pending one can't be removed.
  await openMenu(page, "fay.declined@example.com");
  await expect(page.getByRole("menuitem", { name: "Send again" })).not.toHaveAttribute("data-disabled");
  await expect(page.getByRole("menuitem", { name: "Remove from list" })).not.toHaveAttribute("data-disabled");
  await expect(page.getByRole("menuitem", { name: /Cancel invitation/ })).toContainText("This invitation is declined.");
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: /^Pending/ }).click();
  await page.getByRole("searchbox", { name: "Search invitations by email" }).fill("ada");
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await openMenu(page, "ada.delivered@example.com");
  await expect(page.getByRole("menuitem", { name: /Remove from list/ })).toHaveAttribute("data-disabled", "");
  await expect(page.getByRole("menuitem", { name: /Remove from list/ })).toContainText("Cancel this pending invitation first.");
});

test("a Viewer is told they have no access to invitations and sees none", async ({ page }) => {
  await signInAs(page, INVITES_STATES_PEOPLE.viewer.email, orgPath(INVITES_STATES_SLUG, "invitations"));
  await expect(page.getByRole("heading", { name: "You don't have access to invitations" })).toBeVisible();
  await expect(page.getByText("ada.delivered@example.com")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Invite someone" })).toHaveCount(0);
});

// Housekeeping in the organization seeded with invitations that are over; one after another, since
// sending again takes a seat and removing an expired invitation frees one.
test.describe("housekeeping", () => {
  test.describe.configure({ mode: "serial" });
  const email = { again: "hana.declined@example.com", single: "ivo.declined@example.com" };
  const seatsAt = async (page: Page, used: number) => {
    await page.goto(orgPath(INVITES_TIDY_SLUG, "members"));
    await expect(page.getByRole("region", { name: "Seats" })).toContainText(`${used} / 10 seats used`);
  };

  test("an Admin sends a declined invitation again: a new link that works, the declined one kept with its link dead, a seat taken", async ({ page }) => {
    test.setTimeout(120_000);
    await signInAs(page, INVITES_TIDY_PEOPLE.admin.email, orgPath(INVITES_TIDY_SLUG, "members"));
    await seatsAt(page, 5); // three members, a pending and an expired invitation
    await page.goto(orgPath(INVITES_TIDY_SLUG, "invitations"));
    await expect(rowOf(page, email.again)).toContainText("Declined");

    const sentAt = new Date();
    await openMenu(page, email.again);
    await page.getByRole("menuitem", { name: "Send again" }).click();
    const dialog = page.getByRole("alertdialog", { name: `Send the invitation to ${email.again} again?` });
    await expect(dialog).toContainText("The declined invitation stays in the list.");
    await dialog.getByRole("button", { name: "Send again" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`New invitation sent to ${email.again}.`)).toBeVisible();
    await expect(rowOf(page, email.again)).toHaveCount(2);
    await expect(rowOf(page, email.again).nth(0).getByRole("cell").nth(3)).toHaveText("Pending");
    await expect(rowOf(page, email.again).nth(1).getByRole("cell").nth(3)).toHaveText("Declined");

    const mail = await waitForEmail(page.request, email.again, { since: sentAt, subject: /invited you/i });
    const invitee = await page.context().browser()!.newPage();
    await invitee.goto(inviteLink(mail.links));
    await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("Invites Tidy");
    await invitee.goto(`/invite/${TIDY_DECLINED_TOKEN}`);
    await expect(invitee.getByRole("heading", { level: 1 })).toHaveText(/declined/i);
    await invitee.close();
    await seatsAt(page, 6);
  });

  test("an Admin removes a declined invitation from its menu after confirming; the activity log keeps it", async ({ page }) => {
    await signInAs(page, INVITES_TIDY_PEOPLE.admin.email, orgPath(INVITES_TIDY_SLUG, "invitations"));
    await openMenu(page, email.single);
    await page.getByRole("menuitem", { name: "Remove from list" }).click();
    const dialog = page.getByRole("alertdialog", { name: `Remove the invitation to ${email.single}?` });
    await expect(dialog).toContainText("Its history stays in the activity log.");
    await dialog.getByRole("button", { name: "Keep it" }).click();
    await expect(dialog).toBeHidden();
    await expect(rowOf(page, email.single)).toHaveCount(1);

    await openMenu(page, email.single);
    await page.getByRole("menuitem", { name: "Remove from list" }).click();
    await dialog.getByRole("button", { name: "Remove invitation" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Invitation to ${email.single} removed.`)).toBeVisible();
    await expect(rowOf(page, email.single)).toHaveCount(0);

    await page.goto(`${orgPath(INVITES_TIDY_SLUG, "activity")}?action=invitation.removed`);
    const log = page.getByRole("table", { name: "Activity log" });
    await expect(log.getByRole("row")).toHaveCount(2);
    await expect(log.getByRole("row").nth(1)).toContainText(email.single);
  });

  test("an Admin selects several invitations and removes them at once: the pending one stays, the expired one's seat comes back", async ({ page }) => {
    await signInAs(page, INVITES_TIDY_PEOPLE.admin.email, orgPath(INVITES_TIDY_SLUG, "members"));
    await seatsAt(page, 6);
    await page.goto(orgPath(INVITES_TIDY_SLUG, "invitations"));
    const picked = ["jo.expired@example.com", "kim.cancelled@example.com", "lu.declined@example.com", "mo.pending@example.com"];
    for (const address of picked) await page.getByRole("checkbox", { name: `Select ${address}` }).click();
    const bar = page.getByRole("region", { name: "Selection" });
    await expect(bar).toContainText("4 invitations selected");
    await bar.getByRole("button", { name: "Remove…" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Remove 3 invitations?" });
    await expect(dialog).toContainText("1 other selected invitation stays");
    await dialog.getByRole("button", { name: "Remove invitations" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText("Removed 3 invitations.")).toBeVisible();
    await expect(page.getByText("1 invitation kept: pending (cancel them first).")).toBeVisible();
    for (const address of picked.slice(0, 3)) await expect(rowOf(page, address)).toHaveCount(0);
    await expect(rowOf(page, "mo.pending@example.com")).toContainText("Pending");
    await expect(bar).toBeHidden();

    // Only a pending invitation ticked: nothing to remove, and the bar says why.
    await page.getByRole("checkbox", { name: "Select mo.pending@example.com" }).click();
    await expect(bar.getByRole("button", { name: "Remove…" })).toBeDisabled();
    await expect(bar).toContainText("Only declined, expired and cancelled invitations can be removed.");

    await page.goto(`${orgPath(INVITES_TIDY_SLUG, "activity")}?action=invitations.bulk_removed`);
    await expect(page.getByRole("table", { name: "Activity log" }).getByRole("row")).toHaveCount(2);
    await seatsAt(page, 5);
  });
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

    await openMenu(page, "fay.declined@example.com");
    await page.getByRole("menuitem", { name: "Send again" }).click();
    await expect(page.getByRole("alertdialog")).toBeVisible();
    await shot("send-again-dialog");
    await page.getByRole("button", { name: "Not now" }).click();

    await openMenu(page, "fay.declined@example.com");
    await page.getByRole("menuitem", { name: "Remove from list" }).click();
    await expect(page.getByRole("alertdialog")).toBeVisible();
    await shot("remove-dialog");
    await page.getByRole("button", { name: "Keep it" }).click();

    for (const address of ["fay.declined@example.com", "di.expired@example.com", "ada.delivered@example.com"]) {
      await page.getByRole("checkbox", { name: `Select ${address}` }).click();
    }
    await page.getByRole("region", { name: "Selection" }).getByRole("button", { name: "Remove…" }).click();
    await expect(page.getByRole("alertdialog", { name: "Remove 2 invitations?" })).toBeVisible();
    await shot("bulk-remove-dialog");
    await page.getByRole("button", { name: "Keep them" }).click();

    const viewer = await browser.newContext({ baseURL: testInfo.project.use.baseURL, viewport });
    const viewerPage = await viewer.newPage();
    await signInAs(viewerPage, INVITES_STATES_PEOPLE.viewer.email, orgPath(INVITES_STATES_SLUG, "invitations"));
    await expect(viewerPage.getByRole("heading", { name: "You don't have access to invitations" })).toBeVisible();
    await viewerPage.screenshot({ path: `screenshots/invitations-no-access-${device}.png` });
    await Promise.all([context.close(), viewer.close()]);
  });
}
