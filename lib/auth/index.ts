// Auth.js v5: magic-link sign-in (Resend provider, sent through our email module), the Drizzle
// adapter and database sessions, so removing or disabling a member ends their access at once.
// Auth.js builds its URLs from AUTH_URL, which is set here from the one configured public URL
// (APP_URL), so no request header (Host, X-Forwarded-Host) ever chooses where a link points.
// Requests read their session through lib/auth/org-context.ts (one query, Auth.js's expiry rules),
// not through Auth.js's `auth()`.
import NextAuth from "next-auth";
import { AuthError } from "next-auth";
import Resend from "next-auth/providers/resend";
import { getDb } from "@/db";
import { authAdapter } from "@/db/auth-adapter";
import { recordUserSignIn } from "@/db/queries/users";
import { authRedirect } from "@/lib/auth/callback-url";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "@/lib/auth/session-policy";
import { joinThroughDomain } from "@/lib/domains/domain-join";
import { sendSignInLink } from "@/lib/email/sign-in-link";
import { appUrl, authSecret, env } from "@/lib/env";
import { clientIp } from "@/lib/request/client-ip";
import { normalizeEmailAddress } from "@/lib/validation/email";

/** An address the email schema refuses: Auth.js shows its "not allowed to sign in" page, and sends nothing. */
class RefusedSignInAddress extends AuthError {
  static type = "AccessDenied";
}

export const { handlers, signIn, signOut } = NextAuth(async () => {
  const db = await getDb();
  process.env.AUTH_URL = appUrl();
  return {
    adapter: authAdapter(db),
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
    secret: authSecret(),
    basePath: "/api/auth",
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
    callbacks: { redirect: authRedirect },
    // A completed sign-in (the magic link opened): member profiles show when. Never blocks signing in.
    events: {
      signIn: async ({ user }) => {
        if (!user.id) return;
        await recordUserSignIn(db, { userId: user.id, at: new Date() }).catch((error: unknown) =>
          console.error("[auth] recording the sign-in failed", error instanceof Error ? error.message : error),
        );
        // A verified address (the magic link proved it) on a verified domain with auto-join on
        // joins that organization now, seat permitting (lib/domains/domain-join.ts).
        if (user.email) {
          await joinThroughDomain(db, { id: user.id, email: user.email, name: user.name ?? null }, { mode: "sign_in" }).catch((error: unknown) =>
            console.error("[auth] domain auto-join failed", error instanceof Error ? error.message : error),
          );
        }
      },
    },
    providers: [
      Resend({
        from: env.EMAIL_FROM,
        // Sign-in links expire after 15 minutes.
        maxAge: 15 * 60,
        normalizeIdentifier: (identifier) => {
          try {
            return normalizeEmailAddress(identifier);
          } catch (error) {
            throw new RefusedSignInAddress(error instanceof Error ? error.message : "Invalid email address");
          }
        },
        sendVerificationRequest: ({ identifier, url, expires, request }) =>
          sendSignInLink(db, { to: identifier, url, expires, ip: clientIp(request.headers) }),
      }),
    ],
  };
});
