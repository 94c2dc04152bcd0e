// Tells a reviewer they have people to review in an access review (and, when overdue, reminds
// them): which review, how many people, the due date, and the link to their decision list.
import { Button, Text } from "@react-email/components";
import { createElement } from "react";
import { renderEmail } from "../render";
import { EmailLayout, emailStyles } from "./layout";

export interface AccessReviewEmailProps {
  kind: "assigned" | "overdue";
  organizationName: string;
  reviewName: string;
  reviewerName: string;
  startedByName: string | null;
  people: number;
  dueAt: Date;
  /** The review's page. */
  url: string;
}

const day = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

export function AccessReviewEmail({ kind, organizationName, reviewName, reviewerName, startedByName, people, dueAt, url }: AccessReviewEmailProps) {
  const count = `${people.toLocaleString("en-US")} ${people === 1 ? "person" : "people"}`;
  return (
    <EmailLayout
      preview={kind === "overdue" ? `Overdue: access review "${reviewName}" in ${organizationName}` : `Please review ${count} in ${organizationName}`}
      footer="You received this email because you are a reviewer of an access review on Roster. If this looks wrong, contact an admin of the organization."
    >
      <Text style={emailStyles.heading}>{kind === "overdue" ? "An access review is overdue" : "You have an access review"}</Text>
      <Text style={emailStyles.paragraph}>Hi {reviewerName},</Text>
      <Text style={emailStyles.paragraph}>
        {kind === "overdue" ? (
          <>
            The access review <strong>{reviewName}</strong> in <strong>{organizationName}</strong> was due on {day.format(dueAt)} and still has
            people waiting for a decision.
          </>
        ) : (
          <>
            {startedByName ?? "An admin"} asked you to review the access of {count} in <strong>{organizationName}</strong> (
            <strong>{reviewName}</strong>) by {day.format(dueAt)}.
          </>
        )}
      </Text>
      <Text style={emailStyles.paragraph}>For each person, choose Keep, Change role or Remove, and add a note if it helps.</Text>
      <Button href={url} style={emailStyles.button}>
        Open the review
      </Button>
    </EmailLayout>
  );
}

AccessReviewEmail.PreviewProps = {
  kind: "assigned",
  organizationName: "Acme Inc.",
  reviewName: "Q3 access review",
  reviewerName: "Mia Manager",
  startedByName: "Ada Lovelace",
  people: 12,
  dueAt: new Date("2026-09-30T23:59:59Z"),
  url: "http://localhost:3000/orgs/acme/activity/reviews/00000000-0000-0000-0000-000000000000",
} satisfies AccessReviewEmailProps;

export default AccessReviewEmail;

export async function renderAccessReviewEmail(props: AccessReviewEmailProps) {
  const { html, text } = await renderEmail(createElement(AccessReviewEmail, props));
  const subject = props.kind === "overdue" ? `Overdue access review: ${props.reviewName}` : `Access review in ${props.organizationName}: ${props.reviewName}`;
  return { subject, html, text };
}
