// The organization chooser's "Join <organization>" for a signed-in person: joins at once when the
// domain's auto-join is on and a seat is free, otherwise files a request for the Admins. The person
// is the session's user; their address (verified by signing in) must be on the organization's
// verified domain — nothing else about them comes from the input.
import "server-only";
import type { Database } from "@/db/client";
import { fail, ok, type ActionResult } from "@/lib/errors";
import { joinOrganizationSchema } from "@/lib/validation/domains";
import { joinThroughDomain, seatLimitNotice } from "./domain-join";

export async function joinOrganization(
  db: Database,
  user: { id: string; email: string; name: string | null } | null,
  input: unknown,
): Promise<ActionResult<{ joined: boolean; slug: string | null; message: string }>> {
  if (!user) return fail("unauthenticated", "Sign in to continue.");
  const parsed = joinOrganizationSchema.safeParse(input);
  if (!parsed.success) return fail("invalid_input", "Unknown organization.");
  try {
    const outcome = await joinThroughDomain(db, user, { mode: "chooser", organizationId: parsed.data.organizationId });
    switch (outcome.kind) {
      case "joined":
        return ok({ joined: true, slug: outcome.organization.slug, message: `You joined ${outcome.organization.name}.` });
      case "requested":
        return ok({ joined: false, slug: null, message: `Request sent: an admin of ${outcome.organization.name} will review it.` });
      case "seat_limit":
        return fail("seat_limit", seatLimitNotice(outcome.organization.name));
      default:
        return fail("forbidden", outcome.reason === "declined" ? "An admin declined your request recently." : "You can't join this organization through your email address.");
    }
  } catch (error) {
    console.error("[domains] join failed", error instanceof Error ? error.message : error);
    return fail("internal", "Something went wrong. Please try again.");
  }
}
