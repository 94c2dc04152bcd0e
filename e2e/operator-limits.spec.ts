// The operator's limits as people meet them in the browser. The e2e server runs in production mode
// without ROSTER_ORG_CREATION, so only operators may create organizations there: everyone else is
// told why instead of being offered a form. Seats & Plan shows the largest seat limit; an inviter's
// message is their plain text, labelled as theirs, and one with a link is refused. Read-only: these
// tests change nothing other specs look at.
import { expect, test } from "./helpers/test";
import { signInAs } from "./helpers/auth";
import { BULK_E2E_PEOPLE, BULK_E2E_SLUG } from "./fixtures/bulk";
import { INVITE_E2E_OWNER, SEEDED_INVITES } from "./fixtures/invitations";

const RESTRICTED = "Creating organizations is limited to the operators of this Roster server. Ask an operator to create one for you";

test("someone in no organization is told who may create one instead of getting a form", async ({ page }) => {
  await signInAs(page, `newcomer.${Date.now()}@nowhere-e2e.test`, "/");
  await expect(page).toHaveURL(/\/orgs\/new$/);
  await expect(page.getByRole("heading", { name: "You're not in an organization yet" })).toBeVisible();
  await expect(page.getByRole("note", { name: "You can't create organizations on this server" })).toContainText(RESTRICTED);
  await expect(page.getByLabel("Organization name")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Create organization" })).toHaveCount(0);
});

test("a member is offered no Create organization, on the chooser or in the switcher", async ({ page }) => {
  await signInAs(page, "owner@acme.test", "/orgs");
  await expect(page.getByRole("heading", { name: "Choose an organization" })).toBeVisible();
  await expect(page.getByRole("note")).toContainText(RESTRICTED);
  await expect(page.getByRole("link", { name: "Create organization" })).toHaveCount(0);

  await page.goto("/orgs/acme/members");
  await page.getByRole("button", { name: /Switch organization/ }).first().click();
  const menu = page.getByRole("menu");
  await expect(menu.getByRole("menuitem", { name: /Globex/ })).toBeVisible();
  await expect(menu.getByRole("menuitem", { name: "Create organization" })).toHaveCount(0);
});

test("Seats & Plan names the server's largest seat limit and refuses one above it", async ({ page }) => {
  await signInAs(page, "owner@seats-e2e.test", "/orgs/seats-e2e/settings/seats");
  const field = page.getByRole("spinbutton", { name: "Seat limit" });
  await expect(field).toHaveAttribute("max", "10000");
  await expect(page.getByText("at most 10,000 (this server's maximum)")).toBeVisible();
  await field.fill("10001");
  await page.getByRole("button", { name: "Update seat limit" }).click();
  await expect(page.getByText("The seat limit can be at most 10,000 on this server")).toBeVisible();
});

test("the invitation page shows the inviter's message as their plain text", async ({ page }) => {
  await page.goto(`/invite/${SEEDED_INVITES.look.token}`);
  const message = page.getByRole("figure");
  await expect(message).toContainText(`Message from ${INVITE_E2E_OWNER.name}:`);
  await expect(message.locator("blockquote")).toHaveText("Welcome aboard — we'd love to have you on the launch.");
  await expect(message.locator("a")).toHaveCount(0);
});

test("Invite Members refuses a message with a link, saying why", async ({ page }) => {
  await signInAs(page, BULK_E2E_PEOPLE.checker.email, `/orgs/${BULK_E2E_SLUG}/members`);
  await page.getByRole("button", { name: "Invite Members" }).click();
  const dialog = page.getByRole("dialog", { name: "Invite Members" });
  await dialog.getByLabel("Email addresses").fill("link.victim@example.com");
  await dialog.getByLabel("Message").fill("Your account needs checking: evil.example/login");
  await dialog.getByRole("button", { name: "Send Invitations" }).click();
  await expect(dialog.getByText("The message can't contain links or web or email addresses (found “evil.example/login”)")).toBeVisible();
  await expect(dialog).toBeVisible();
});
