// Users beyond what Auth.js's adapter reads and writes: when each last completed a sign-in.
import "server-only";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { users } from "@/db/schema";

/** Records a completed sign-in (member profiles show it). */
export async function recordUserSignIn(db: Queryable, { userId, at }: { userId: string; at: Date }): Promise<void> {
  await db.update(users).set({ lastSignInAt: at }).where(eq(users.id, userId));
}
