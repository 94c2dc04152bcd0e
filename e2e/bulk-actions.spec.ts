// Bulk actions on the members table end to end, in the spec's own organization
// (e2e/fixtures/bulk-actions.ts): an Admin filters by department, selects rows and then "all 12
// matching", changes their role after a preview that counts who changes and who is skipped and
// why (an Owner the Admin may not change), sees the result and the new roles, and undoes it from
// the result toast; a bulk Disable undone from its Activity entry; the flow on a 390 px phone.
// The preview dialog passes axe (serious, critical) at both widths; a message's fields are checked
// as they are typed.
import { expect, test, type Locator, type Page } from "./helpers/test";
import { signInAs } from "./helpers/auth";
import { expectAccessible, expectFocusReturned } from "./helpers/axe";
import { BULK_ACTIONS_E2E_SLUG as slug, BULK_ACTIONS_PEOPLE as people, FIELD_AGENTS, SALES_REPS, SUPPORT_AGENTS } from "./fixtures/bulk-actions";

const MEMBERS = `/orgs/${slug}/members`;
const OWNER_ONLY = "Only an Owner can change an Owner.";
const BELOW_ADMIN = "You can only change members ranked below Admin.";

const table = (page: Page) => page.getByRole("table", { name: "Members" });
const rowOf = (page: Page, name: string) => table(page).getByRole("row").filter({ hasText: name });
const selectionBar = (page: Page) => page.getByRole("region", { name: "Selection" });
const toastWith = (page: Page, text: string) => page.locator("[data-sonner-toast]").filter({ hasText: text });

