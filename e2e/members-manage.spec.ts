// The members write path in the browser, in an organization of its own: create through the
// modal, edit, change a role from the badge, disable and re-enable, remove with confirmation,
// and a Manager held off an Admin by the UI and by the server.
import { expect, test, type Page } from "./helpers/test";
import { signInAs } from "./helpers/auth";
import { MEMBERS_E2E_SLUG } from "./fixtures/members";

const MEMBERS = `/orgs/${MEMBERS_E2E_SLUG}/members`;
const rowOf = (page: Page, text: string) => page.locator("tbody tr", { hasText: text });

async function openRowMenu(page: Page, name: string) {
  await page.getByRole("button", { name: `Actions for ${name}` }).click();
}

test("an Owner creates a member through the modal and sees them Pending in the table", async ({ page }) => {
  await signInAs(page, "owner@members-e2e.test", MEMBERS);
  await page.getByRole("button", { name: "Create" }).click();
  const dialog = page.getByRole("dialog", { name: "Create Member" });
  await expect(dialog).toBeVisible();

  // Field errors first: nothing filled in.
  await dialog.getByRole("button", { name: "Create Member" }).click();
  await expect(dialog.getByText("Full name is required")).toBeVisible();

  await dialog.getByLabel("Full Name").fill("Nina Newcomer");
  await dialog.getByLabel("Email Address").fill("Nina.Newcomer@Example.com");
  await dialog.getByLabel("Phone Number").fill("+1 555 0199");
  await dialog.getByLabel("Department").fill("Research");
  await dialog.getByLabel("Job Title").fill("Scientist");
  await dialog.getByRole("combobox", { name: /^Role/ }).selectOption("analyst");
  await dialog.getByRole("button", { name: "Create Member" }).click();
  await expect(dialog).toBeHidden();

  await page.goto(`${MEMBERS}?q=nina`);
  const row = rowOf(page, "nina.newcomer@example.com");
  await expect(row).toContainText("Pending");
  await expect(row).toContainText("Analyst");
  await expect(row).toContainText("Research");

  // The same address again is a clear error on the email field.
  await page.getByRole("button", { name: "Create" }).click();
  const again = page.getByRole("dialog", { name: "Create Member" });
  await again.getByLabel("Full Name").fill("Nina Again");
  await again.getByLabel("Email Address").fill("nina.newcomer@example.com");
  await again.getByLabel("Department").fill("Research");
  await again.getByRole("button", { name: "Create Member" }).click();
  await expect(again.getByText("This person has already been invited.")).toBeVisible();
});

test("an Admin edits a member's department from the row menu and the table updates", async ({ page }) => {
  await signInAs(page, "admin@members-e2e.test", `${MEMBERS}?q=dev%40members`);
  await openRowMenu(page, "Dev Eloper");
  await page.getByRole("menuitem", { name: "Edit member" }).click();
  const dialog = page.getByRole("dialog", { name: "Edit Member" });
  await expect(dialog.getByLabel("Full Name")).toHaveValue("Dev Eloper");
  await dialog.getByLabel("Department").fill("Platform Engineering");
  await dialog.getByRole("button", { name: "Update Member" }).click();
  await expect(dialog).toBeHidden();
  await expect(rowOf(page, "dev@members-e2e.test")).toContainText("Platform Engineering");
  await page.reload();
  await expect(rowOf(page, "dev@members-e2e.test")).toContainText("Platform Engineering");
});

test("an Owner changes a role from the role badge", async ({ page }) => {
  await signInAs(page, "owner@members-e2e.test", `${MEMBERS}?q=analyst%40members`);
  await page.getByRole("button", { name: /Change role of Ana Lyst/ }).click();
  await page.getByRole("menuitem", { name: "Developer" }).click();
  await expect(page.getByText("Ana Lyst is now Developer.")).toBeVisible();
  await page.reload();
  await expect(rowOf(page, "analyst@members-e2e.test")).toContainText("Developer");
});

