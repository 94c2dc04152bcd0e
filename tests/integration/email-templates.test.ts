// Every email template rendered to the HTML and plain-text bodies the outbox stores: each says what
// happened in both, carries its link in both, and never leaks markup or "undefined" into the text.
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { renderEmail, type RenderedEmail } from "@/lib/email/render";
import { renderInvitationReminderEmail } from "@/lib/email/templates/invitation-reminder";
import { OwnershipTransferredEmail } from "@/lib/email/templates/ownership-transferred";
import { ReauthCodeEmail } from "@/lib/email/templates/reauth-code";
import { renderRemovedEmail } from "@/lib/email/templates/removed";
import { renderWelcomeEmail } from "@/lib/email/templates/welcome";
import { renderRoleChangedEmail } from "@/lib/email/templates/role-changed";
import { SignInLinkEmail } from "@/lib/email/templates/sign-in-link";
import { buildInvitationEmail } from "@/lib/invitations/issue-invitation";

const INVITE_URL = "https://roster.example.com/invite/tok_abc123";
const expiresAt = new Date("2031-05-08T14:30:00Z");
const invitation = { organizationName: "Acme Inc.", inviterName: "Ada Lovelace", roleLabel: "Developer", url: INVITE_URL, expiresAt };

/** Checks that hold for every template, then returns the bodies for specific assertions. */
function wellFormed(email: RenderedEmail, userText = ""): RenderedEmail {
  expect(email.html).toMatch(/^<!DOCTYPE html/i);
  expect(email.html).toContain("Roster");
  for (const body of [email.html, email.text]) {
    expect(body).not.toMatch(/undefined|\[object Object\]|NaN/);
  }
  // Text a person typed (an invitation's message) is kept as written; nothing else looks like markup.
  expect(email.text.replace(userText, "")).not.toMatch(/<[a-z][^>]*>/i);
  expect(email.text.trim().length).toBeGreaterThan(40);
  return email;
}