async function openBulkAction(page: Page, action: string): Promise<Locator> {
  await selectionBar(page).getByRole("button", { name: "Bulk actions" }).click();
  await page.getByRole("menuitem", { name: `${action}…` }).click();
  const dialog = page.getByRole("dialog", { name: action });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function expectRoles(page: Page, names: readonly string[], role: string): Promise<void> {
  for (const name of names) await expect(rowOf(page, name).getByText(role, { exact: true }).filter({ visible: true })).toBeVisible();
}

test("an Admin changes the role of everyone matching a filter, skipping the Owner, and undoes it from the toast", async ({ page }) => {
  test.slow();
  await signInAs(page, people.rolesAdmin.email, `${MEMBERS}?pageSize=10`);
  await page.getByRole("group", { name: "Filters" }).getByRole("button", { name: "Department" }).click();
  await page.getByRole("menuitemcheckbox", { name: "Sales" }).click();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/department=Sales/);
  await expect(page.getByText("Showing 1–10 of 12")).toBeVisible();
  // Name order: the Owner first, then Sales Rep 01–09; 10 and 11 are on page 2.
  await expect(table(page).getByRole("row")).toHaveCount(11);
  const repsOnPage = SALES_REPS.slice(0, 9).map((p) => p.name);

  // Two rows ticked: the preview counts exactly those two.
  await page.getByRole("checkbox", { name: `Select ${SALES_REPS[0]!.name}` }).click();
  await page.getByRole("checkbox", { name: `Select ${SALES_REPS[1]!.name}` }).click();
  await expect(selectionBar(page)).toContainText("2 members selected");
  let dialog = await openBulkAction(page, "Change role");
  await expect(dialog).toContainText("2 selected members.");
  await dialog.getByLabel("New role").selectOption("analyst");
  await expect(dialog.getByTestId("bulk-preview-change")).toHaveText("2 members will change");
  await expect(dialog.getByTestId("bulk-preview-skipped")).toHaveCount(0);
  await expect(dialog.getByRole("button", { name: "Change role (2)" })).toBeEnabled();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expectFocusReturned(selectionBar(page).getByRole("button", { name: "Bulk actions" }), "the bulk preview dialog");
  await expectRoles(page, repsOnPage, "Developer");

  // The whole page, then every member matching the filter (page 2 included).
  await page.getByRole("checkbox", { name: "Select all members on this page" }).click();
  await expect(selectionBar(page)).toContainText("10 members selected");
  await selectionBar(page).getByRole("button", { name: "Select all 12 matching" }).click();
  await expect(selectionBar(page)).toContainText("12 members selected (all matching the filters)");

  dialog = await openBulkAction(page, "Change role");
  await expect(dialog).toContainText("All 12 members matching the filter");
  // Their own role changes no one: every one of them is skipped, by reason, and Apply is off.
  await dialog.getByLabel("New role").selectOption("developer");
  await expect(dialog.getByTestId("bulk-preview-change")).toHaveText("0 members will change");
  await expect(dialog.getByTestId("bulk-preview-skipped").getByRole("listitem")).toHaveText([/^11 skipped: Already Developer/, new RegExp(`^1 skipped: ${OWNER_ONLY}`)]);
  await expect(dialog.getByRole("button", { name: "Change role (0)" })).toBeDisabled();
  await dialog.getByLabel("New role").selectOption("analyst");
  await expect(dialog.getByTestId("bulk-preview-change")).toHaveText("11 members will change");
  const skipped = dialog.getByTestId("bulk-preview-skipped");
  await expect(skipped.getByRole("listitem")).toHaveCount(1);
  await expect(skipped).toContainText(`1 skipped: ${OWNER_ONLY}`);
  await expect(skipped).toContainText(people.salesOwner.name);
  await expect(dialog).toContainText("You can undo this for 10 minutes.");
  await expectAccessible(page, "the bulk preview dialog");

  await dialog.getByRole("button", { name: "Change role (11)" }).click();
  await expect(dialog).toBeHidden();
  const result = toastWith(page, "Role changed: 11 members");
  await expect(result).toBeVisible();
  await expect(result).toContainText(`1 skipped: ${OWNER_ONLY}`);
  // The selection bar is gone with the selection: focus is on the table, not back at the page's top.
  await expect(table(page).locator("tbody tr:focus")).toHaveCount(1);
  // The table shows the new roles (the Owner kept hers) and the selection is gone.
  await expectRoles(page, repsOnPage, "Analyst");
  await expectRoles(page, [people.salesOwner.name], "Owner");
  await expect(selectionBar(page)).toBeHidden();

  await result.getByRole("button", { name: "Undo" }).click();
  await expect(toastWith(page, "Undone: 11 members restored")).toBeVisible();
  await expectRoles(page, repsOnPage, "Developer");

  // All twelve, page 2 included, as they were.
  await page.goto(`${MEMBERS}?department=Sales&role=developer&pageSize=25`);
  await expect(page.getByText("Showing 1–11 of 11")).toBeVisible();
  await page.goto(`${MEMBERS}?department=Sales&role=analyst`);
  await expect(page.getByText("No members match your filters")).toBeVisible();
});

