// The REST API against the production build, with a real key made in the browser: a Developer
// creates a key on Account → API keys (shown once), calls the API with it (and is refused without
// it, and with only a cookie), sees its last use, revokes it and is refused again. Settings → API
// keys and Webhooks (SSRF refusals, the delivery log, resend) and the API reference, each checked
// with axe-core.
import AxeBuilder from "@axe-core/playwright";
import { request as playwrightRequest } from "@playwright/test";
import { expect, test, type Page } from "./helpers/test";
import { signInAs } from "./helpers/auth";
import { API_E2E_ENDPOINT_URL, API_E2E_SLUG } from "./fixtures/api";

/**
 * axe-core's serious and critical findings in what this spec's pages add: the page's main content,
 * or the open dialog. (The app shell around them is the accessibility spec's; its findings are
 * reported there.)
 */
async function expectAccessible(page: Page, where: string): Promise<void> {
  const dialog = page.locator('[role="dialog"], [role="alertdialog"]');
  const scope = (await dialog.count()) > 0 ? '[role="dialog"], [role="alertdialog"]' : "#main";
  const results = await new AxeBuilder({ page }).include(scope).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  expect.soft(serious, `axe (serious, critical) on ${where}`).toEqual([]);
}

const DEV = "dev@api-e2e.test";
const ADMIN = "admin@api-e2e.test";

test("a Developer creates a key in the browser, uses it against the API, sees its last use, revokes it", async ({ page, baseURL }) => {
  await signInAs(page, DEV, "/account/api-keys");
  await expect(page.getByRole("heading", { name: "API keys", level: 2, exact: true })).toBeVisible();
  await expectAccessible(page, "Account → API keys");
  const orgId = (await page.getByTestId("organization-id").textContent())!.trim();

  await page.getByRole("button", { name: "Create key" }).click();
  const dialog = page.getByRole("dialog", { name: "Create API key" });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, "Create API key dialog");
  await dialog.getByLabel("Name").fill("E2E script");
  await dialog.getByRole("checkbox", { name: /teams:read/ }).check();
  await dialog.getByLabel("Expires").selectOption("30d");
  await dialog.getByRole("button", { name: "Create key" }).click();

  const reveal = page.getByRole("dialog", { name: /Key “E2E script” created/ });
  await expect(reveal).toBeVisible();
  await expectAccessible(page, "new key shown once");
  const key = await reveal.getByLabel("Your new API key").inputValue();
  expect(key).toMatch(/^rstr_[A-Za-z0-9_-]{43}$/);
  await reveal.getByRole("button", { name: "Done" }).click();

  // The list shows the prefix, never the key.
  const table = page.getByRole("table", { name: "API keys" });
  await expect(table.getByText("E2E script")).toBeVisible();
  await expect(table.getByText(`${key.slice(0, 12)}…`)).toBeVisible();
  expect(await page.content()).not.toContain(key);

  // The key, and only the key, opens the API: no cookies in this client.
  const api = await playwrightRequest.newContext({ baseURL });
  const members = await api.get(`/api/v1/organizations/${orgId}/members?limit=2`, { headers: { authorization: `Bearer ${key}` } });
  expect(members.status()).toBe(200);
  const body = (await members.json()) as { data: { email: string }[]; nextCursor: string | null };
  expect(body.data).toHaveLength(2);
  expect(body.nextCursor).toBeTruthy();
  expect(members.headers()["ratelimit-policy"]).toMatch(/^"per-key";q=\d+;w=60$/);
  expect(members.headers()["cache-control"]).toBe("no-store");
  const next = await api.get(`/api/v1/organizations/${orgId}/members?limit=2&cursor=${encodeURIComponent(body.nextCursor!)}`, { headers: { authorization: `Bearer ${key}` } });
  expect(next.status()).toBe(200);
  expect(((await next.json()) as { data: unknown[] }).data.length).toBeGreaterThan(0);
  // Its scopes hold: teams:read yes, members:write no.
  expect((await api.get(`/api/v1/organizations/${orgId}/teams`, { headers: { authorization: `Bearer ${key}` } })).status()).toBe(200);
  const refused = await api.post(`/api/v1/organizations/${orgId}/teams`, { headers: { authorization: `Bearer ${key}` }, data: { name: "Nope" } });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toMatchObject({ code: "insufficient_scope" });
  // No key: 401. A signed-in browser's cookies alone: 401 too.
  expect((await api.get(`/api/v1/organizations/${orgId}/members`)).status()).toBe(401);
  expect((await page.request.get(`/api/v1/organizations/${orgId}/members`)).status()).toBe(401);
  const badJson = await api.post(`/api/v1/organizations/${orgId}/teams`, { headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, data: "{oops" });
  expect([400, 403]).toContain(badJson.status());
  // The OpenAPI document is public.
  const doc = await api.get("/api/v1/openapi.json");
  expect(doc.status()).toBe(200);
  expect(((await doc.json()) as { openapi: string }).openapi).toBe("3.1.0");

  await page.reload();
  const row = table.getByRole("row").filter({ hasText: "E2E script" });
  await expect(row).not.toContainText("Never used");

  await row.getByRole("button", { name: "Actions for key E2E script" }).click();
  await page.getByRole("menuitem", { name: "Revoke key" }).click();
  const confirm = page.getByRole("alertdialog", { name: /Revoke “E2E script”/ });
  await expectAccessible(page, "revoke key confirmation");
  await confirm.getByRole("button", { name: "Revoke key" }).click();
  // The toast comes with the action's answer: the revocation has committed (the row alone can vanish earlier, with the list re-rendering).
  await expect(page.getByText("Key “E2E script” revoked.")).toBeVisible();
  await expect(table.getByText("E2E script")).toHaveCount(0);
  expect((await api.get(`/api/v1/organizations/${orgId}/members`, { headers: { authorization: `Bearer ${key}` } })).status()).toBe(401);
  await api.dispose();
});

