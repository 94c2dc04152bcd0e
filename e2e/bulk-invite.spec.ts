// Invite Members and Bulk Import end to end, in the spec's own organization (e2e/fixtures/bulk.ts):
// a mixed list of addresses gets a per-category result and real emails; a CSV is reviewed, its
// unknown team created on request, and imported; files that aren't CSV are refused.
// With BULK_SCREENSHOTS=1 it also saves both dialogs at desktop and phone sizes to screenshots/.
import path from "node:path";
import { expect, test, type Page } from "./helpers/test";
import { BULK_E2E_PEOPLE as people, BULK_E2E_SLUG as slug } from "./fixtures/bulk";
import { signInAs, waitForEmail } from "./helpers/auth";

const membersUrl = `/orgs/${slug}/members`;
const csvFile = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });

async function openDialog(page: Page, button: "Invite Members" | "Bulk Import") {
  await page.getByRole("button", { name: button }).click();
  const dialog = page.getByRole("dialog", { name: button });
  await expect(dialog).toBeVisible();
  return dialog;
}

test("Invite Members sorts a mixed list and emails each new person their own link", async ({ page }) => {
  await signInAs(page, people.inviter.email, membersUrl);
  const since = new Date();
  const dialog = await openDialog(page, "Invite Members");
  await dialog.getByLabel("Email addresses").fill(`Mixed.One@Example.com, not-an-email\n${people.existing.email} mixed.two@example.com mixed.one@example.com`);
  await expect(dialog.getByText("5 addresses")).toBeVisible();
  await dialog.getByLabel("Role").selectOption({ label: "Analyst" });
  await dialog.getByLabel("Message").fill("Welcome to the team!");
  await dialog.getByRole("button", { name: "Send Invitations" }).click();

  await expect(dialog.getByText("2 invitations sent.")).toBeVisible();
  const results = dialog.getByRole("list", { name: "Invitation results" });
  await expect(results.getByTestId("count-invited")).toHaveText("2");
  await expect(results.getByTestId("count-alreadyMembers")).toHaveText("1");
  await expect(results.getByTestId("count-alreadyInvited")).toHaveText("0");
  await expect(results.getByTestId("count-invalid")).toHaveText("1");
  await expect(results.getByTestId("count-overSeatLimit")).toHaveText("0");
  await expect(results).toContainText("not-an-email");
  await expect(results).toContainText(people.existing.email);

  const email = await waitForEmail(page.request, "mixed.one@example.com", { since, subject: /invited you/ });
  expect(email.text).toContain("Welcome to the team!");
  expect(email.links.some((link) => /\/invite\/[A-Za-z0-9_-]{43}$/.test(link))).toBe(true);

  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("row").filter({ hasText: "mixed.two@example.com" })).toContainText("Pending");
});

test("Bulk Import reviews a CSV, creates the unknown team on request and invites the valid rows", async ({ page }) => {
  await signInAs(page, people.importer.email, membersUrl);
  const dialog = await openDialog(page, "Bulk Import");
  const csv = ["Email,Role,Teams,Name", 'import.one@example.com,Developer,"Platform Crew",Ivy One', "import.two@example.com,viewer,,", "bad-email,viewer,,", `${people.existing.email},viewer,,`].join("\n");
  await dialog.getByLabel("CSV file").setInputFiles(csvFile("people.csv", csv));

  await expect(dialog.getByText("people.csv: 4 rows — 1 ready to invite, 3 with problems.")).toBeVisible();
  const rows = dialog.getByRole("region", { name: "Rows" });
  await expect(rows).toContainText("Unknown team “Platform Crew”");
  await expect(rows).toContainText("“bad-email” is not a valid email address");
  await expect(rows).toContainText("Already a member");

  await dialog.getByRole("checkbox", { name: "Create “Platform Crew”" }).check();
  await expect(dialog.getByText("people.csv: 4 rows — 2 ready to invite, 2 with problems.")).toBeVisible();
  await dialog.getByRole("button", { name: "Invite 2 people" }).click();

  await expect(dialog.getByText("2 invitations sent")).toBeVisible();
  const summary = dialog.getByRole("definition").filter({ hasText: "Platform Crew" });
  await expect(summary).toBeVisible();
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("row").filter({ hasText: "import.one@example.com" })).toContainText("Platform Crew");
});

test("Bulk Import refuses files that aren't CSV", async ({ page }) => {
  await signInAs(page, people.checker.email, membersUrl);
  const dialog = await openDialog(page, "Bulk Import");
  const input = dialog.getByLabel("CSV file");
  await input.setInputFiles({ name: "people.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from("PK\u0003\u0004\u0000\u0000") });
  await expect(dialog.getByRole("alert")).toContainText("“people.xlsx” isn't a CSV file");
  await input.setInputFiles(csvFile("renamed.csv", "PK\u0003\u0004\u0000\u0000xl/workbook.xml"));
  await expect(dialog.getByRole("alert")).toContainText("doesn't look like a CSV file");
  await input.setInputFiles(csvFile("notes.csv", "Dear team,\nplease invite everyone\n"));
  await expect(dialog.getByRole("alert")).toContainText("The header row must include email, role, teams");
});

test.describe("screenshots", () => {
  test.skip(!process.env.BULK_SCREENSHOTS, "set BULK_SCREENSHOTS=1 to save screenshots");
  for (const [label, viewport] of [["desktop", { width: 1280, height: 800 }], ["phone", { width: 390, height: 844 }]] as const) {
    test(`both dialogs at ${label} size`, async ({ page }) => {
      const shot = (name: string) => page.screenshot({ path: path.join(process.cwd(), "screenshots", `bulk-${name}-${label}.png`) });
      await page.setViewportSize(viewport);
      await signInAs(page, people[label].email, membersUrl);
      await expect(page.getByRole("button", { name: "Bulk Import" })).toBeVisible();
      await shot("members-header");
      const invite = await openDialog(page, "Invite Members");
      await invite.getByLabel("Email addresses").fill(`shot.${label}.1@example.com, shot.${label}.2@example.com\noops-not-email ${people.existing.email}`);
      await shot("invite-form");
      await invite.getByRole("button", { name: "Send Invitations" }).click();
      await expect(invite.getByText("2 invitations sent.")).toBeVisible();
      await shot("invite-result");
      await invite.getByRole("button", { name: "Done" }).click();

      const lines = ["email,role,teams,name,department"];
      for (let i = 1; i <= 140; i++) {
        const kind = i % 7;
        const email = kind === 1 ? `broken-${i}.example.com` : `${label}.person${i}@example.com`;
        const role = kind === 2 ? "Wizard" : kind === 3 ? "Owner" : "Developer";
        lines.push(`${email},${role},"${kind === 4 ? `Design ${label},Night Shift ${label}` : `Design ${label}`}",Person ${i},Research`);
      }
      const dialog = await openDialog(page, "Bulk Import");
      await shot("import-upload");
      await dialog.getByLabel("CSV file").setInputFiles(csvFile(`team-${label}.csv`, lines.join("\n")));
      await expect(dialog.getByRole("region", { name: "Rows" })).toBeVisible();
      await shot("import-review");
      await dialog.getByLabel("Show rows").selectOption("all");
      await dialog.getByRole("checkbox", { name: `Create “Design ${label}”` }).check();
      await expect(dialog.getByRole("checkbox", { name: `Create “Design ${label}”` })).toBeChecked();
      await shot("import-review-all");
      await dialog.getByRole("button", { name: /^Invite \d+ people$/ }).click();
      await expect(dialog.getByText(/invitations sent/)).toBeVisible();
      await shot("import-result");
    });
  }
});
