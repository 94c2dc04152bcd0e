// Welcomes someone who has just joined an organization (accepted an invitation, joined through a
// verified domain, or had a request to join approved): where to find it, their role, and where
// their notification settings are.
import { Button, Link, Text } from "@react-email/components";
import { createElement } from "react";
import { breakAutoLinks } from "@/lib/plain-text/links";
import { renderEmail } from "../render";
import { EmailLayout, emailStyles } from "./layout";

export interface WelcomeEmailProps {
  organizationName: string;
  memberName: string;
  roleLabel: string;
  /** The organization's page in Roster. */
  url: string;
  settingsUrl: string;
}

export function WelcomeEmail({ organizationName, memberName, roleLabel, url, settingsUrl }: WelcomeEmailProps) {
  const organization = breakAutoLinks(organizationName);
  return (
    <EmailLayout preview={`Welcome to ${organization} on Roster`} footer={`You received this email because you joined ${organization} on Roster.`}>
      <Text style={emailStyles.heading}>Welcome to {organization}</Text>
      <Text style={emailStyles.paragraph}>Hi {breakAutoLinks(memberName)},</Text>
      <Text style={emailStyles.paragraph}>
        You are now a member of <strong>{organization}</strong> as <strong>{roleLabel}</strong>. You can see its members and
        teams in Roster.
      </Text>
      <Button href={url} style={emailStyles.button}>
        Open {organization}
      </Button>
      <Text style={emailStyles.muted}>
        Choose which emails you get from {organization} in your{" "}
        <Link href={settingsUrl} style={{ color: "#4f46e5" }}>
          notification settings
        </Link>
        .
      </Text>
    </EmailLayout>
  );
}

WelcomeEmail.PreviewProps = {
  organizationName: "Acme Inc.",
  memberName: "Grace Hopper",
  roleLabel: "Developer",
  url: "https://roster.example.com/orgs/acme/members",
  settingsUrl: "https://roster.example.com/account/notifications",
} satisfies WelcomeEmailProps;

export default WelcomeEmail;

/** Subject, HTML and text of the welcome. */
export async function renderWelcomeEmail(props: WelcomeEmailProps) {
  const { html, text } = await renderEmail(createElement(WelcomeEmail, props));
  return { subject: `Welcome to ${props.organizationName} on Roster`, html, text };
}
