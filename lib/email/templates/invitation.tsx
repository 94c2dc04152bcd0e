// The invitation email: who invited you to which organization, with which role, and the link.
// Everything people typed (names, the message) goes through breakAutoLinks: it is shown as text,
// and no mail client may turn something in it that looks like an address into a link.
import { Button, Link, Section, Text } from "@react-email/components";
import { Fragment } from "react";
import { breakAutoLinks } from "@/lib/plain-text/links";
import { EmailLayout, emailStyles } from "./layout";

export interface InvitationEmailProps {
  organizationName: string;
  inviterName: string;
  roleLabel: string;
  url: string;
  expiresAt: Date;
  message?: string | null;
}

export function InvitationEmail({ organizationName, inviterName, roleLabel, url, expiresAt, message }: InvitationEmailProps) {
  const expires = expiresAt.toUTCString().replace(/:\d\d GMT$/, " UTC");
  const organization = breakAutoLinks(organizationName);
  const inviter = breakAutoLinks(inviterName);
  return (
    <EmailLayout
      preview={`${inviter} invited you to join ${organization} on Roster`}
      footer="You received this email because someone invited this address to an organization on Roster. If you don't know them, you can ignore it."
    >
      <Text style={emailStyles.heading}>Join {organization} on Roster</Text>
      <Text style={emailStyles.paragraph}>
        {inviter} invited you to join <strong>{organization}</strong> as <strong>{roleLabel}</strong>.
      </Text>
      {message ? <InviterMessage inviterName={inviterName} message={message} /> : null}
      <Button href={url} style={emailStyles.button}>
        View invitation
      </Button>
      <Text style={emailStyles.muted}>
        The invitation expires on {expires}. Or paste this link into your browser:{" "}
        <Link href={url} style={{ color: "#4f46e5" }}>
          {url}
        </Link>
      </Text>
    </EmailLayout>
  );
}

/**
 * The inviter's own words, labelled as theirs and set apart in a quoted block (the text version
 * shows it as "> " lines), so nobody takes them for Roster's. Line breaks are kept.
 */
export function InviterMessage({ inviterName, message }: { inviterName: string; message: string }) {
  const lines = breakAutoLinks(message).split(/\r?\n/);
  return (
    <Section style={{ margin: "0 0 20px" }}>
      <Text style={{ ...emailStyles.paragraph, margin: "0 0 6px", fontWeight: 600 }}>Message from {breakAutoLinks(inviterName)}:</Text>
      <blockquote style={quote}>
        <Text style={{ ...emailStyles.paragraph, margin: 0 }}>
          {lines.map((line, index) => (
            <Fragment key={index}>
              {index > 0 ? <br /> : null}
              {line}
            </Fragment>
          ))}
        </Text>
      </blockquote>
    </Section>
  );
}

const quote = { margin: 0, padding: "8px 14px", borderLeft: "4px solid #c7d2fe", backgroundColor: "#f8fafc" };
