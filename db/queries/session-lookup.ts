// The database session behind a request: the session row with its user and, for organization
// pages, the user's active membership of the URL's organization — one round trip, where Auth.js's
// lookup followed by the membership's was two in a row before every page's own queries. Also the
// two writes Auth.js makes on a lookup: ending an expired session, and rolling an expiry forward.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { preparedQuery } from "@/db/prepared-queries";
import { members, organizations, sessions, users, type Member, type Organization } from "@/db/schema";

export interface SessionRecord {
  sessionToken: string;
  expires: Date;
  lastSeenAt: Date | null;
}

export interface SessionUserRecord {
  id: string;
  email: string | null;
  name: string | null;
}

export interface SessionLookup {
  session: SessionRecord;
  user: SessionUserRecord;
}

export interface SessionMembershipLookup extends SessionLookup {
  /** Both null unless the user is an *active* member of the organization with the slug. */
  organization: Organization | null;
  member: Member | null;
}

const sessionColumns = { sessionToken: sessions.sessionToken, expires: sessions.expires, lastSeenAt: sessions.lastSeenAt };
const userColumns = { id: users.id, email: users.email, name: users.name };

/** The session with this token and its user, or null. */
export async function findSession(db: Queryable, sessionToken: string): Promise<SessionLookup | null> {
  const [row] = await preparedQuery(db, "session_lookup", () =>
    db
      .select({ session: sessionColumns, user: userColumns })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.sessionToken, sql.placeholder("sessionToken"))),
  ).execute({ sessionToken });
  return row ?? null;
}

/** The session with this token and its user, with the user's active membership of `slug`'s organization; null without the session. */
export async function findSessionWithMembership(
  db: Queryable,
  { sessionToken, slug }: { sessionToken: string; slug: string },
): Promise<SessionMembershipLookup | null> {
  const [row] = await preparedQuery(db, "session_membership_lookup", () =>
    db
      .select({ session: sessionColumns, user: userColumns, organization: organizations, member: members })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .leftJoin(
        members,
        and(eq(members.userId, users.id), eq(members.status, "active"), sql`${members.organizationId} = (select ${organizations.id} from ${organizations} where ${organizations.slug} = ${sql.placeholder("slug")})`),
      )
      .leftJoin(organizations, eq(organizations.id, members.organizationId))
      .where(eq(sessions.sessionToken, sql.placeholder("sessionToken")))
      .limit(1),
  ).execute({ sessionToken, slug });
  if (!row) return null;
  const { organization, member } = row;
  return { session: row.session, user: row.user, ...(organization && member ? { organization, member } : { organization: null, member: null }) };
}

/** Ends the session (an expired one, as Auth.js does when it finds one). */
export async function deleteSessionByToken(db: Queryable, sessionToken: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.sessionToken, sessionToken));
}

/** Moves the session's expiry to `expires`. */
export async function extendSession(db: Queryable, { sessionToken, expires }: { sessionToken: string; expires: Date }): Promise<void> {
  await db.update(sessions).set({ expires }).where(eq(sessions.sessionToken, sessionToken));
}
