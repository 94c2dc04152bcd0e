// The sign-in email carries the link in both bodies and says when it expires.
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { extractLinks } from "@/lib/email/links";
import { renderEmail } from "@/lib/email/render";
import { SignInLinkEmail } from "@/lib/email/templates/sign-in-link";

describe("sign-in link email", () => {
  it("renders the link in the HTML and the text, with the expiry", async () => {
    const url = "http://localhost:3000/api/auth/callback/resend?callbackUrl=%2Forgs&token=t0k3n&email=ada%40example.com";
    const { html, text } = await renderEmail(createElement(SignInLinkEmail, { url, expiresInMinutes: 15 }));

    expect(text).toContain(url);
    expect(text).toContain("expires in 15 minutes");
    expect(html).toContain(url.replace(/&/g, "&amp;"));
    expect(extractLinks(text, html)).toEqual([url]);
  });
});
