// Accessibility: axe-core finds no serious or critical violation on any page, nor with any of its
// dialogs or menus open; focus returns to what opened a dialog; the members table works from the
// keyboard; and at 390 px wide every members action is still reachable. One organization of its
// own (fixtures/a11y.ts), so the dialogs opened here change nothing another spec reads.
import { expect, test, type Locator, type Page } from "./helpers/test";
import { signInAs } from "./helpers/auth";
import { expectAccessible, expectFocusReturned } from "./helpers/axe";
import { A11Y_INVITES, A11Y_OUTSIDER, A11Y_OWNER, A11Y_SLUG, A11Y_TEAM } from "./fixtures/a11y";

const ORG = `/orgs/${A11Y_SLUG}`;
const MEMBERS = `${ORG}/members`;

// Three sign-ins and many dialogs per test on a loaded two-core machine.
test.describe.configure({ timeout: 180_000 });

async function visit(page: Page, path: string, ready: Locator | string): Promise<void> {
  await page.goto(path);
  const locator = typeof ready === "string" ? page.getByRole("heading", { level: 1, name: ready }) : ready;
  await expect(locator.first()).toBeVisible();
}

/** Opens a dialog with `open`, checks the page with it open, closes it with Escape and checks where focus went. */
async function checkDialog(page: Page, what: string, trigger: Locator, open: () => Promise<void>, role: "dialog" | "alertdialog" = "dialog") {
  await open();
  const dialog = page.getByRole(role);
  await expect(dialog).toBeVisible();
  await expectAccessible(page, what);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expectFocusReturned(trigger, what);
}

async function checkMenu(page: Page, what: string, trigger: Locator) {
  await trigger.click();
  await expect(page.getByRole("menu")).toBeVisible();
  await expectAccessible(page, what);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toBeHidden();
  await expectFocusReturned(trigger, what);
}

test("signed-out pages and every state of the invitation page", async ({ page }) => {
  await visit(page, "/sign-in", "Sign in to Roster");
  await expectAccessible(page, "the sign-in page");
  await page.getByLabel(/email/i).fill("nobody-in-particular@a11y-e2e.test");
  await page.getByRole("button", { name: /sign-in link/i }).click();
  await expect(page).toHaveURL(/check-email/);
  await expectAccessible(page, "the check-your-email page");
  await visit(page, "/sign-in/error?error=Verification", page.getByRole("heading", { level: 1 }));
  await expectAccessible(page, "the sign-in error page");
  await visit(page, "/dev/mailbox", page.getByRole("heading", { level: 1 }));
  await expectAccessible(page, "the dev mailbox");
  await visit(page, "/orgs/does-not-exist/members", page.getByRole("heading", { level: 1 }).or(page.getByLabel(/email/i)));
  await expectAccessible(page, "a page that needs signing in");

  for (const [state, invite] of Object.entries(A11Y_INVITES)) {
    await visit(page, `/invite/${invite.token}`, page.getByRole("heading", { level: 1 }));
    await expectAccessible(page, `the invitation page (${state}, signed out)`);
  }
  await visit(page, "/invite/e2e-a11y-no-such-token-000001", page.getByRole("heading", { level: 1 }));
  await expectAccessible(page, "the invitation page (unknown link)");
});