describe("email templates", () => {
  it("welcome: the organization joined, the role, a link to it and to the notification settings", async () => {
    const email = await renderWelcomeEmail({
      organizationName: "Acme.example",
      memberName: "Grace Hopper",
      roleLabel: "Developer",
      url: "https://roster.test/orgs/acme/members",
      settingsUrl: "https://roster.test/account/notifications",
    });
    expect(email.subject).toBe("Welcome to Acme.example on Roster");
    const { html, text } = wellFormed(email);
    expect(text).toContain("You are now a member of Acme.\u2060example as Developer");
    expect(text).toContain("Hi Grace Hopper,");
    expect(html).toContain('href="https://roster.test/orgs/acme/members"');
    expect(html).toContain('href="https://roster.test/account/notifications"');
  });

  it("invitation: who invited you to what, as which role, the link and its expiry", async () => {
    const message = "Welcome <b>aboard</b> & hello";
    const email = await buildInvitationEmail({ ...invitation, message });
    expect(email.subject).toBe("Ada Lovelace invited you to join Acme Inc. on Roster");
    const { html, text } = wellFormed(email, message);
    expect(html).toContain(`href="${INVITE_URL}"`);
    expect(html).toContain("Welcome &lt;b&gt;aboard&lt;/b&gt; &amp; hello");
    expect(text).toContain("Ada Lovelace invited you to join Acme Inc. as Developer");
    expect(text).toContain(`Message from Ada Lovelace:\n\n> ${message}`);
    expect(text).toContain(INVITE_URL);
    expect(text).toContain("Thu, 08 May 2031 14:30 UTC");
  });

  it("invitation: the inviter's message is a quoted block labelled as theirs, line breaks kept, no address left linkable", async () => {
    const message = "Hi! Our wiki is wiki.acme.example/start,\nmail me at ada@acme.example.";
    const email = await buildInvitationEmail({ ...invitation, organizationName: "Acme.example", message });
    const { html, text } = wellFormed(email);
    expect(text).toContain(
      "Message from Ada Lovelace:\n\n> Hi! Our wiki is wiki.\u2060acme.\u2060example/start,\n> mail me at ada@\u2060acme.\u2060example.",
    );
    expect(html).toContain("Message from <!-- -->Ada Lovelace<!-- -->:");
    expect(html).toMatch(/<blockquote[^>]*>.*wiki\.\u2060acme\.\u2060example\/start,<br\/>mail me at ada@\u2060acme\.\u2060example\./s);
    // The organization's name too; the link Roster itself sends is untouched.
    expect(text).toContain("Join Acme.\u2060example on Roster");
    expect(text).not.toMatch(/\b(?:wiki\.acme|acme)\.example/);
    expect(html).toContain(`href="${INVITE_URL}"`);
    expect(text).toContain(INVITE_URL);
  });

  it("invitation reminder: a fresh link, and the earlier one no longer works", async () => {
    const email = await renderInvitationReminderEmail({ ...invitation, message: null });
    expect(email.subject).toBe("Reminder: Ada Lovelace invited you to join Acme Inc. on Roster");
    const { html, text } = wellFormed(email);
    expect(html).toContain(`href="${INVITE_URL}"`);
    expect(text).toContain("Ada Lovelace sent you a new link to join Acme Inc. as Developer");
    expect(text).toMatch(/earlier invitation link no longer works/);
    expect(text).toContain(INVITE_URL);
    expect(text).toContain("expires on Thu, 08 May 2031 14:30 UTC");
    expect(text).not.toContain("Message from");
    const withMessage = await renderInvitationReminderEmail({ ...invitation, message: "See evil.example/login" });
    expect(withMessage.text).toContain("Message from Ada Lovelace:\n\n> See evil.\u2060example/login");
  });

  it("role changed: from which role to which, by whom, with a link to the organization", async () => {
    const url = "https://roster.example.com/orgs/acme/members";
    const email = await renderRoleChangedEmail({
      organizationName: "Acme Inc.", memberName: "Grace Hopper", fromRoleLabel: "Developer", toRoleLabel: "Manager", changedByName: "Ada Lovelace", url,
    });
    expect(email.subject).toBe("Your role in Acme Inc. is now Manager");
    const { html, text } = wellFormed(email);
    expect(html).toContain(`href="${url}"`);
    expect(text).toContain("Hi Grace Hopper");
    expect(text).toContain("Ada Lovelace changed your role in Acme Inc. from Developer to Manager");
    expect(text).toContain(url);
  });

  it("removed: who removed you, what you lose and what you keep", async () => {
    const email = await renderRemovedEmail({ organizationName: "Acme Inc.", memberName: "Grace Hopper", removedByName: "Ada Lovelace" });
    expect(email.subject).toBe("You were removed from Acme Inc.");
    const { text } = wellFormed(email);
    expect(text).toContain("Ada Lovelace removed you from Acme Inc., so you no longer have access");
    expect(text).not.toContain("..");
    expect(text).toMatch(/Your Roster account and your other organizations are not affected/);
  });

  it("ownership transferred: to the new Owner and, as a record, to the former one", async () => {
    const props = { organizationName: "Acme Inc.", newOwnerName: "Grace Hopper", formerOwnerName: "Ada Lovelace", url: "https://roster.example.com/orgs/acme/settings" };
    const toNew = wellFormed(await renderEmail(createElement(OwnershipTransferredEmail, { ...props, recipient: "new_owner" })));
    expect(toNew.text).toContain("Ada Lovelace transferred ownership of Acme Inc. to you");
    expect(toNew.html).toContain(`href="${props.url}"`);
    const toFormer = wellFormed(await renderEmail(createElement(OwnershipTransferredEmail, { ...props, recipient: "former_owner" })));
    expect(toFormer.text).toContain("You transferred ownership of Acme Inc. to Grace Hopper. You are now an Admin.");
  });

  it("sign-in link and verification code", async () => {
    const url = "https://roster.example.com/api/auth/callback/resend?token=t&email=ada%40example.com";
    const signIn = wellFormed(await renderEmail(createElement(SignInLinkEmail, { url, expiresInMinutes: 15 })));
    expect(signIn.text).toContain("expires in 15 minutes");
    expect(signIn.text).toContain(url);
    expect(signIn.html).toContain(`href="${url.replace(/&/g, "&amp;")}"`);
    const code = wellFormed(await renderEmail(createElement(ReauthCodeEmail, { code: "482913", actionLabel: "transfer ownership of Acme Inc.", expiresInMinutes: 10 })));
    expect(code.text).toContain("482913");
    expect(code.text).toContain("confirm that you want to transfer ownership of Acme Inc.");
  });
});
