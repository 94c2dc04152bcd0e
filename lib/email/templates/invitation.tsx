// The invitation email: who invited you to which organization, with which role, and the link.
import { Button, Link, Text } from "@react-email/components";
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
  return (
    <EmailLayout
      preview={`${inviterName} invited you to join ${organizationName} on Roster`}
      footer="You received this email because someone invited this address to an organization on Roster. If you don't know them, you can ignore it."
    >
      <Text style={emailStyles.heading}>Join {organizationName} on Roster</Text>
      <Text style={emailStyles.paragraph}>
        {inviterName} invited you to join <strong>{organizationName}</strong> as <strong>{roleLabel}</strong>.
      </Text>
      {message ? <Text style={{ ...emailStyles.paragraph, fontStyle: "italic" }}>“{message}”</Text> : null}
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