test("the invitation page for the invitee, someone else, and someone already a member", async ({ page, browser }) => {
  await signInAs(page, A11Y_INVITES.pending.email, `/invite/${A11Y_INVITES.pending.token}`);
  await expect(page.getByRole("button", { name: "Accept" })).toBeVisible();
  await expectAccessible(page, "the invitation page (the invitee)");
  const decline = page.getByRole("button", { name: "Decline" });
  await checkDialog(page, "the decline confirmation", decline, () => decline.click(), "alertdialog");

  const outsider = await (await browser.newContext()).newPage();
  await signInAs(outsider, A11Y_OUTSIDER, `/invite/${A11Y_INVITES.pending.token}`);
  await expect(outsider.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(outsider, "the invitation page (signed in as someone else)");
  await outsider.goto("/orgs");
  await expectAccessible(outsider, "the organization chooser of someone in no organization");
  await outsider.goto("/orgs/new");
  await expectAccessible(outsider, "creating an organization");
  await outsider.context().close();

  const member = await (await browser.newContext()).newPage();
  await signInAs(member, A11Y_INVITES.alreadyMember.email, `/invite/${A11Y_INVITES.alreadyMember.token}`);
  await expect(member.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(member, "the invitation page (already a member)");
  await member.context().close();
});

test("the members page and each of its dialogs and menus", async ({ page }) => {
  await signInAs(page, A11Y_OWNER, MEMBERS);
  await expect(page.getByRole("heading", { name: "Members", exact: true })).toBeVisible();
  await expect(page.locator("tbody tr").first()).toBeVisible();
  await expectAccessible(page, "the members page");

  const create = page.getByRole("button", { name: "Create", exact: true });
  await checkDialog(page, "Create Member", create, () => create.click());
  const invite = page.getByRole("button", { name: "Invite Members" });
  await checkDialog(page, "Invite Members", invite, () => invite.click());
  const bulk = page.getByRole("button", { name: "Bulk Import" });
  await checkDialog(page, "Bulk Import", bulk, () => bulk.click());

  await bulk.click();
  await page.getByRole("dialog").locator('input[type="file"]').setInputFiles({
    name: "people.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("email,role,teams\nnew.one@example.com,developer,Platform\nbroken,superuser,\n"),
  });
  await expect(page.getByRole("dialog").getByRole("table")).toBeVisible();
  await expectAccessible(page, "Bulk Import's review step");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();

  const actions = page.getByRole("button", { name: /Actions for Dara Developer/ });
  await checkMenu(page, "the row menu", actions);
  const role = page.getByRole("button", { name: /change role of Dara Developer/i });
  await checkMenu(page, "the role menu", role);
  const roleFilter = page.getByRole("group", { name: "Filters" }).getByRole("button", { name: /^Role/ });
  await checkMenu(page, "the Role filter", roleFilter);

  await checkDialog(page, "Edit Member", actions, async () => {
    await actions.click();
    await page.getByRole("menuitem", { name: "Edit member" }).click();
  });
  await checkDialog(
    page,
    "the Disable confirmation",
    actions,
    async () => {
      await actions.click();
      await page.getByRole("menuitem", { name: "Disable member" }).click();
    },
    "alertdialog",
  );
  await checkDialog(
    page,
    "the Remove confirmation",
    actions,
    async () => {
      await actions.click();
      await page.getByRole("menuitem", { name: "Remove member" }).click();
    },
    "alertdialog",
  );

  // A ticked row: the selection bar, its Bulk actions menu and a bulk preview dialog.
  const tick = page.getByRole("checkbox", { name: "Select Dara Developer" });
  await tick.click();
  const selectionBar = page.getByRole("region", { name: "Selection" });
  await expect(selectionBar).toBeVisible();
  await expectAccessible(page, "the members page with a row selected");
  const bulkActions = selectionBar.getByRole("button", { name: "Bulk actions" });
  await checkMenu(page, "the Bulk actions menu", bulkActions);
  await checkDialog(page, "the bulk Change role preview", bulkActions, async () => {
    await bulkActions.click();
    await page.getByRole("menuitem", { name: "Change role…" }).click();
    await expect(page.getByRole("dialog", { name: "Change role" })).toBeVisible();
    // Apply turns from disabled to enabled when the preview arrives, fading its colours: check at rest.
    await expect(page.getByTestId("bulk-preview-change")).toBeVisible();
  });
  await tick.click();
  await expect(selectionBar).toBeHidden();

  const row = page.locator("tbody tr", { hasText: "dev@a11y-e2e.test" });
  await row.getByText("dev@a11y-e2e.test").click();
  const view = page.getByRole("dialog");
  await expect(view).toContainText("Basic Information");
  await expectAccessible(page, "the member view modal");
  const endSessions = view.getByRole("button", { name: "End all sessions" });
  if (await endSessions.isVisible()) {
    await endSessions.click();
    await expect(page.getByRole("alertdialog")).toBeVisible();
    await expectAccessible(page, "the End all sessions confirmation");
    await page.keyboard.press("Escape");
    await expectFocusReturned(endSessions, "the End all sessions confirmation");
  }
  await page.keyboard.press("Escape");
  await expect(view).toBeHidden();

  await page.goto(`${MEMBERS}?q=zzzz-nobody`);
  await expect(page.getByText(/No members match/)).toBeVisible();
  await expectAccessible(page, "the members page with no results");
});

test("the members table from the keyboard: rows, opening one, its menu", async ({ page }) => {
  await signInAs(page, A11Y_OWNER, `${MEMBERS}?q=a11y-e2e.test`);
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  await rows.first().focus();
  await expect.soft(rows.first(), "a row takes focus").toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect.soft(rows.nth(1), "↓ moves to the next row").toBeFocused();
  await page.keyboard.press("Shift+F10");
  await expect.soft(page.getByRole("menu"), "Shift+F10 opens the row's menu").toBeVisible();
  await page.keyboard.press("Escape");
  await page.keyboard.press("Enter");
  await expect.soft(page.getByRole("dialog"), "Enter opens the row").toBeVisible();
  await page.keyboard.press("Escape");
  await expect.soft(rows.nth(1), "closing the member returns focus to their row").toBeFocused();
});

test("at 390 px wide every members action is reachable", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, A11Y_OWNER, MEMBERS);
  await expect(page.locator("tbody tr").first()).toBeVisible();
  await expectAccessible(page, "the members page at 390 px");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect.soft(overflow, "the page does not scroll sideways").toBeLessThanOrEqual(0);
  for (const name of ["Create", "Invite Members", "Bulk Import"]) {
    const button = page.getByRole("button", { name, exact: true });
    await button.scrollIntoViewIfNeeded();
    await expect.soft(button, `${name} is on screen`).toBeInViewport();
  }
  const actions = page.getByRole("button", { name: /^Actions for / }).first();
  await actions.scrollIntoViewIfNeeded();
  await expect.soft(actions, "a row's actions are on screen").toBeInViewport();
  const role = page.getByRole("button", { name: /change role of/i }).first();
  await expect.soft(role, "a row's role can be changed").toBeVisible();
  await actions.click();
  await expect(page.getByRole("menu")).toBeInViewport();
  await page.keyboard.press("Escape");
  for (const filter of ["Role", "Status", "Team", "Department", "Joined", "Activity"]) {
    const button = page.getByRole("group", { name: "Filters" }).getByRole("button", { name: new RegExp(`^${filter}`) });
    await button.scrollIntoViewIfNeeded();
    await expect.soft(button, `the ${filter} filter is on screen`).toBeInViewport();
  }
  await page.screenshot({ path: "screenshots/a11y-members-390.png", fullPage: true });
});

