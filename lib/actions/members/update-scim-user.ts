// SCIM PUT and PATCH /Users/{id}: the identity provider changes a member. PATCH operations are
// applied to the member as a SCIM User inside the transaction (so concurrent changes are never
// lost), then every change goes through the same rules and writes as the UI: rank, unique email,
// seats and the last active Owner on (de)activation. Unmentioned attributes stay as they are on
// PATCH; PUT replaces the User (an absent `active` keeps the status).
import "server-only";
import { findMemberTeamIds, updateMemberRow, updatePendingInvitation } from "@/db/queries/member-writes";
import { isMemberExternalIdTaken } from "@/db/queries/scim-users";
import type { Member } from "@/db/schema";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { invalidInput } from "@/lib/actions/kernel/field-errors";
import { refuseUnless } from "@/lib/actions/kernel/refusals";
import { memberTarget } from "@/lib/audit";
import { ActionError } from "@/lib/errors";
import { whyCannotEdit } from "@/lib/members/rules";
import { ScimError, scimErrorAsRefusal, scimRefusal } from "@/lib/scim/errors";
import { applyPatch, canonicalOperations, type PatchOperation } from "@/lib/scim/patch";
import { fieldsFromPatchedUser, toScimUser } from "@/lib/scim/user-resource";
import { scimUserFieldsSchema, updateScimUserSchema, type ScimUserFieldsInput } from "@/lib/validation/scim";
import { assertEmailFree, loadTargetMember } from "./guards";
import { setProvisionedStatus } from "./provisioned-status";

const FIELDS = ["email", "name", "phone", "department", "jobTitle", "externalId"] as const;

/** The member's fields once `operations` are applied to them as a SCIM User. */
function patchedFields(target: Member, operations: PatchOperation[]) {
  try {
    const before = toScimUser(target, null, "");
    const after = applyPatch(before, operations, "User");
    const fields = fieldsFromPatchedUser(before, after as unknown as Record<string, unknown>, target);
    // Only a patch that sets `active` changes the status (a Pending invitee reads as active).
    const setsActive = canonicalOperations(operations, "User", target.id).some((op) => op.path === "active");
    return { ...fields, active: setsActive ? fields.active : null };
  } catch (error) {
    throw error instanceof ScimError ? scimErrorAsRefusal(error) : error;
  }
}

function validated(fields: ScimUserFieldsInput) {
  const parsed = scimUserFieldsSchema.safeParse(fields);
  if (parsed.success) return parsed.data;
  const failure = invalidInput(parsed.error);
  throw new ActionError("invalid_input", failure.ok ? "Invalid input." : failure.error, failure.ok ? undefined : failure.fieldErrors);
}

export const updateScimUser = defineOrgAction({
  scim: true,
  permission: "members.edit",
  schema: updateScimUserSchema,
  async handler(ctx, input) {
    const { tx, organization, actor } = ctx;
    let target = await loadTargetMember(tx, organization.id, input.memberId);
    refuseUnless(whyCannotEdit(actor, target));
    const fields = input.replace ?? validated(patchedFields(target, input.operations as PatchOperation[]));
    const scope = { organizationId: organization.id, memberId: target.id };

    if (fields.email !== target.email) await assertEmailFree(tx, { organizationId: organization.id, email: fields.email, exceptMemberId: target.id });
    if (fields.externalId && fields.externalId !== target.externalId && (await isMemberExternalIdTaken(tx, { ...scope, externalId: fields.externalId, exceptMemberId: target.id }))) {
      throw scimRefusal("conflict", "Another member already has this externalId.", { scimType: "uniqueness" });
    }

    const before = target;
    const changed = FIELDS.filter((key) => fields[key] !== before[key]);
    // One request, one audit event: a status change alone is member.disabled / member.enabled;
    // with other fields it is part of member.updated, as in Edit Member.
    if (fields.active !== null) target = await setProvisionedStatus(ctx, target, fields.active ? "active" : "inactive", { audit: changed.length === 0 });
    if (changed.length > 0) {
      target = await updateMemberRow(tx, scope, Object.fromEntries(changed.map((key) => [key, fields[key]])));
      // A Pending invitee's invitation shows what they will join with.
      if (target.status === "pending") await updatePendingInvitation(tx, scope, { ...target, teamIds: await findMemberTeamIds(tx, scope) });
      const changes: Record<string, { from: unknown; to: unknown }> = Object.fromEntries(changed.map((key) => [key, { from: before[key], to: fields[key] }]));
      if (target.status !== before.status) changes.status = { from: before.status, to: target.status };
      await ctx.audit({ action: "member.updated", target: memberTarget(target), metadata: { fields: Object.keys(changes), changes } });
    }
    return { id: target.id };
  },
});