test("disabling takes access away at once; re-enabling gives it back", async ({ page, browser }) => {
  const dana = await browser.newContext();
  const danaPage = await dana.newPage();
  await signInAs(danaPage, "disable-me@members-e2e.test", MEMBERS);
  await expect(danaPage.getByRole("heading", { name: "Members" })).toBeVisible();

  await signInAs(page, "admin@members-e2e.test", `${MEMBERS}?q=disable-me`);
  await openRowMenu(page, "Dana Disabled");
  await page.getByRole("menuitem", { name: "Disable member" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Disable Dana Disabled?" });
  await expect(confirm).toContainText("disable-me@members-e2e.test");
  await confirm.getByRole("button", { name: "Disable member" }).click();
  await expect(rowOf(page, "disable-me@members-e2e.test")).toContainText("Inactive");

  // Dana's existing session gets nothing from this organization any more.
  const response = await danaPage.goto(MEMBERS);
  expect(response?.status()).toBe(404);

  await openRowMenu(page, "Dana Disabled");
  await page.getByRole("menuitem", { name: "Re-enable member" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Re-enable member" }).click();
  await expect(rowOf(page, "disable-me@members-e2e.test")).toContainText("Active");
  const back = await danaPage.goto(MEMBERS);
  expect(back?.status()).toBe(200);
  await dana.close();
});

test("removing asks for confirmation naming the person, then the member is gone", async ({ page }) => {
  await signInAs(page, "owner@members-e2e.test", `${MEMBERS}?q=remove-me`);
  await openRowMenu(page, "Rex Removed");
  await page.getByRole("menuitem", { name: "Remove member" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Remove Rex Removed?" });
  await expect(confirm).toContainText("remove-me@members-e2e.test");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(rowOf(page, "remove-me@members-e2e.test")).toBeVisible();

  await openRowMenu(page, "Rex Removed");
  await page.getByRole("menuitem", { name: "Remove member" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove member" }).click();
  await expect(page.getByText("No members match your filters")).toBeVisible();
});

test("a Manager can't edit an Admin: the control says why, and a forged request is refused", async ({ page }) => {
  await signInAs(page, "manager@members-e2e.test", `${MEMBERS}?q=admin%40members`);
  await openRowMenu(page, "Ada Admin");
  const edit = page.getByRole("menuitem", { name: /Edit member/ });
  await expect(edit).toHaveAttribute("aria-disabled", "true");
  await expect(edit).toContainText("You can only change members ranked below Manager.");
  await page.keyboard.press("Escape");

  // Capture a real server-action call the Manager is allowed to make (a Viewer's role)...
  await page.goto(`${MEMBERS}?q=viewer%40members`);
  // A retry finds the role this test already gave: it then changes it back.
  const roleButton = page.getByRole("button", { name: /Change role of Vic Viewer/ });
  const [role, label] = /Analyst/.test((await roleButton.textContent()) ?? "") ? ["viewer", "Viewer"] : ["analyst", "Analyst"];
  // The role change's own call (other server functions, such as the notification bell's, also post).
  const actionRequest = page.waitForRequest(
    (r) => r.method() === "POST" && Boolean(r.headers()["next-action"]) && (r.postData() ?? "").includes(`"role":"${role}"`),
  );
  await roleButton.click();
  await page.getByRole("menuitem", { name: label }).click();
  const captured = await actionRequest;
  await expect(page.getByText(`Vic Viewer is now ${label}.`)).toBeVisible();

  // ...and replay it against the Admin, as a hand-made request would.
  await page.goto(`${MEMBERS}?q=admin%40members`);
  await rowOf(page, "admin@members-e2e.test").click();
  await expect(page).toHaveURL(/member=/);
  const adminId = new URL(page.url()).searchParams.get("member")!;
  const forged = await page.request.post(captured.url(), {
    headers: { "next-action": captured.headers()["next-action"]!, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
    data: JSON.stringify([MEMBERS_E2E_SLUG, { memberId: adminId, role: "viewer" }]),
  });
  expect(await forged.text()).toContain("You can only change members ranked below Manager.");
  await page.goto(`${MEMBERS}?q=admin%40members`);
  await expect(rowOf(page, "admin@members-e2e.test")).toContainText("Admin");
});