test("invitations, with each of their dialogs", async ({ page }) => {
  await signInAs(page, A11Y_OWNER, `${ORG}/invitations`);
  await expect(page.getByRole("heading", { name: "Invitations", level: 1 })).toBeVisible();
  await expectAccessible(page, "the invitations page");
  const actions = page.getByRole("button", { name: `Actions for ${A11Y_INVITES.pending.email}` });
  await checkMenu(page, "an invitation's menu", actions);

  // Ticked rows: the selection bar with Remove… (disabled, with its reason, for a pending one alone;
  // then with a declined one its confirmation).
  await page.getByRole("checkbox", { name: `Select ${A11Y_INVITES.pending.email}` }).click();
  const selectionBar = page.getByRole("region", { name: "Selection" });
  await expect(selectionBar.getByRole("button", { name: "Remove…" })).toBeDisabled();
  await expectAccessible(page, "the invitations page with a pending invitation selected");
  await page.getByRole("checkbox", { name: `Select ${A11Y_INVITES.declined.email}` }).click();
  const remove = selectionBar.getByRole("button", { name: "Remove…" });
  await expect(remove).toBeEnabled();
  await checkDialog(page, "the invitations' bulk Remove confirmation", remove, () => remove.click(), "alertdialog");
  await selectionBar.getByRole("button", { name: "Clear selection" }).click();
  await expect(selectionBar).toBeHidden();

  for (const [item, role] of [
    ["Resend invitation", "alertdialog"],
    ["Change role and teams", "dialog"],
    ["Cancel invitation", "alertdialog"],
  ] as const) {
    await checkDialog(
      page,
      `the invitations' ${item} dialog`,
      actions,
      async () => {
        await actions.click();
        await page.getByRole("menuitem", { name: item }).click();
      },
      role,
    );
  }
});

