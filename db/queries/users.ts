// Users beyond what Auth.js's adapter reads and writes: when each last completed a sign-in.
import "server-only";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { users } from "@/db/schema";

/** Records a completed sign-in (member profiles show it). */
export async function recordUserSignIn(db: Queryable, { userId, at }: { userId: string; at: Date }): Promise<void> {
  await db.update(users).set({ lastSignInAt: at }).where(eq(users.id, userId));
}

/** The user's id, address and name, or null. */
export async function findUserById(db: Queryable, userId: string): Promise<{ id: string; email: string | null; name: string | null } | null> {
  const [row] = await db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.id, userId)).limit(1);
  return row ?? null;
}
