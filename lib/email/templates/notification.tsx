// A notification sent by email right away: its title, its text and a button to the page it opens.
import { Button, Text } from "@react-email/components";
import { createElement } from "react";
import { renderEmail } from "../render";
import { EmailLayout, emailStyles } from "./layout";

export interface NotificationEmailProps {
  organizationName: string;
  title: string;
  body: string | null;
  /** Absolute URL of the page the notification opens, if any. */
  url: string | null;
  /** Absolute URL of the recipient's notification settings. */
  settingsUrl: string;
}

export function NotificationEmail({ organizationName, title, body, url, settingsUrl }: NotificationEmailProps) {
  return (
    <EmailLayout
      preview={title}
      footer={`You received this email from ${organizationName} on Roster. Choose which emails you get, and how often, in your notification settings: ${settingsUrl}`}
    >
      <Text style={emailStyles.heading}>{title}</Text>
      {body ? <Text style={{ ...emailStyles.paragraph, whiteSpace: "pre-wrap" }}>{body}</Text> : null}
      {url ? (
        <Button href={url} style={emailStyles.button}>
          Open in Roster
        </Button>
      ) : null}
    </EmailLayout>
  );
}

NotificationEmail.PreviewProps = {
  organizationName: "Acme Inc.",
  title: "You were added to the team Platform",
  body: "Ada Lovelace added you to Platform as a Member.",
  url: "http://localhost:3000/orgs/acme/teams",
  settingsUrl: "http://localhost:3000/account/notifications",
} satisfies NotificationEmailProps;

export default NotificationEmail;

export async function renderNotificationEmail(props: NotificationEmailProps) {
  const { html, text } = await renderEmail(createElement(NotificationEmail, props));
  return { subject: `${props.title} · ${props.organizationName}`, html, text };
}
