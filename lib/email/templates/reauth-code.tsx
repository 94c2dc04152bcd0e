// The one-time verification code that confirms a dangerous organization action (ownership
// transfer, deletion) when the sign-in is not recent.
import { Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./layout";

export interface ReauthCodeEmailProps {
  code: string;
  /** What the code confirms, e.g. "transfer ownership of Acme". */
  actionLabel: string;
  expiresInMinutes: number;
}

export function ReauthCodeEmail({ code, actionLabel, expiresInMinutes }: ReauthCodeEmailProps) {
  return (
    <EmailLayout
      preview={`Your Roster verification code: ${code}`}
      footer="You received this email because someone signed in as you asked for a verification code. If it wasn't you, don't share the code, and sign out of Roster everywhere."
    >
      <Text style={emailStyles.heading}>Your verification code</Text>
      <Text style={emailStyles.paragraph}>Enter this code in Roster to confirm that you want to {actionLabel}:</Text>
      <Text style={codeStyle}>{code}</Text>
      <Text style={emailStyles.muted}>
        The code works once and expires in {expiresInMinutes} minutes. Roster will never ask you for it by phone or email.
      </Text>
    </EmailLayout>
  );
}

const codeStyle = {
  fontSize: "32px",
  fontWeight: 700,
  letterSpacing: "8px",
  color: "#0f172a",
  fontFamily: "'SFMono-Regular', Menlo, Consolas, monospace",
  margin: "8px 0 8px",
};

ReauthCodeEmail.PreviewProps = {
  code: "482913",
  actionLabel: "transfer ownership of Acme Inc.",
  expiresInMinutes: 10,
} satisfies ReauthCodeEmailProps;

export default ReauthCodeEmail;
