// The magic-link sign-in email.
import { Button, Link, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./layout";

export interface SignInLinkEmailProps {
  url: string;
  /** Minutes until the link stops working. */
  expiresInMinutes: number;
}

export function SignInLinkEmail({ url, expiresInMinutes }: SignInLinkEmailProps) {
  return (
    <EmailLayout
      preview="Your sign-in link for Roster"
      footer="You received this email because someone asked to sign in to Roster with this address. If it wasn't you, you can ignore it."
    >
      <Text style={emailStyles.heading}>Sign in to Roster</Text>
      <Text style={emailStyles.paragraph}>
        Click the button below to sign in. The link works once and expires in {expiresInMinutes} minutes.
      </Text>
      <Button href={url} style={emailStyles.button}>
        Sign in
      </Button>
      <Text style={emailStyles.muted}>
        Or paste this link into your browser:{" "}
        <Link href={url} style={{ color: "#4f46e5" }}>
          {url}
        </Link>
      </Text>
    </EmailLayout>
  );
}

SignInLinkEmail.PreviewProps = {
  url: "http://localhost:3000/api/auth/callback/resend?token=preview&email=ada%40example.com",
  expiresInMinutes: 15,
} satisfies SignInLinkEmailProps;

export default SignInLinkEmail;
