// What one apply batch writes for the members the rules let through (lib/bulk/evaluate.ts): the
// change in set-based statements, one audit event per member as the one-member action records it
// (tagged with the operation), the members' state before and after for undo, and the emails or
// notifications the one-member action would send.
import "server-only";
import { revokeMemberApiKeyRows } from "@/db/queries/api-keys";
import type { MemberWithTeams, TeamPlace } from "@/db/queries/bulk-members";
import { appendSnapshots } from "@/db/queries/bulk-operations";
import { removeMembersFromTeam, setMembersRole, setMembersStatus, type WrittenMember } from "@/db/queries/bulk-writes";
import { deleteMemberRow } from "@/db/queries/member-writes";
import { addMembersToTeam } from "@/db/queries/team-writes";
import type { MemberSnapshot } from "@/db/schema";
import type { OrgActionContext } from "@/lib/actions/kernel/define-org-action";
import { auditEach, type PersonEvent } from "@/lib/bulk/bulk-audit";
import { snapshotOf } from "@/lib/bulk/snapshots";
import { deliverOutboxEmail } from "@/lib/email/deliver";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderBulkMessageEmail } from "@/lib/email/templates/bulk-message";
import { renderRemovedEmail } from "@/lib/email/templates/removed";
import { notify, type NotificationDraft } from "@/lib/notifications/notify";
import { ROLE_LABELS } from "@/lib/permissions";
import type { BulkOperation } from "@/lib/validation/bulk";

/** Emails written by a batch that are sent right after its commit; the worker sends the rest. */
const DELIVER_INLINE = 5;

export interface StepInput {
  operation: BulkOperation;
  members: MemberWithTeams[];
  operationId: string | null;
  teamNames: ReadonlyMap<string, string>;
}

export async function applyStep(ctx: OrgActionContext, { operation, members, operationId, teamNames }: StepInput): Promise<void> {
  if (members.length === 0) return;
  const { tx, organization } = ctx;
  const organizationId = organization.id;
  const ids = members.map((m) => m.id);
  const tag = operationId ? { operationId } : {};
  const snapshots: MemberSnapshot[] = [];
  const events: PersonEvent[] = [];
  const drafts: NotificationDraft[] = [];
  const link = `/orgs/${organization.slug}/members`;
  const written = (rows: WrittenMember[]) => new Map(rows.map((r) => [r.id, r.updatedAt] as const));
  const after = (m: MemberWithTeams, values: { role?: string; status?: string; teams?: TeamPlace[]; updatedAt?: Date }) =>
    snapshots.push(snapshotOf(m, { role: values.role ?? m.role, status: values.status ?? m.status, teams: values.teams ?? m.teams, updatedAt: values.updatedAt ?? m.updatedAt }));
  let action: string;

  switch (operation.type) {
    case "change_role": {
      action = "member.role_changed";
      const at = written(await setMembersRole(tx, { organizationId, memberIds: ids, role: operation.role }));
      for (const m of members) {
        after(m, { role: operation.role, updatedAt: at.get(m.id) });
        events.push({ member: m, metadata: { from: m.role, to: operation.role, ...tag } });
        if (m.userId) {
          drafts.push({
            memberId: m.id,
            category: "role_changed",
            title: `Your role in ${organization.name} is now ${ROLE_LABELS[operation.role]}`,
            body: `${ctx.actor.name} changed your role from ${ROLE_LABELS[m.role]} to ${ROLE_LABELS[operation.role]}.`,
            link,
          });
        }
      }
      break;
    }
    case "add_to_teams": {
      action = "team.member_added";
      const added = new Map<string, TeamPlace[]>();
      for (const teamId of operation.teamIds) {
        const joining = members.filter((m) => !m.teams.some((p) => p.teamId === teamId));
        await addMembersToTeam(tx, { organizationId, teamId, memberIds: joining.map((m) => m.id), role: operation.teamRole });
        for (const m of joining) {
          added.set(m.id, [...(added.get(m.id) ?? []), { teamId, role: operation.teamRole }]);
          events.push({ member: m, metadata: { teamId, teamName: teamNames.get(teamId) ?? null, teamRole: operation.teamRole, ...tag } });
          drafts.push({ memberId: m.id, category: "team_membership", teamId, title: `You were added to ${teamNames.get(teamId) ?? "a team"}`, body: `${ctx.actor.name} added you as ${operation.teamRole === "maintainer" ? "a Maintainer" : "a Member"}.`, link: `/orgs/${organization.slug}/teams/${teamId}` });
        }
      }
      for (const m of members) after(m, { teams: [...m.teams, ...(added.get(m.id) ?? [])] });
      break;
    }
    case "remove_from_team": {
      action = "team.member_removed";
      await removeMembersFromTeam(tx, { organizationId, teamId: operation.teamId, memberIds: ids });
      for (const m of members) {
        after(m, { teams: m.teams.filter((p) => p.teamId !== operation.teamId) });
        events.push({ member: m, metadata: { teamId: operation.teamId, teamName: teamNames.get(operation.teamId) ?? null, ...tag } });
        drafts.push({ memberId: m.id, category: "team_membership", teamId: operation.teamId, title: `You were removed from ${teamNames.get(operation.teamId) ?? "a team"}`, body: `${ctx.actor.name} removed you from the team.`, link });
      }
      break;
    }
    case "disable":
    case "enable": {
      const status = operation.type === "disable" ? "inactive" : "active";
      action = operation.type === "disable" ? "member.disabled" : "member.enabled";
      const at = written(await setMembersStatus(tx, { organizationId, memberIds: ids, status }));
      for (const m of members) {
        after(m, { status, updatedAt: at.get(m.id) });
        events.push({ member: m, metadata: operation.type === "enable" ? { status, ...tag } : tag });
      }
      break;
    }
    case "remove": {
      action = "member.removed";
      for (const m of members) {
        snapshots.push(snapshotOf(m, null));
        const revokedApiKeys = await revokeMemberApiKeyRows(tx, { organizationId, memberId: m.id, revokedByUserId: ctx.auditActor.userId });
        await deleteMemberRow(tx, { organizationId, memberId: m.id });
        events.push({ member: m, metadata: { role: m.role, status: m.status, revokedApiKeys, ...tag } });
      }
      await tellRemoved(ctx, members);
      break;
    }
    case "send_message": {
      // Nothing about the members changes: the action's one summary event records the message.
      // In the app, the bell carries it and each member's preferences decide about email;
      // by email only, it goes straight to the outbox.
      if (operation.inApp) await notifyMembers(ctx, await messageDrafts(ctx, operation, members));
      else await emailMessage(ctx, operation, members);
      return;
    }
  }
  await auditEach(tx, { organizationId, actor: ctx.auditActor, action }, events);
  if (operationId) await appendSnapshots(tx, { organizationId, operationId, snapshots });
  await notifyMembers(ctx, drafts);
}

