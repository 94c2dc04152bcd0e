// Ownership transfer notice: to the new Owner ("you are now the Owner"), and to the former Owner
// as a record of what they did (an unexpected one is a sign their account is in other hands).
import { Button, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./layout";

export interface OwnershipTransferredEmailProps {
  recipient: "new_owner" | "former_owner";
  organizationName: string;
  newOwnerName: string;
  formerOwnerName: string;
  url: string;
}

export function OwnershipTransferredEmail({ recipient, organizationName, newOwnerName, formerOwnerName, url }: OwnershipTransferredEmailProps) {
  const toNewOwner = recipient === "new_owner";
  return (
    <EmailLayout
      preview={toNewOwner ? `You are now the Owner of ${organizationName}` : `You transferred ownership of ${organizationName}`}
      footer="You received this email because the ownership of an organization you belong to changed on Roster."
    >
      <Text style={emailStyles.heading}>{toNewOwner ? `You are now the Owner of ${organizationName}` : "Ownership transferred"}</Text>
      {toNewOwner ? (
        <Text style={emailStyles.paragraph}>
          {formerOwnerName} transferred ownership of <strong>{organizationName}</strong> to you. As Owner you manage seats and the
          plan, can transfer ownership, and can delete the organization. {formerOwnerName} is now an Admin.
        </Text>
      ) : (
        <Text style={emailStyles.paragraph}>
          You transferred ownership of <strong>{organizationName}</strong> to {newOwnerName}. You are now an Admin. If you didn&apos;t
          do this, contact {newOwnerName} and secure your account.
        </Text>
      )}
      <Button href={url} style={emailStyles.button}>
        Open {organizationName}
      </Button>
    </EmailLayout>
  );
}

OwnershipTransferredEmail.PreviewProps = {
  recipient: "new_owner",
  organizationName: "Acme Inc.",
  newOwnerName: "Grace Hopper",
  formerOwnerName: "Ada Lovelace",
  url: "http://localhost:3000/orgs/acme/settings",
} satisfies OwnershipTransferredEmailProps;

export default OwnershipTransferredEmail;
