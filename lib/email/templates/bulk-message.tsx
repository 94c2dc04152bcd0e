// A message an admin sent to several members at once (Bulk Actions → Send Message): plain text,
// quoted and labelled with its sender, with auto-linking broken so it can't carry a link.
import { Text } from "@react-email/components";
import { createElement } from "react";
import { breakAutoLinks } from "@/lib/plain-text/links";
import { renderEmail } from "../render";
import { EmailLayout, emailStyles } from "./layout";

export interface BulkMessageEmailProps {
  organizationName: string;
  senderName: string;
  subject: string;
  message: string;
}

export function BulkMessageEmail({ organizationName, senderName, subject, message }: BulkMessageEmailProps) {
  return (
    <EmailLayout
      preview={`${breakAutoLinks(senderName)}: ${breakAutoLinks(subject)}`}
      footer={`You received this email because you are a member of ${breakAutoLinks(organizationName)} on Roster.`}
    >
      <Text style={emailStyles.heading}>{breakAutoLinks(subject)}</Text>
      <Text style={emailStyles.paragraph}>
        Message from {breakAutoLinks(senderName)} ({breakAutoLinks(organizationName)}):
      </Text>
      <Text style={{ ...emailStyles.paragraph, whiteSpace: "pre-wrap", borderLeft: "3px solid #c7d2fe", paddingLeft: "12px" }}>
        {breakAutoLinks(message)}
      </Text>
    </EmailLayout>
  );
}

BulkMessageEmail.PreviewProps = {
  organizationName: "Acme Inc.",
  senderName: "Ada Lovelace",
  subject: "Office closed on Friday",
  message: "The office is closed on Friday for maintenance.\nWork from home as usual.",
} satisfies BulkMessageEmailProps;

export default BulkMessageEmail;

/** Subject, HTML and text: rendered once and sent to every recipient. */
export async function renderBulkMessageEmail(props: BulkMessageEmailProps) {
  const { html, text } = await renderEmail(createElement(BulkMessageEmail, props));
  return { subject: `${props.subject} — ${props.organizationName}`, html, text };
}
