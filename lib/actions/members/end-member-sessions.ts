// Ends every session of a member's user, so their very next request goes to sign-in. Sessions
// belong to the person, not the organization: this signs them out of every organization at once.
import "server-only";
import { deleteUserSessions } from "@/db/queries/sessions";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { refuseUnless } from "@/lib/actions/kernel/refusals";
import { memberTarget } from "@/lib/audit";
import { ActionError } from "@/lib/errors";
import { whyCannotEndSessions } from "@/lib/members/rules";
import { memberRefSchema } from "@/lib/validation/members";
import { loadTargetMember } from "./guards";

export const endMemberSessions = defineOrgAction({
  permission: "members.remove",
  schema: memberRefSchema,
  async handler(ctx, input) {
    const target = await loadTargetMember(ctx.tx, ctx.organization.id, input.memberId);
    refuseUnless(whyCannotEndSessions(ctx.actor, target));
    if (!target.userId) throw new ActionError("invalid_input", `${target.name} hasn't signed in yet, so there are no sessions to end.`);
    const count = await deleteUserSessions(ctx.tx, { userId: target.userId });
    await ctx.audit({ action: "member.sessions_ended", target: memberTarget(target), metadata: { count } });
    return { id: target.id, count };
  },
});
