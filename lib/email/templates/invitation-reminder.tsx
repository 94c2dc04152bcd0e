// The invitation sent again (Resend): a reminder with a fresh link, saying the earlier one no longer works.
// What people typed is shown as in the invitation: as text no mail client turns into links.
import { Button, Link, Text } from "@react-email/components";
import { createElement } from "react";
import { breakAutoLinks } from "@/lib/plain-text/links";
import { renderEmail } from "../render";
import { InviterMessage } from "./invitation";
import { EmailLayout, emailStyles } from "./layout";

export interface InvitationReminderEmailProps {
  organizationName: string;
  inviterName: string;
  roleLabel: string;
  url: string;
  expiresAt: Date;
  message?: string | null;
}

export function InvitationReminderEmail({ organizationName, inviterName, roleLabel, url, expiresAt, message }: InvitationReminderEmailProps) {
  const expires = expiresAt.toUTCString().replace(/:\d\d GMT$/, " UTC");
  const organization = breakAutoLinks(organizationName);
  const inviter = breakAutoLinks(inviterName);
  return (
    <EmailLayout
      preview={`Reminder: you're invited to join ${organization} on Roster`}
      footer="You received this email because someone invited this address to an organization on Roster. If you don't know them, you can ignore it."
    >
      <Text style={emailStyles.heading}>Your invitation to {organization}</Text>
      <Text style={emailStyles.paragraph}>
        {inviter} sent you a new link to join <strong>{organization}</strong> as <strong>{roleLabel}</strong>. Any earlier
        invitation link no longer works; use this one.
      </Text>
      {message ? <InviterMessage inviterName={inviterName} message={message} /> : null}
      <Button href={url} style={emailStyles.button}>
        View invitation
      </Button>
      <Text style={emailStyles.muted}>
        This link expires on {expires}. Or paste it into your browser:{" "}
        <Link href={url} style={{ color: "#4f46e5" }}>
          {url}
        </Link>
      </Text>
    </EmailLayout>
  );
}

InvitationReminderEmail.PreviewProps = {
  organizationName: "Acme Inc.",
  inviterName: "Ada Lovelace",
  roleLabel: "Developer",
  url: "http://localhost:3000/invite/preview-token",
  expiresAt: new Date("2030-01-08T12:00:00Z"),
  message: "Looking forward to working with you!",
} satisfies InvitationReminderEmailProps;

export default InvitationReminderEmail;

/** Subject, HTML and text of the reminder. */
export async function renderInvitationReminderEmail(props: InvitationReminderEmailProps) {
  const { html, text } = await renderEmail(createElement(InvitationReminderEmail, props));
  return { subject: `Reminder: ${props.inviterName} invited you to join ${props.organizationName} on Roster`, html, text };
}
