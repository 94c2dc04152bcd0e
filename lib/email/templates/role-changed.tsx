// Tells a member that their role in an organization changed, from what to what and by whom.
import { Button, Text } from "@react-email/components";
import { createElement } from "react";
import { renderEmail } from "../render";
import { EmailLayout, emailStyles } from "./layout";

export interface RoleChangedEmailProps {
  organizationName: string;
  memberName: string;
  fromRoleLabel: string;
  toRoleLabel: string;
  changedByName: string;
  /** The organization's members page. */
  url: string;
}

export function RoleChangedEmail({ organizationName, memberName, fromRoleLabel, toRoleLabel, changedByName, url }: RoleChangedEmailProps) {
  return (
    <EmailLayout
      preview={`Your role in ${organizationName} is now ${toRoleLabel}`}
      footer="You received this email because your membership of an organization on Roster changed. If this looks wrong, contact an admin of the organization."
    >
      <Text style={emailStyles.heading}>Your role changed</Text>
      <Text style={emailStyles.paragraph}>Hi {memberName},</Text>
      <Text style={emailStyles.paragraph}>
        {changedByName} changed your role in <strong>{organizationName}</strong> from <strong>{fromRoleLabel}</strong> to{" "}
        <strong>{toRoleLabel}</strong>. What you can see and do there changes with it, starting now.
      </Text>
      <Button href={url} style={emailStyles.button}>
        Open {organizationName}
      </Button>
    </EmailLayout>
  );
}

RoleChangedEmail.PreviewProps = {
  organizationName: "Acme Inc.",
  memberName: "Grace Hopper",
  fromRoleLabel: "Developer",
  toRoleLabel: "Manager",
  changedByName: "Ada Lovelace",
  url: "http://localhost:3000/orgs/acme/members",
} satisfies RoleChangedEmailProps;

export default RoleChangedEmail;

/** Subject, HTML and text of the notice. */
export async function renderRoleChangedEmail(props: RoleChangedEmailProps) {
  const { html, text } = await renderEmail(createElement(RoleChangedEmail, props));
  return { subject: `Your role in ${props.organizationName} is now ${props.toRoleLabel}`, html, text };
}
