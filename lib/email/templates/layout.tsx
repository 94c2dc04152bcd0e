// Shared frame of every Roster email: brand header, white card, footer.
import { Body, Container, Head, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

export interface EmailLayoutProps {
  /** Inbox preview line. */
  preview: string;
  children: ReactNode;
  /** Why the recipient got this email. */
  footer?: string;
}

export function EmailLayout({ preview, children, footer }: EmailLayoutProps) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Container style={container}>
          <Text style={brand}>Roster</Text>
          <Section style={card}>{children}</Section>
          {footer ? <Text style={footerText}>{footer}</Text> : null}
        </Container>
      </Body>
    </Html>
  );
}

const body = {
  backgroundColor: "#f8fafc",
  fontFamily: "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
  margin: 0,
  padding: "32px 0",
};
const container = { maxWidth: "520px", margin: "0 auto", padding: "0 16px" };
const brand = { fontSize: "18px", fontWeight: 700, color: "#4f46e5", margin: "0 0 16px" };
const card = {
  backgroundColor: "#ffffff",
  border: "1px solid #e2e8f0",
  borderRadius: "12px",
  padding: "28px 32px",
};
const footerText = { fontSize: "12px", lineHeight: "18px", color: "#64748b", margin: "16px 0 0" };

/** Styles shared by templates. */
export const emailStyles = {
  heading: { fontSize: "20px", fontWeight: 600, color: "#0f172a", margin: "0 0 12px" },
  paragraph: { fontSize: "14px", lineHeight: "22px", color: "#334155", margin: "0 0 16px" },
  button: {
    backgroundColor: "#4f46e5",
    borderRadius: "6px",
    color: "#ffffff",
    display: "inline-block",
    fontSize: "14px",
    fontWeight: 600,
    padding: "12px 20px",
    textDecoration: "none",
  },
  muted: { fontSize: "12px", lineHeight: "18px", color: "#64748b", margin: "16px 0 0", wordBreak: "break-all" as const },
};
