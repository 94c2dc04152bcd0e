// A member's own notification preferences in this organization: per category, email (right away,
// daily or weekly digest, off) and in-app on/off, and per team for the team categories. The whole
// setting is replaced at once; a category left out falls back to its default.
import "server-only";
import { replacePreferences } from "@/db/queries/notifications";
import { defineOrgAction } from "@/lib/actions/kernel/define-org-action";
import { memberTarget } from "@/lib/audit";
import { ActionError } from "@/lib/errors";
import { CATEGORY_INFO } from "@/lib/notifications/categories";
import { assertTeamsExist } from "@/lib/teams/team-checks";
import { updatePreferencesSchema } from "@/lib/validation/notifications";

export const updateNotificationPreferences = defineOrgAction({
  permission: "members.view",
  schema: updatePreferencesSchema,
  async handler(ctx, input) {
    const { tx, organization, actor } = ctx;
    const teamScoped = input.preferences.filter((p) => p.scope !== "");
    if (teamScoped.some((p) => !CATEGORY_INFO[p.category].perTeam)) {
      throw new ActionError("invalid_input", "Only team categories can have a team's own setting.", { preferences: ["Not a team category"] });
    }
    await assertTeamsExist(tx, organization.id, [...new Set(teamScoped.map((p) => p.scope))]);
    await replacePreferences(tx, actor.id, input.preferences);
    await ctx.audit({
      action: "notification_preferences.updated",
      target: memberTarget(actor),
      metadata: { settings: input.preferences.length, teamSettings: teamScoped.length },
    });
    return { saved: input.preferences.length };
  },
});
