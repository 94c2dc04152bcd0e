// Auth.js's Drizzle adapter over Roster's own user, account, session and verification-token
// tables: the database side of sign-in, built here so lib/auth wires Auth.js without table access.
// Requests read their session through db/queries/session-lookup.ts, not through the adapter.
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import type { Database } from "./client";
import { accounts, sessions, users, verificationTokens } from "./schema";

export function authAdapter(db: Database): ReturnType<typeof DrizzleAdapter> {
  return DrizzleAdapter(db, {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  });
}
