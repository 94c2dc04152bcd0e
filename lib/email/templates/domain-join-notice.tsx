// Tells an organization's Owners and Admins about someone arriving through a verified domain: they
// joined by auto-join, they asked to join, or they couldn't join because every seat is taken.
import { Button, Text } from "@react-email/components";
import { createElement } from "react";
import { breakAutoLinks } from "@/lib/plain-text/links";
import { renderEmail } from "../render";
import { EmailLayout, emailStyles } from "./layout";

export type DomainJoinNoticeKind = "auto_joined" | "requested" | "seat_limit";

export interface DomainJoinNoticeProps {
  kind: DomainJoinNoticeKind;
  organizationName: string;
  personEmail: string;
  domain: string;
  /** For auto_joined: the role they were given. */
  roleLabel?: string;
  /** The page to act on (members, or Settings → Domains). */
  url: string;
}

const SUBJECTS: Record<DomainJoinNoticeKind, (p: DomainJoinNoticeProps) => string> = {
  auto_joined: (p) => `${p.personEmail} joined ${breakAutoLinks(p.organizationName)} (auto-join)`,
  requested: (p) => `${p.personEmail} asks to join ${breakAutoLinks(p.organizationName)}`,
  seat_limit: (p) => `${p.personEmail} couldn't join ${breakAutoLinks(p.organizationName)}: no seat free`,
};

export function DomainJoinNoticeEmail(props: DomainJoinNoticeProps) {
  const { kind, organizationName, personEmail, domain, roleLabel, url } = props;
  const org = breakAutoLinks(organizationName);
  return (
    <EmailLayout preview={SUBJECTS[kind](props)} footer="You received this email because you are an Owner or Admin of an organization on Roster with a verified domain.">
      <Text style={emailStyles.heading}>{kind === "auto_joined" ? "Someone joined by auto-join" : kind === "requested" ? "A request to join" : "Someone couldn't join: no seat free"}</Text>
      <Text style={emailStyles.paragraph}>
        {kind === "auto_joined" ? (
          <>
            <strong>{personEmail}</strong> signed in with a verified {domain} address and joined <strong>{org}</strong> as {roleLabel}.
          </>
        ) : kind === "requested" ? (
          <>
            <strong>{personEmail}</strong> signed in with a {domain} address and asks to join <strong>{org}</strong>. Approve or decline the request in Settings → Domains.
          </>
        ) : (
          <>
            <strong>{personEmail}</strong> signed in with a verified {domain} address, but <strong>{org}</strong> is at its seat limit, so auto-join could not add them. Free a seat or raise the limit,
            then approve their request in Settings → Domains.
          </>
        )}
      </Text>
      <Button href={url} style={emailStyles.button}>
        {kind === "auto_joined" ? "Open members" : "Open Settings → Domains"}
      </Button>
    </EmailLayout>
  );
}

DomainJoinNoticeEmail.PreviewProps = {
  kind: "auto_joined",
  organizationName: "Acme Inc",
  personEmail: "grace@acme.com",
  domain: "acme.com",
  roleLabel: "Developer",
  url: "http://localhost:3000/orgs/acme/members",
} satisfies DomainJoinNoticeProps;

export default DomainJoinNoticeEmail;

export async function renderDomainJoinNoticeEmail(props: DomainJoinNoticeProps) {
  const { html, text } = await renderEmail(createElement(DomainJoinNoticeEmail, props));
  return { subject: SUBJECTS[props.kind](props), html, text };
}
