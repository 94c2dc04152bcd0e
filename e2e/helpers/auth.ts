// Signing in for tests: request a magic link through Auth.js's own endpoints, read it from the
// dev mailbox, and open it — the real flow, minus typing into the sign-in form.
import { expect, type APIRequestContext, type Page } from "@playwright/test";

export interface MailboxMessage {
  to: string;
  subject: string;
  text: string;
  links: string[];
  /** The message's own link into the app (its sign-in or invitation link). */
  appLink: string | null;
  createdAt: string;
}

export async function readMailbox(request: APIRequestContext, to: string): Promise<MailboxMessage[]> {
  const response = await request.get(`/api/dev/mailbox?to=${encodeURIComponent(to)}`);
  expect(response.ok()).toBeTruthy();
  return (await response.json()) as MailboxMessage[];
}

/** Waits for a message to `to` newer than `since` whose subject matches, and returns it. */
export async function waitForEmail(
  request: APIRequestContext,
  to: string,
  { since, subject, match }: { since: Date; subject?: RegExp; match?: (message: MailboxMessage) => boolean },
): Promise<MailboxMessage> {
  let found: MailboxMessage | undefined;
  await expect
    .poll(
      async () => {
        const messages = await readMailbox(request, to);
        // The newest match: another test signing in as the same address may have asked too.
        found = messages
          .filter((m) => new Date(m.createdAt).getTime() >= since.getTime() - 1000 && (!subject || subject.test(m.subject)) && (!match || match(m)))
          .sort((a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime())[0];
        return Boolean(found);
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

function signInLinkIn(message: MailboxMessage): string | undefined {
  return [message.appLink ?? "", ...message.links].find((l) => l.includes("/api/auth/callback/resend"));
}

export function signInLinkFrom(message: MailboxMessage): string {
  const link = signInLinkIn(message);
  if (!link) throw new Error(`no sign-in link in: ${message.links.join(", ")}`);
  return link;
}

/**
 * Signs the page's browser context in as `email` and leaves it on `callbackUrl`. Tests running in
 * parallel may sign the same person in at the same moment and open each other's single-use link;
 * the loser asks again.
 */
export async function signInAs(page: Page, email: string, callbackUrl = "/"): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await requestAndOpenSignInLink(page, email, callbackUrl);
    const usedUp = await page.getByRole("heading", { name: "This sign-in link no longer works" }).isVisible();
    if (!usedUp) return;
    if (attempt >= 3) throw new Error(`could not sign in as ${email}: every link was used by someone else`);
  }
}

async function requestAndOpenSignInLink(page: Page, email: string, callbackUrl: string): Promise<void> {
  const since = new Date();
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/signin/resend", {
    form: { email, csrfToken, callbackUrl },
    maxRedirects: 0,
  });
  expect(response.status(), "sign-in request accepted").toBeLessThan(400);
  // Only a link back to this callbackUrl: a parallel test signing the same person in elsewhere
  // (the same page without its filters, say) must not hand this test its destination.
  const message = await waitForEmail(page.request, email, { since, subject: /sign in/i, match: (m) => leadsTo(m, callbackUrl) });
  await page.goto(signInLinkFrom(message));
}

function leadsTo(message: MailboxMessage, callbackUrl: string): boolean {
  const link = signInLinkIn(message);
  if (!link) return false;
  const target = new URL(link).searchParams.get("callbackUrl");
  if (!target) return false;
  const where = (url: string) => {
    const parsed = new URL(url, "http://e2e.invalid");
    return parsed.pathname + parsed.search;
  };
  return where(target) === where(callbackUrl);
}
