// Creates an API key for a member: a name, scopes and an expiry within the organization's policy.
// In the browser it needs a recent sign-in (or the emailed code); through the REST API the key that
// asks is the authentication, and the new key can never outdo it: no scope it lacks, no later expiry.
import "server-only";
import { countLiveMemberApiKeys, findApiKey, insertApiKey } from "@/db/queries/api-keys";
import type { OrgActionContext } from "@/lib/actions/kernel/define-org-action";
import { confirmIdentity, defineReauthAction, type Refusal } from "@/lib/actions/kernel/reauth-action";
import { refuseField, refuseUnless } from "@/lib/actions/kernel/refusals";
import { expiresAtFor, whyExpiryNotAllowed } from "@/lib/api-keys/expiry";
import { generateApiKey } from "@/lib/api-keys/key-format";
import { whyCannotCreateKeyFor } from "@/lib/api-keys/key-rules";
import { createApiKeySchema, MAX_LIVE_KEYS_PER_MEMBER } from "@/lib/validation/api-keys";
import { loadKeyMember } from "./key-subjects";

export interface CreatedApiKey {
  id: string;
  memberId: string;
  name: string;
  prefix: string;
  scopes: string[];
  expiresAt: Date | null;
  createdAt: Date;
  /** The key itself: in this answer only, never again. */
  key: string;
}

export const createApiKey = defineReauthAction({
  // Who may create keys for whom is the key rules' call (own keys, or Owners/Admins for others).
  permission: "members.view",
  schema: createApiKeySchema,
  async handler(ctx, input) {
    const { tx, organization, actor } = ctx;
    const target = await loadKeyMember(tx, organization.id, input.memberId, { lock: true });
    refuseUnless(whyCannotCreateKeyFor(actor, target));
    const expiryProblem = whyExpiryNotAllowed(input.expiresIn, organization);
    if (expiryProblem) refuseField("invalid_input", "expiresIn", expiryProblem);
    if ((await countLiveMemberApiKeys(tx, { organizationId: organization.id, memberId: target.id })) >= MAX_LIVE_KEYS_PER_MEMBER) {
      refuseField("conflict", "name", `A member can hold at most ${MAX_LIVE_KEYS_PER_MEMBER} live keys. Revoke one first.`);
    }
    const expiresAt = expiresAtFor(input.expiresIn);

    const confirmed = ctx.identity.credential?.type === "api_key" ? await withinPresentingKey(ctx, input.scopes, expiresAt) : await confirmIdentity(ctx, "create_api_key", input.code);
    if ("refused" in confirmed) return confirmed;

    const generated = generateApiKey();
    const key = await insertApiKey(tx, {
      organizationId: organization.id,
      memberId: target.id,
      name: input.name,
      prefix: generated.prefix,
      keyHash: generated.keyHash,
      scopes: input.scopes,
      expiresAt,
      createdByUserId: ctx.identity.user.id,
    });
    await ctx.audit({
      action: "api_key.created",
      target: { type: "api_key", id: key.id, name: key.name },
      metadata: { memberId: target.id, memberEmail: target.email, prefix: key.prefix, scopes: key.scopes, expiresAt: expiresAt?.toISOString() ?? null, confirmedBy: confirmed.method },
    });
    const created: CreatedApiKey = { id: key.id, memberId: target.id, name: key.name, prefix: key.prefix, scopes: key.scopes, expiresAt, createdAt: key.createdAt, key: generated.key };
    return { done: created };
  },
});

/**
 * "Recent authentication" for a key that creates a key: the presenting key is itself checked on
 * this very request, so the rule is that the new key stays inside it — only scopes it holds, and
 * an expiry no later than its own (a leaked key cannot mint a longer-lived or broader one).
 */
async function withinPresentingKey(
  ctx: OrgActionContext,
  scopes: readonly string[],
  expiresAt: Date | null,
): Promise<Refusal | { method: "api_key" }> {
  const presenting = await findApiKey(ctx.tx, { organizationId: ctx.organization.id, keyId: ctx.identity.credential!.id });
  const refuse = (field: string, error: string): Refusal => ({ refused: { code: "forbidden", error, fieldErrors: { [field]: [error] } } });
  if (!presenting) return refuse("_form", "The key making this request is not valid here.");
  const missing = scopes.filter((scope) => !presenting.scopes.includes(scope));
  if (missing.length > 0) return refuse("scopes", `A key can only create keys with scopes it holds itself (missing: ${missing.join(", ")}).`);
  if (presenting.expiresAt && (!expiresAt || expiresAt > presenting.expiresAt)) {
    return refuse("expiresIn", "A key can't create a key that outlives it. Choose an earlier expiry.");
  }
  return { method: "api_key" };
}
