// Answering an invitation in the browser: an admin invites through Create Member, the invitee opens
// the emailed link, signs up by magic link on the way and accepts; declining; an expired link; the
// wrong account; unknown links; and screenshots of every state at desktop and phone sizes.
import { expect, test, type Browser, type Page } from "./helpers/test";
import { signInAs, signInLinkFrom, waitForEmail } from "./helpers/auth";
import { INVITE_E2E_JOINED, INVITE_E2E_NAME, INVITE_E2E_OWNER, INVITE_E2E_SLUG, INVITE_E2E_TEAM, SEEDED_INVITES } from "./fixtures/invitations";

const MEMBERS = `/orgs/${INVITE_E2E_SLUG}/members`;
const inviteUrl = (token: string) => `/invite/${token}`;
const heading = (page: Page) => page.getByRole("heading", { level: 1 });

test("an invited newcomer signs up by magic link, accepts, and shows up Active with the role and team chosen", async ({ page, browser }) => {
  test.setTimeout(150_000);
  await signInAs(page, INVITE_E2E_OWNER.email, MEMBERS);
  const since = new Date();
  await page.getByRole("button", { name: "Create" }).click();
  const dialog = page.getByRole("dialog", { name: "Create Member" });
  await dialog.getByLabel("Full Name").fill("New Person");
  await dialog.getByLabel("Email Address").fill("new.person@example.com");
  await dialog.getByLabel("Department").fill("Launch");
  await dialog.getByRole("combobox", { name: /^Role/ }).selectOption("analyst");
  await dialog.getByRole("group", { name: "Groups" }).getByRole("checkbox", { name: INVITE_E2E_TEAM }).check();
  await dialog.getByRole("button", { name: "Create Member" }).click();
  await expect(dialog).toBeHidden();

  const invitation = await waitForEmail(page.request, "new.person@example.com", { since, subject: /invited you/i });
  const link = invitation.links.find((l) => l.includes("/invite/"));
  expect(link, "invitation link in the email").toBeTruthy();

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(link!);
  await expect(heading(invitee)).toHaveText(INVITE_E2E_NAME);
  await expect(invitee.getByText(`${INVITE_E2E_OWNER.name} invited you to join`)).toBeVisible();
  await expect(invitee.getByText("Analyst", { exact: true })).toBeVisible();
  await expect(invitee.getByText(INVITE_E2E_TEAM)).toBeVisible();

  // Signing up on the way: the sign-in form comes prefilled, and the magic link returns here.
  await invitee.getByRole("link", { name: "Sign in as new.person@example.com" }).click();
  await expect(invitee.getByLabel("Email address")).toHaveValue("new.person@example.com");
  const signInSince = new Date();
  await invitee.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(invitee.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const signInMail = await waitForEmail(invitee.request, "new.person@example.com", { since: signInSince, subject: /sign in/i });
  await invitee.goto(signInLinkFrom(signInMail));
  await expect(invitee).toHaveURL(new URL(link!).pathname);

  await invitee.getByRole("button", { name: "Accept" }).click();
  // Rendering the members page after the redirect can take a while on a loaded machine.
  await expect(invitee).toHaveURL(new RegExp(`${MEMBERS}$`), { timeout: 45_000 });
  await expect(invitee.getByRole("heading", { name: "Members", exact: true })).toBeVisible();

  // The link works once; opening it again says so and leads to the organization.
  await invitee.goto(link!);
  await expect(heading(invitee)).toHaveText("You've already accepted this invitation");
  await expect(invitee.getByRole("link", { name: `Go to ${INVITE_E2E_NAME}` })).toBeVisible();

  await page.goto(`${MEMBERS}?q=new.person`);
  const row = page.locator("tbody tr", { hasText: "new.person@example.com" });
  await expect(row).toContainText("Active");
  await expect(row).toContainText("Analyst");
  await expect(row).toContainText(INVITE_E2E_TEAM);
  await invitee.context().close();
});

test("the invitee declines: the invitation is Declined and the Pending member is gone", async ({ page, browser }) => {
  const { token, email, name } = SEEDED_INVITES.decline;
  await signInAs(page, email, inviteUrl(token));
  await page.getByRole("button", { name: "Decline" }).click();
  const confirm = page.getByRole("alertdialog", { name: `Decline the invitation to ${INVITE_E2E_NAME}?` });
  await confirm.getByRole("button", { name: "Decline invitation" }).click();
  await expect(heading(page)).toHaveText("This invitation was declined");
  await expect(page.getByRole("button", { name: "Accept" })).toHaveCount(0);
  await page.screenshot({ path: "screenshots/invite-declined-desktop.png", fullPage: true });

  const admin = await (await browser.newContext()).newPage();
  await signInAs(admin, INVITE_E2E_OWNER.email, `${MEMBERS}?q=decline.me`);
  await expect(admin.getByRole("heading", { name: "Members", exact: true })).toBeVisible();
  await expect(admin.locator("tbody tr", { hasText: name })).toHaveCount(0);
  await admin.context().close();
});

test("an expired link explains itself and says whom to ask for a new one", async ({ page }) => {
  await page.goto(inviteUrl(SEEDED_INVITES.expired.token));
  await expect(heading(page)).toHaveText("This invitation has expired");
  await expect(page.getByText(`Ask ${INVITE_E2E_OWNER.name} or another admin of ${INVITE_E2E_NAME}`)).toBeVisible();
  await signInAs(page, SEEDED_INVITES.expired.email, inviteUrl(SEEDED_INVITES.expired.token));
  await expect(heading(page)).toHaveText("This invitation has expired");
  await expect(page.getByRole("button", { name: "Accept" })).toHaveCount(0);
});

test("signed in as the wrong address: told which address was invited, and can switch to it", async ({ page }) => {
  const { token, email } = SEEDED_INVITES.wrongAccount;
  await signInAs(page, "someone.else@invite-e2e.test", inviteUrl(token));
  const alert = page.getByRole("alert").filter({ hasText: "different email address" });
  await expect(alert).toContainText(email);
  await expect(alert).toContainText("someone.else@invite-e2e.test");
  await expect(page.getByRole("button", { name: "Accept" })).toHaveCount(0);

  await page.getByRole("button", { name: `Sign in as ${email}` }).click();
  await expect(page).toHaveURL(/\/sign-in\?/);
  await expect(page.getByLabel("Email address")).toHaveValue(email);
  const since = new Date();
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(signInLinkFrom(await waitForEmail(page.request, email, { since, subject: /sign in/i })));
  await expect(page).toHaveURL(inviteUrl(token));
  await expect(page.getByRole("button", { name: "Accept" })).toBeVisible();
});

test("unknown and malformed links get one generic page; opening a link (GET, HEAD) uses nothing up", async ({ page, request }) => {
  for (const path of ["/invite/this-token-never-existed-anywhere", "/invite/x", "/invite/%E2%9C%93%20weird"]) {
    await page.goto(path);
    await expect(heading(page)).toHaveText("This invitation link is invalid or no longer available");
  }
  const { token } = SEEDED_INVITES.look;
  expect((await request.head(inviteUrl(token))).ok()).toBe(true);
  expect((await request.get(inviteUrl(token))).ok()).toBe(true);
  await page.goto(inviteUrl(token));
  await expect(heading(page)).toHaveText(INVITE_E2E_NAME);
  await expect(page.getByRole("link", { name: `Sign in as ${SEEDED_INVITES.look.email}` })).toBeVisible();
});

test("screenshots of every state at 1280×800 and 390×844", async ({ browser }) => {
  test.setTimeout(120_000);
  const shots: { name: string; as: string | null; token: string; title: string | RegExp }[] = [
    { name: "valid-signed-out", as: null, token: SEEDED_INVITES.look.token, title: INVITE_E2E_NAME },
    { name: "valid-signed-in", as: SEEDED_INVITES.look.email, token: SEEDED_INVITES.look.token, title: INVITE_E2E_NAME },
    { name: "wrong-account", as: "bystander@invite-e2e.test", token: SEEDED_INVITES.look.token, title: INVITE_E2E_NAME },
    { name: "expired", as: null, token: SEEDED_INVITES.expired.token, title: "This invitation has expired" },
    { name: "cancelled", as: null, token: SEEDED_INVITES.cancelled.token, title: "This invitation was cancelled" },
    { name: "accepted", as: INVITE_E2E_JOINED.email, token: SEEDED_INVITES.accepted.token, title: "You've already accepted this invitation" },
    { name: "accepted-by-someone", as: null, token: SEEDED_INVITES.accepted.token, title: "This invitation has already been accepted" },
    { name: "unknown", as: null, token: "no-such-invitation-token-anywhere", title: /invalid or no longer available/ },
  ];
  const pages = new Map<string | null, Page>();
  for (const shot of shots) {
    const page = pages.get(shot.as) ?? (await pageFor(browser, shot.as, inviteUrl(shot.token)));
    pages.set(shot.as, page);
    for (const [size, viewport] of [["desktop", { width: 1280, height: 800 }], ["mobile", { width: 390, height: 844 }]] as const) {
      await page.setViewportSize(viewport);
      await page.goto(inviteUrl(shot.token));
      await expect(heading(page)).toHaveText(shot.title);
      await page.screenshot({ path: `screenshots/invite-${shot.name}-${size}.png`, fullPage: true });
    }
  }
  for (const page of pages.values()) await page.context().close();
});

async function pageFor(browser: Browser, email: string | null, callbackUrl: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  if (email) await signInAs(page, email, callbackUrl);
  return page;
}