test("a bulk Disable is undone from its Activity entry, and the members are active again", async ({ page }) => {
  test.slow();
  const agents = SUPPORT_AGENTS.map((p) => p.name);
  await signInAs(page, people.disableAdmin.email, `${MEMBERS}?department=Support`);
  await expect(page.getByText("Showing 1–4 of 4")).toBeVisible();
  await page.getByRole("checkbox", { name: "Select all members on this page" }).click();
  await expect(selectionBar(page)).toContainText("4 members selected");
  // Every row on the only page: there is nothing more to select.
  await expect(selectionBar(page).getByRole("button", { name: /^Select all \d+ matching/ })).toHaveCount(0);

  const dialog = await openBulkAction(page, "Disable");
  await expect(dialog.getByTestId("bulk-preview-change")).toHaveText("3 members will change");
  await expect(dialog.getByTestId("bulk-preview-skipped")).toContainText(`1 skipped: ${BELOW_ADMIN}`);
  await expect(dialog.getByTestId("bulk-preview-skipped")).toContainText(people.supportLead.name);
  await dialog.getByRole("button", { name: "Disable (3)" }).click();
  await expect(dialog).toBeHidden();
  await expect(toastWith(page, "Disabled: 3 members")).toBeVisible();
  await expectRoles(page, agents, "Inactive");
  await expectRoles(page, [people.supportLead.name], "Active");

  // The Activity entry of the bulk change, in full, with its Undo.
  await page.goto(`/orgs/${slug}/activity?action=members.bulk_disabled`);
  // Only this test's own rows: the tests beside it make bulk changes (and undo them) in this organization too.
  const log = page.getByRole("table", { name: "Activity log" });
  const mine = log.getByRole("row").filter({ hasText: people.disableAdmin.email });
  await expect(mine).toHaveCount(1);
  await mine.click();
  const event = page.getByRole("dialog", { name: "Disabled members in bulk" });
  await expect(event).toContainText("3 members changed");
  await expect(event).toContainText(`1 skipped: ${BELOW_ADMIN}`);
  await event.getByRole("button", { name: "Undo" }).click();
  await expect(toastWith(page, "Undone: 3 members restored")).toBeVisible();
  await expect(event).toBeHidden();

  // The undo is in the log too, and the members are back.
  await page.goto(`/orgs/${slug}/activity?action=members.bulk_undone`);
  await expect(page.getByRole("table", { name: "Activity log" }).getByRole("row").filter({ hasText: people.disableAdmin.email })).toHaveCount(1);
  await page.goto(`${MEMBERS}?department=Support`);
  await expectRoles(page, [...agents, people.supportLead.name], "Active");
  await page.goto(`${MEMBERS}?department=Support&status=inactive`);
  await expect(page.getByText("No members match your filters")).toBeVisible();
});

test("on a 390 px phone: search, select, preview (axe), apply and undo", async ({ page }) => {
  test.slow();
  const agents = FIELD_AGENTS.map((p) => p.name);
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, people.phoneAdmin.email, MEMBERS);
  await page.getByRole("searchbox", { name: "Search members by name, email, team or role" }).fill("Field Agent");
  await expect(page).toHaveURL(/q=Field/);
  await expect(table(page).getByRole("row")).toHaveCount(1 + agents.length);
  await expectRoles(page, agents, "Viewer");

  await page.getByRole("checkbox", { name: "Select all members on this page" }).click();
  await expect(selectionBar(page)).toContainText("4 members selected");

  // A message's fields are checked as they are typed; it is not sent here.
  const message = await openBulkAction(page, "Send message");
  await expect(message.getByText("Subject is required")).toBeVisible();
  await expect(message.getByRole("button", { name: "Send message" })).toBeDisabled();
  await message.getByLabel("Subject").fill("Shift change");
  await message.getByLabel("Message").fill("See https://example.test for the rota");
  await expect(message.getByText(/Message can't contain links/)).toBeVisible();
  await message.getByLabel("Message").fill("The rota changes on Monday.");
  await expect(message.getByTestId("bulk-preview-change")).toHaveText("4 members will get the message");
  await expect(message.getByRole("button", { name: "Send message (4)" })).toBeEnabled();
  await message.getByRole("button", { name: "Cancel" }).click();
  await expect(message).toBeHidden();

  const dialog = await openBulkAction(page, "Change role");
  await expect(dialog).toContainText("4 selected members.");
  await dialog.getByLabel("New role").selectOption("analyst");
  await expect(dialog.getByTestId("bulk-preview-change")).toHaveText("4 members will change");
  await expectAccessible(page, "the bulk preview dialog at 390 px");
  // The dialog fits the phone's width: Apply is on screen without scrolling sideways.
  const apply = dialog.getByRole("button", { name: "Change role (4)" });
  await expect(apply).toBeInViewport();
  await apply.click();
  await expect(dialog).toBeHidden();
  const result = toastWith(page, "Role changed: 4 members");
  await expect(result).toBeVisible();
  await expectRoles(page, agents, "Analyst");

  await result.getByRole("button", { name: "Undo" }).click();
  await expect(toastWith(page, "Undone: 4 members restored")).toBeVisible();
  await expectRoles(page, agents, "Viewer");
});