test("teams and a team's page, with their dialogs", async ({ page }) => {
  await signInAs(page, A11Y_OWNER, `${ORG}/teams`);
  await expect(page.getByRole("heading", { name: "Teams", level: 1 })).toBeVisible();
  await expectAccessible(page, "the teams page");
  await page.screenshot({ path: test.info().outputPath("teams-1280.png"), fullPage: true });
  const create = page.getByRole("button", { name: "Create team" });
  await checkDialog(page, "Create team", create, () => create.click());
  const actions = page.getByRole("button", { name: `Actions for team ${A11Y_TEAM}` });
  await checkMenu(page, "a team's menu", actions);
  await checkDialog(page, "Edit team", actions, async () => {
    await actions.click();
    await page.getByRole("menuitem", { name: "Edit team" }).click();
  });
  await checkDialog(
    page,
    "Delete team",
    actions,
    async () => {
      await actions.click();
      await page.getByRole("menuitem", { name: /Delete team/ }).click();
    },
    "alertdialog",
  );

  await page.getByRole("link", { name: A11Y_TEAM }).click();
  await expect(page.getByRole("heading", { name: A11Y_TEAM, level: 1 })).toBeVisible();
  await expectAccessible(page, "a team's page");
  await page.screenshot({ path: test.info().outputPath("team-1280.png"), fullPage: true });
  const add = page.getByRole("button", { name: "Add members" });
  await checkDialog(page, "Add members", add, async () => {
    await add.click();
    await expect(page.getByRole("dialog").getByRole("checkbox").first()).toBeVisible();
  });
  const remove = page.getByRole("button", { name: /^Remove .* from Platform$/ }).first();
  await checkDialog(page, "Remove from team", remove, () => remove.click(), "alertdialog");
});

test("roles, every settings page with its dialogs, and the account pages", async ({ page }) => {
  await signInAs(page, A11Y_OWNER, `${ORG}/roles`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page, "the roles page");
  for (const section of ["general", "seats", "ownership", "danger-zone"]) {
    await visit(page, `${ORG}/settings/${section}`, page.getByRole("heading", { level: 1 }));
    await expectAccessible(page, `settings: ${section}`);
  }
  await visit(page, `${ORG}/settings/ownership`, page.getByRole("heading", { level: 1 }));
  const transfer = page.getByRole("button", { name: /Transfer ownership/ });
  await checkDialog(page, "Transfer ownership", transfer, () => transfer.click());
  await visit(page, `${ORG}/settings/danger-zone`, page.getByRole("heading", { level: 1 }));
  const remove = page.getByRole("button", { name: /Delete organization/ });
  await checkDialog(page, "Delete organization", remove, () => remove.click());

  for (const path of ["/account", "/account/sessions", "/account/api-keys", "/orgs"]) {
    await visit(page, path, page.getByRole("heading", { level: 1 }));
    await expectAccessible(page, path);
  }
  await page.goto(`${ORG}/no-such-page`);
  await expectAccessible(page, "the not-found page");
});