test("a Viewer is told they can't hold keys", async ({ page }) => {
  await signInAs(page, "viewer@api-e2e.test", "/account/api-keys");
  await expect(page.getByRole("button", { name: "Create key" })).toBeDisabled();
  await expect(page.getByText("Viewers can't have API keys.").first()).toBeVisible();
});

test("an Admin creates a key for a member on their profile; a Viewer sees no keys there", async ({ page, browser }) => {
  await signInAs(page, ADMIN, `/orgs/${API_E2E_SLUG}/members?q=dev%40api-e2e.test`);
  await page.locator("tbody tr").first().click();
  await page.getByRole("dialog").getByRole("link", { name: "Open full profile" }).click();
  await expect(page.getByRole("heading", { name: "Devon Developer", level: 1 })).toBeVisible();
  const profileUrl = page.url();
  const panel = page.getByRole("region", { name: "API keys" });
  await expect(panel).toContainText("Keys act with Devon Developer's current role");
  await panel.getByRole("button", { name: "Create key" }).click();
  const dialog = page.getByRole("dialog", { name: "Create API key" });
  await dialog.getByLabel("Name").fill("Devon's deploy bot");
  await dialog.getByRole("checkbox", { name: /members:read/ }).check();
  // 30 days: the key-policy test beside this one may lower the organization's longest expiry meanwhile.
  await dialog.getByLabel("Expires").selectOption("30d");
  await dialog.getByRole("button", { name: "Create key" }).click();
  const reveal = page.getByRole("dialog", { name: /Key “Devon's deploy bot” created/ });
  await expect(reveal.getByLabel("Your new API key")).toHaveValue(/^rstr_/);
  await reveal.getByRole("button", { name: "Done" }).click();
  await expect(panel.getByRole("table", { name: "API keys" })).toContainText("Devon's deploy bot");
  await expectAccessible(page, "a member's profile with their API keys");

  // Only the member, Owners and Admins see a member's keys.
  const viewer = await browser.newPage();
  await signInAs(viewer, "viewer@api-e2e.test", new URL(profileUrl).pathname);
  await expect(viewer.getByRole("heading", { name: "Devon Developer", level: 1 })).toBeVisible();
  await expect(viewer.getByRole("region", { name: "API keys" })).toHaveCount(0);
  await viewer.close();
});

test("Settings → API keys and Webhooks: key policy, SSRF refusals, the delivery log and resend", async ({ page }) => {
  await signInAs(page, ADMIN, `/orgs/${API_E2E_SLUG}/settings/api-keys`);
  await expect(page.getByRole("heading", { name: "Key policy" })).toBeVisible();
  await expectAccessible(page, "Settings → API keys");
  const expiry = page.getByLabel("Longest expiry");
  await expiry.selectOption((await expiry.inputValue()) === "30" ? "90" : "30");
  await page.getByRole("button", { name: "Save policy" }).click();
  await expect(page.getByText("API key policy saved.")).toBeVisible();

  await page.getByRole("link", { name: "Webhooks" }).click();
  await expect(page.getByRole("heading", { name: "Endpoints" })).toBeVisible();
  await expectAccessible(page, "Settings → Webhooks");
  await page.getByRole("button", { name: "Add endpoint" }).click();
  const dialog = page.getByRole("dialog", { name: "Add endpoint" });
  await expectAccessible(page, "Add endpoint dialog");
  for (const [url, message] of [
    ["https://127.0.0.1/hook", /public addresses/],
    ["https://169.254.169.254/latest/meta-data", /public addresses/],
    ["http://example.com/hook", /must start with https/],
    ["https://localhost/hook", /not a public host name/],
  ] as const) {
    await dialog.getByLabel("Endpoint URL").fill(url);
    await dialog.getByRole("button", { name: "Add endpoint" }).click();
    await expect(dialog.getByText(message)).toBeVisible();
  }
  await dialog.getByRole("button", { name: "Cancel" }).click();

  await page.getByRole("link", { name: API_E2E_ENDPOINT_URL }).click();
  await expect(page.getByRole("heading", { name: "Delivery log" })).toBeVisible();
  const log = page.getByRole("table", { name: "Deliveries" });
  const failed = log.getByRole("row").filter({ hasText: "member.removed" }).filter({ hasText: "upstream exploded" });
  await expect(failed).toContainText("Failed");
  await expect(failed).toContainText("HTTP 500");
  await expect(log.getByRole("row").filter({ hasText: "team.created" })).toContainText("Delivered");
  await expectAccessible(page, "webhook delivery log");

  await page.getByRole("button", { name: "Status" }).click();
  await page.getByRole("menuitemcheckbox", { name: "Failed" }).click();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/status=dead/);
  await expect(log.getByRole("row").filter({ hasText: "team.created" })).toHaveCount(0);

  await failed.getByRole("button", { name: /Actions for member\.removed/ }).click();
  await page.getByRole("menuitem", { name: "Resend" }).click();
  await expect(page.getByText("Queued again")).toBeVisible();
});

test("the API reference renders every operation from the OpenAPI document", async ({ page }) => {
  await signInAs(page, DEV, "/api-reference");
  await expect(page.getByRole("heading", { name: "Roster REST API", level: 1 })).toBeVisible();
  for (const name of ["List members", "Change a member", "Invite members", "Create an API key for a member", "List audit events"]) {
    await expect(page.getByRole("heading", { name, level: 3 })).toBeVisible();
  }
  await expect(page.getByText("members:write").first()).toBeVisible();
  await expectAccessible(page, "API reference");
});
