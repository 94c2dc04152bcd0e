// Teams end to end, in the spec's own organization (e2e/fixtures/teams.ts): a Manager creates and
// renames a team, adds members with team roles, finds the team in the members table and its
// filter, removes a member and deletes the team; a Viewer sees teams without any controls.
import { expect, test, type Page } from "./helpers/test";
import { TEAMS_E2E_PEOPLE as people, TEAMS_E2E_SLUG as slug } from "./fixtures/teams";
import { signInAs } from "./helpers/auth";

const teamsUrl = `/orgs/${slug}/teams`;

async function createTeam(page: Page, name: string, description: string) {
  await page.goto(teamsUrl);
  await page.getByRole("button", { name: "Create team" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create team" });
  await dialog.getByLabel("Team name").fill(name);
  await dialog.getByLabel("Description").fill(description);
  await dialog.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

async function addMember(page: Page, person: { name: string }, search: string, role: "Maintainer" | "Member") {
  await page.getByRole("button", { name: "Add members" }).click();
  const dialog = page.getByRole("dialog", { name: /^Add members to/ });
  await dialog.getByLabel("Search members").fill(search);
  await dialog.getByRole("checkbox", { name: `Select ${person.name}` }).check();
  await expect(dialog.getByRole("list", { name: /Selected/ })).toContainText(person.name);
  await dialog.getByLabel("Team role").selectOption({ label: role });
  await dialog.getByRole("button", { name: "Add 1 member" }).click();
  await expect(dialog).toBeHidden();
}

const memberRow = (page: Page, name: string) => page.getByRole("row").filter({ hasText: name });

test("a Manager creates, renames and staffs a team, finds it on the members page, then takes it apart", async ({ page }) => {
  test.slow(); // one long story: a dozen page loads and five dialogs
  const { developer: dana, analyst: ari } = people;
  await signInAs(page, people.manager.email, teamsUrl);
  await createTeam(page, "Platform", "Runs the build");
  await expect(page.getByText("0 members", { exact: false })).toBeVisible();

  // A duplicate name, in another case, is refused in the dialog.
  await page.goto(teamsUrl);
  await page.getByRole("button", { name: "Create team" }).first().click();
  const duplicate = page.getByRole("dialog", { name: "Create team" });
  await duplicate.getByLabel("Team name").fill("PLATFORM");
  await duplicate.getByRole("button", { name: "Create team" }).click();
  await expect(duplicate.getByText("A team with this name already exists")).toBeVisible();
  await duplicate.getByRole("button", { name: "Cancel" }).click();

  // Rename and describe from the list's menu.
  await page.getByRole("button", { name: "Actions for team Platform" }).click();
  await page.getByRole("menuitem", { name: "Edit team" }).click();
  const edit = page.getByRole("dialog", { name: "Edit team" });
  await expect(edit.getByLabel("Team name")).toHaveValue("Platform");
  await edit.getByLabel("Team name").fill("Platform Core");
  await edit.getByLabel("Description").fill("Builds and runs the platform");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit).toBeHidden();
  const listed = page.getByRole("row").filter({ hasText: "Platform Core" });
  await expect(listed).toContainText("Builds and runs the platform");
  await expect(listed).toContainText("0 members");

  // Add Dana as a Maintainer (found by name) and Ari as a Member (found by email).
  await listed.getByRole("link", { name: "Platform Core" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Platform Core" })).toBeVisible();
  await addMember(page, dana, "dana", "Maintainer");
  await expect(page.getByLabel(`Team role of ${dana.name}`)).toHaveValue("maintainer");
  await addMember(page, ari, "ari.analyst@", "Member");
  await expect(page.getByLabel(`Team role of ${ari.name}`)).toHaveValue("member");
  await expect(page.getByText("2 members ·")).toBeVisible();

  // Ari becomes a Maintainer too; the choice survives a reload.
  await page.getByLabel(`Team role of ${ari.name}`).selectOption("maintainer");
  await expect(page.getByText(`${ari.name} is now a Maintainer of Platform Core.`)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(`Team role of ${ari.name}`)).toHaveValue("maintainer");
  const teamUrl = page.url();
  const teamId = new URL(teamUrl).pathname.split("/").pop()!;

  // The members table shows the team, and its Team filter narrows to the team's members.
  await page.goto(`/orgs/${slug}/members`);
  await expect(memberRow(page, dana.name)).toContainText("Platform Core");
  await expect(memberRow(page, people.viewer.name)).not.toContainText("Platform Core");
  await page.getByRole("button", { name: /^Team( filter)?$/ }).click();
  await page.getByRole("menuitemcheckbox", { name: "Platform Core" }).click();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(new RegExp(`team=${teamId}`));
  await expect(page.locator("tbody tr")).toHaveCount(2);
  await expect(page.locator("tbody")).toContainText(dana.name);
  await expect(page.locator("tbody")).toContainText(ari.name);

  // Remove Dana from the team: a confirmation names her and the team.
  await page.goto(teamUrl);
  await page.getByRole("button", { name: `Remove ${dana.name} from Platform Core` }).click();
  const confirmRemove = page.getByRole("alertdialog", { name: `Remove ${dana.name} from Platform Core?` });
  await expect(confirmRemove).toContainText("They stay in the organization");
  await confirmRemove.getByRole("button", { name: "Remove from team" }).click();
  await expect(confirmRemove).toBeHidden();
  await expect(page.getByRole("table", { name: "Members of Platform Core" })).not.toContainText(dana.name);
  await expect(page.getByText("1 member ·")).toBeVisible();

  // Delete the team from its page: the confirmation names it and its member count.
  await page.getByRole("button", { name: "Manage team" }).click();
  await page.getByRole("menuitem", { name: "Delete team" }).click();
  const confirmDelete = page.getByRole("alertdialog", { name: "Delete team “Platform Core”?" });
  await expect(confirmDelete).toContainText("its 1 member will be deleted");
  await confirmDelete.getByRole("button", { name: "Delete team" }).click();
  await expect(page).toHaveURL(new RegExp(`${teamsUrl}$`));
  await expect(page.getByRole("link", { name: "Platform Core" })).toHaveCount(0);
  await page.goto(teamUrl);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();

  // The members stay.
  await page.goto(`/orgs/${slug}/members`);
  await expect(memberRow(page, ari.name)).toBeVisible();
  await expect(memberRow(page, dana.name)).toBeVisible();
});

test("a Viewer sees teams and their members without any controls", async ({ browser, page }) => {
  // A Manager (in their own browser context) sets up a team with the Viewer in it.
  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await signInAs(manager, people.manager.email, teamsUrl);
  await createTeam(manager, "Support Desk", "Answers customers");
  await addMember(manager, people.viewer, "vera", "Member");
  const teamUrl = manager.url();
  await managerContext.close();

  await signInAs(page, people.viewer.email, teamsUrl);
  const row = page.getByRole("row").filter({ hasText: "Support Desk" });
  await expect(row).toContainText("1 member");
  await expect(page.getByRole("button", { name: "Create team" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Actions for team/ })).toHaveCount(0);

  await row.getByRole("link", { name: "Support Desk" }).click();
  await expect(page).toHaveURL(teamUrl);
  const table = page.getByRole("table", { name: "Members of Support Desk" });
  await expect(table).toContainText(people.viewer.name);
  await expect(table).toContainText("Member");
  await expect(page.getByRole("button", { name: "Add members" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Manage team" })).toHaveCount(0);
  await expect(page.getByRole("combobox")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Remove / })).toHaveCount(0);
});

test("a team id that is unknown, malformed or another organization's is a 404", async ({ browser, page }) => {
  // A real team id of the demo organization, seen by its own Owner.
  const acmeContext = await browser.newContext();
  const acme = await acmeContext.newPage();
  await signInAs(acme, "owner@acme.test", "/orgs/acme/teams");
  const acmeTeamHref = await acme.getByRole("table", { name: "Teams" }).getByRole("link").first().getAttribute("href");
  await acmeContext.close();
  const acmeTeamId = acmeTeamHref!.split("/").pop()!;

  await signInAs(page, people.owner.email, teamsUrl);
  for (const id of [acmeTeamId, "00000000-0000-4000-8000-000000000000", "not-a-uuid", "1%20OR%201%3D1"]) {
    const response = await page.goto(`${teamsUrl}/${id}`);
    expect(response?.status(), id).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});
