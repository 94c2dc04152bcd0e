// Tells a person they were removed from an organization (their account and other organizations stay).
import { Text } from "@react-email/components";
import { createElement } from "react";
import { renderEmail } from "../render";
import { EmailLayout, emailStyles } from "./layout";

export interface RemovedEmailProps {
  organizationName: string;
  memberName: string;
  removedByName: string;
}

export function RemovedEmail({ organizationName, memberName, removedByName }: RemovedEmailProps) {
  return (
    <EmailLayout
      preview={`You were removed from ${organizationName}`}
      footer="You received this email because your membership of an organization on Roster ended."
    >
      <Text style={emailStyles.heading}>You were removed from {organizationName}</Text>
      <Text style={emailStyles.paragraph}>Hi {memberName},</Text>
      <Text style={emailStyles.paragraph}>
        {removedByName} removed you from <strong>{organizationName}</strong>, so you no longer have access to it, its teams or its
        API keys.
      </Text>
      <Text style={emailStyles.paragraph}>
        Your Roster account and your other organizations are not affected. If you think this was a mistake, ask an admin of the
        organization.
      </Text>
    </EmailLayout>
  );
}

RemovedEmail.PreviewProps = {
  organizationName: "Acme Inc.",
  memberName: "Grace Hopper",
  removedByName: "Ada Lovelace",
} satisfies RemovedEmailProps;

export default RemovedEmail;

/** Subject, HTML and text of the notice. */
export async function renderRemovedEmail(props: RemovedEmailProps) {
  const { html, text } = await renderEmail(createElement(RemovedEmail, props));
  return { subject: `You were removed from ${props.organizationName}`, html, text };
}
