// Auth.js's Drizzle adapter over Roster's own user, account, session and verification-token
// tables: the database side of sign-in, built here so lib/auth wires Auth.js without table access.
// The session lookup, which every signed-in page makes, is the adapter's own query kept prepared.
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { eq, sql } from "drizzle-orm";
import type { AdapterSession, AdapterUser } from "next-auth/adapters";
import type { Database } from "./client";
import { preparedQuery } from "./prepared-queries";
import { accounts, sessions, users, verificationTokens } from "./schema";

export function authAdapter(db: Database): ReturnType<typeof DrizzleAdapter> {
  const adapter = DrizzleAdapter(db, {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  });
  return {
    ...adapter,
    async getSessionAndUser(sessionToken): Promise<{ session: AdapterSession; user: AdapterUser } | null> {
      const [row] = await preparedQuery(db, "auth_session_and_user", () =>
        db
          .select({ session: sessions, user: users })
          .from(sessions)
          .where(eq(sessions.sessionToken, sql.placeholder("sessionToken")))
          .innerJoin(users, eq(users.id, sessions.userId)),
      ).execute({ sessionToken });
      // As the adapter's own: every user who can hold a session has an email.
      return (row as { session: AdapterSession; user: AdapterUser } | undefined) ?? null;
    },
  };
}
