// A person edits their own name, phone and job title on the account page. The user's name changes,
// and so does each of their memberships (what every organization's members list shows), each
// organization locked in id order and audited there as member.updated by the person themselves.
// Nothing else about a membership (role, department, status) can change here.
import "server-only";
import type { Database } from "@/db/client";
import { listProfileMemberships, setUserName } from "@/db/queries/account-profile";
import { updateMemberRow } from "@/db/queries/member-writes";
import { lockOrganization } from "@/db/queries/organizations";
import { runTransactionWithRetry } from "@/db/transaction";
import { invalidInput } from "@/lib/actions/kernel/field-errors";
import type { RequestIdentity } from "@/lib/actions/kernel/request-identity";
import { toFailure } from "@/lib/actions/kernel/refusals";
import { memberTarget, recordAudit } from "@/lib/audit";
import { fail, ok, type ActionResult } from "@/lib/errors";
import { updateProfileSchema } from "@/lib/validation/account";

const FIELDS = ["name", "phone", "jobTitle"] as const;

export async function updateProfile(db: Database, identity: RequestIdentity, input: unknown): Promise<ActionResult<{ organizations: number }>> {
  const user = identity.user;
  if (!user) return fail("unauthenticated", "Sign in to continue.");
  const parsed = updateProfileSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const profile = parsed.data;
  try {
    const changed = await runTransactionWithRetry(db, async (tx) => {
      await setUserName(tx, { userId: user.id, name: profile.name });
      let count = 0;
      for (const membership of await listProfileMemberships(tx, user.id)) {
        const organization = await lockOrganization(tx, membership.organizationId);
        if (!organization) continue;
        const changes: Record<string, { from: unknown; to: unknown }> = {};
        for (const field of FIELDS) {
          if (membership[field] !== profile[field]) changes[field] = { from: membership[field], to: profile[field] };
        }
        if (Object.keys(changes).length === 0) continue;
        const updated = await updateMemberRow(tx, { organizationId: organization.id, memberId: membership.memberId }, profile);
        await recordAudit(tx, {
          organizationId: organization.id,
          actor: { userId: user.id, name: profile.name, email: membership.email, ip: identity.ip, userAgent: identity.userAgent },
          action: "member.updated",
          target: memberTarget(updated),
          metadata: { fields: Object.keys(changes), changes, source: "account" },
        });
        count += 1;
      }
      return count;
    });
    return ok({ organizations: changed });
  } catch (error) {
    return toFailure(error);
  }
}
