// The daily or weekly digest: every notification of the period a member chose to get by digest.
import { Button, Section, Text } from "@react-email/components";
import { createElement } from "react";
import { renderEmail } from "../render";
import { EmailLayout, emailStyles } from "./layout";

export interface DigestItem {
  title: string;
  body: string | null;
  when: string;
}

export interface NotificationDigestEmailProps {
  organizationName: string;
  memberName: string;
  frequency: "daily" | "weekly";
  items: DigestItem[];
  /** Absolute URL of the organization in Roster. */
  url: string;
  settingsUrl: string;
}

export function NotificationDigestEmail({ organizationName, memberName, frequency, items, url, settingsUrl }: NotificationDigestEmailProps) {
  const period = frequency === "daily" ? "day" : "week";
  return (
    <EmailLayout
      preview={`${items.length} update${items.length === 1 ? "" : "s"} in ${organizationName}`}
      footer={`You get this ${frequency} digest because of your notification settings: ${settingsUrl}`}
    >
      <Text style={emailStyles.heading}>Your {frequency} digest</Text>
      <Text style={emailStyles.paragraph}>
        Hi {memberName}, here is what happened in <strong>{organizationName}</strong> this {period}.
      </Text>
      {items.map((item, index) => (
        <Section key={index} style={{ borderTop: "1px solid #e2e8f0", padding: "8px 0" }}>
          <Text style={{ ...emailStyles.paragraph, margin: 0, fontWeight: 600 }}>{item.title}</Text>
          {item.body ? <Text style={{ ...emailStyles.paragraph, margin: 0 }}>{item.body}</Text> : null}
          <Text style={{ ...emailStyles.muted, margin: 0 }}>{item.when}</Text>
        </Section>
      ))}
      <Button href={url} style={emailStyles.button}>
        Open {organizationName}
      </Button>
    </EmailLayout>
  );
}

NotificationDigestEmail.PreviewProps = {
  organizationName: "Acme Inc.",
  memberName: "Grace Hopper",
  frequency: "daily",
  items: [
    { title: "You were added to the team Platform", body: "Ada Lovelace added you as a Member.", when: "2 Dec 2026, 14:03 UTC" },
    { title: "Your invitation was accepted", body: "bob@example.com joined Acme Inc.", when: "2 Dec 2026, 16:40 UTC" },
  ],
  url: "http://localhost:3000/orgs/acme/members",
  settingsUrl: "http://localhost:3000/account/notifications",
} satisfies NotificationDigestEmailProps;

export default NotificationDigestEmail;

export async function renderNotificationDigestEmail(props: NotificationDigestEmailProps) {
  const { html, text } = await renderEmail(createElement(NotificationDigestEmail, props));
  const count = `${props.items.length} update${props.items.length === 1 ? "" : "s"}`;
  return { subject: `Your ${props.frequency} digest: ${count} in ${props.organizationName}`, html, text };
}
