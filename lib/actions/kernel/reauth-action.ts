// Organization actions that need a recent re-authentication (ownership transfer and deleting the
// organization, with a typed confirmation; creating an API key). A wrong code must count an attempt even though the action
// is refused, so such a handler *returns* its refusal (the transaction commits the counted attempt)
// and `run` turns it into a failed result.
import "server-only";
import type { z } from "zod";
import type { Organization, ReauthPurpose } from "@/db/schema";
import { defineOrgAction, type OrgAction, type OrgActionContext } from "./define-org-action";
import { ActionError, fail, ok, type ErrorCode, type FieldErrors } from "@/lib/errors";
import { reauthenticate } from "@/lib/organizations/reauthenticate";
import type { Permission } from "@/lib/permissions";


export interface Refusal {
  refused: { code: ErrorCode; error: string; fieldErrors?: FieldErrors };
}
export type Refusable<T> = Refusal | { done: T };

export function defineReauthAction<S extends z.ZodType, T>(definition: {
  permission: Permission;
  schema: S;
  handler: (ctx: OrgActionContext, input: z.output<S>) => Promise<Refusable<T>>;
}): OrgAction<S, T> {
  const inner = defineOrgAction(definition);
  return {
    permission: definition.permission,
    schema: definition.schema,
    // Composed into another transaction, a refusal simply throws (and rolls back with it).
    handler: async (ctx, input) => {
      const outcome = await definition.handler(ctx, input);
      if ("refused" in outcome) throw new ActionError(outcome.refused.code, outcome.refused.error, outcome.refused.fieldErrors);
      return outcome.done;
    },
    run: async (db, identity, slug, input) => {
      const result = await inner.run(db, identity, slug, input);
      if (!result.ok) return result;
      const outcome = result.data;
      if ("refused" in outcome) return fail(outcome.refused.code, outcome.refused.error, outcome.refused.fieldErrors);
      return ok(outcome.done);
    },
  };
}

/** The typed confirmation must be the organization's slug; nothing has been written when it is not. */
export function assertTypedSlug(organization: Organization, confirmSlug: string): void {
  if (confirmSlug !== organization.slug) {
    const message = `Type ${organization.slug} exactly to confirm.`;
    throw new ActionError("invalid_input", message, { confirmSlug: [message] });
  }
}

/** Re-authenticates the actor; a refusal comes back (with a failed attempt audited) for the handler to return. */
export async function confirmIdentity(
  ctx: OrgActionContext,
  purpose: ReauthPurpose,
  code: string | undefined,
): Promise<Refusal | { method: "code" | "recent_sign_in" }> {
  const outcome = await reauthenticate(ctx.tx, {
    binding: { userId: ctx.identity.user.id, organizationId: ctx.organization.id, purpose },
    code,
    sessionToken: ctx.identity.sessionToken ?? null,
  });
  if (outcome.ok) return { method: outcome.method };
  if (outcome.attemptCounted) await ctx.audit({ action: "organization.reauth_failed", metadata: { purpose } });
  return { refused: { code: "forbidden", error: outcome.error, fieldErrors: { code: [outcome.error] } } };
}
