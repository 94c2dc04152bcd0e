// Team names are unique per organization, case-insensitively; say so as a field error.
import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { teams } from "@/db/schema";
import { ActionError } from "@/lib/errors";

export async function assertTeamNameFree(db: Queryable, organizationId: string, name: string, exceptTeamId?: string) {
  const [clash] = await db
    .select({ id: teams.id })
    .from(teams)
    .where(
      and(
        eq(teams.organizationId, organizationId),
        sql`lower(${teams.name}) = lower(${name})`,
        exceptTeamId ? ne(teams.id, exceptTeamId) : undefined,
      ),
    )
    .limit(1);
  if (clash) {
    throw new ActionError("conflict", "A team with this name already exists.", {
      name: ["A team with this name already exists"],
    });
  }
}