/**
 * The bell (and email, as each member's preferences say) in the batch's transaction; nobody hears
 * of their own doing. The first few emails go right after the commit, the worker sends the rest.
 */
async function notifyMembers(ctx: OrgActionContext, drafts: NotificationDraft[]): Promise<void> {
  const mine = drafts.filter((d) => d.memberId !== ctx.actor.id);
  if (mine.length === 0) return;
  const { emailIds } = await notify(ctx.tx, ctx.organization, mine);
  deliverSome(ctx, emailIds);
}

/** People who had joined are told they were removed, as by the one-member removal. */
async function tellRemoved(ctx: OrgActionContext, members: MemberWithTeams[]): Promise<void> {
  const ids: string[] = [];
  for (const m of members) {
    if (!m.userId) continue;
    const email = await renderRemovedEmail({ organizationName: ctx.organization.name, memberName: m.name, removedByName: ctx.actor.name });
    const { id } = await enqueueEmail(ctx.tx, { organizationId: ctx.organization.id, to: m.email, template: "removed", ...email });
    ids.push(id);
  }
  deliverSome(ctx, ids);
}

async function messageDrafts(ctx: OrgActionContext, operation: Extract<BulkOperation, { type: "send_message" }>, members: MemberWithTeams[]): Promise<NotificationDraft[]> {
  const email = { template: "bulk-message", ...(await renderBulkMessageEmail({ organizationName: ctx.organization.name, senderName: ctx.actor.name, subject: operation.subject, message: operation.message })) };
  return members.map((m) => ({ memberId: m.id, category: "bulk_message", title: operation.subject, body: `${operation.message}\n— ${ctx.actor.name}`, email }));
}

async function emailMessage(ctx: OrgActionContext, operation: Extract<BulkOperation, { type: "send_message" }>, members: MemberWithTeams[]): Promise<void> {
  const email = await renderBulkMessageEmail({ organizationName: ctx.organization.name, senderName: ctx.actor.name, subject: operation.subject, message: operation.message });
  const ids: string[] = [];
  for (const m of members) {
    const { id } = await enqueueEmail(ctx.tx, { organizationId: ctx.organization.id, to: m.email, template: "bulk-message", ...email });
    ids.push(id);
  }
  deliverSome(ctx, ids);
}

function deliverSome(ctx: OrgActionContext, outboxIds: string[]): void {
  for (const id of outboxIds.slice(0, DELIVER_INLINE)) ctx.afterCommit((db) => deliverOutboxEmail(db, id));
}