test("this wave's pages: API keys, webhooks, SCIM, the API reference, activity and a member's profile", async ({ page }) => {
  await signInAs(page, A11Y_OWNER, `${ORG}/settings/api-keys`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page, "settings: API keys");
  await visit(page, `${ORG}/settings/webhooks`, page.getByRole("heading", { level: 1 }));
  await expectAccessible(page, "settings: webhooks");
  const addEndpoint = page.getByRole("button", { name: "Add endpoint" }).first();
  await checkDialog(page, "Add endpoint", addEndpoint, () => addEndpoint.click());
  await visit(page, `${ORG}/settings/scim`, page.getByRole("heading", { level: 1 }));
  await expectAccessible(page, "settings: SCIM");
  await visit(page, "/api-reference", page.getByRole("heading", { level: 1 }));
  await expectAccessible(page, "the API reference");
  for (const path of ["activity", "activity/overview", "activity/reviews"]) {
    await visit(page, `${ORG}/${path}`, page.getByRole("heading", { level: 1 }));
    await expectAccessible(page, path);
  }

  // A member's profile, reached through a team's member link.
  await visit(page, `${ORG}/teams`, "Teams");
  await page.getByRole("link", { name: A11Y_TEAM }).click();
  const memberLink = page.getByRole("table", { name: `Members of ${A11Y_TEAM}` }).getByRole("link").first();
  const memberId = /member=([\w-]+)/.exec((await memberLink.getAttribute("href")) ?? "")?.[1];
  expect(memberId).toBeTruthy();
  await visit(page, `${MEMBERS}/${memberId}`, page.getByRole("heading", { level: 1 }));
  await expectAccessible(page, "a member's profile");
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page, "a member's profile at 390 px");
});

test("at 390 px wide the invitations, teams and settings actions are reachable", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, A11Y_OWNER, `${ORG}/invitations`);
  await expect(page.getByRole("heading", { name: "Invitations", level: 1 })).toBeVisible();
  await expectAccessible(page, "the invitations page at 390 px");
  const actions = page.getByRole("button", { name: `Actions for ${A11Y_INVITES.pending.email}` });
  await actions.scrollIntoViewIfNeeded();
  await expect(actions).toBeInViewport();
  await checkMenu(page, "an invitation's menu at 390 px", actions);
  await expect(page.getByRole("button", { name: "Next page" })).toBeAttached();

  await visit(page, `${ORG}/teams`, "Teams");
  await expectAccessible(page, "the teams page at 390 px");
  await page.screenshot({ path: test.info().outputPath("teams-390.png"), fullPage: true });
  await expect(page.getByRole("button", { name: "Create team" })).toBeInViewport();
  const teamActions = page.getByRole("button", { name: `Actions for team ${A11Y_TEAM}` });
  await expect(teamActions).toBeInViewport();
  await page.getByRole("link", { name: A11Y_TEAM }).click();
  await expect(page.getByRole("heading", { name: A11Y_TEAM, level: 1 })).toBeVisible();
  await expectAccessible(page, "a team's page at 390 px");
  await page.screenshot({ path: test.info().outputPath("team-390.png"), fullPage: true });
  for (const name of ["Manage team", "Add members"]) await expect(page.getByRole("button", { name })).toBeInViewport();
  const remove = page.getByRole("button", { name: /^Remove .* from Platform$/ }).first();
  await remove.scrollIntoViewIfNeeded();
  await expect(remove).toBeInViewport();

  for (const section of ["general", "seats", "ownership", "danger-zone", "api-keys", "webhooks", "scim"]) {
    await visit(page, `${ORG}/settings/${section}`, page.getByRole("heading", { level: 1 }));
    await expectAccessible(page, `settings: ${section} at 390 px`);
  }
});
