// A member's "last active", written at most once a minute per member — never on every request.
// The membership row the request already read says when it was last written, so most requests
// send nothing; the conditional update keeps the limit when parallel requests all decide to write.
import "server-only";
import type { Queryable } from "@/db/client";
import { touchMemberLastActive } from "@/db/queries/member-writes";
import type { Member } from "@/db/schema";

export const LAST_ACTIVE_INTERVAL_MS = 60 * 1000;

/** "skipped": written less than a minute ago, nothing sent; "raced": a parallel request wrote it first. */
export type LastActiveOutcome = "written" | "skipped" | "raced";

export async function recordMemberActivity(
  db: Queryable,
  member: Pick<Member, "id" | "organizationId" | "lastActiveAt">,
  now = new Date(),
): Promise<LastActiveOutcome> {
  const notSince = new Date(now.getTime() - LAST_ACTIVE_INTERVAL_MS);
  if (member.lastActiveAt && member.lastActiveAt > notSince) return "skipped";
  const written = await touchMemberLastActive(db, { organizationId: member.organizationId, memberId: member.id, at: now, notSince });
  return written ? "written" : "raced";
}
