// Auth.js v5: magic-link sign-in (Resend provider, sent through our email module), the Drizzle
// adapter and database sessions, so removing or disabling a member ends their access at once.
import NextAuth from "next-auth";
import Resend from "next-auth/providers/resend";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { getDb } from "@/db";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { authSecret, env } from "@/lib/env";
import { clientIp } from "./sign-in-rate-limit";
import { sendSignInLink } from "@/lib/email/sign-in-link";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const db = await getDb();
  return {
    adapter: DrizzleAdapter(db, {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 24 * 60 * 60 },
    secret: authSecret(),
    trustHost: true,
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
    providers: [
      Resend({
        from: env.EMAIL_FROM,
        // Sign-in links expire after 15 minutes.
        maxAge: 15 * 60,
        normalizeIdentifier: (identifier) => identifier.trim().toLowerCase(),
        sendVerificationRequest: ({ identifier, url, expires, request }) =>
          sendSignInLink({ to: identifier, url, expires, ip: clientIp(request.headers) }),
      }),
    ],
  };
});
