// Every change leaves exactly one audit event. The test lists every server action (each "use
// server" module under lib/actions) and every kernel action (defineOrgAction / defineReauthAction —
// what the REST API and SCIM call too), fails naming any that has no entry below, and runs each
// entry on a fresh organization, counting the audit events it adds.
//
// The rule: one event per change. An action that changes one thing writes one event. An action
// that changes several people at once writes one event per person (so each person's timeline
// shows it) plus, for the bulk ones, one summary: its entry says so in `events`, with the reason.
// Reads write nothing and are exempt; so are the few changes that belong to no organization.
//
// Adding an action? Add its entry to ACTIONS (kernel actions) or SERVER_ACTIONS (server functions),
// keyed "<feature>/<file>#<export>", with a valid input that changes something.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { accessReviewItems, apiKeys, auditEvents, domains, emailOutbox, invitations, joinRequests, sessions, teamMembers, teams, webhookDeliveries } from "@/db/schema";
import type { RequestIdentity } from "@/lib/actions/kernel/request-identity";
import { scimIdentity } from "@/lib/actions/kernel/request-identity";
import type { ActionResult } from "@/lib/errors";
import { createOrgFixture, createUser, type OrgFixture } from "../helpers/org-fixture";
import { createScimOrg } from "../helpers/scim-org";
import { createTestDatabase, drivers, type TestDatabase } from "../helpers/test-db";

const ROOT = path.join(import.meta.dirname, "..", "..");
const ACTIONS_DIR = path.join(ROOT, "lib", "actions");

type Result = ActionResult<unknown>;
interface Ctx {
  db: Database;
  org: OrgFixture;
}
/** Prepares what the action needs (its own events are not counted), then returns the call to count. */
type Setup = (ctx: Ctx) => Promise<() => Promise<Result>>;
interface Runnable {
  run: Setup;
  /** Events expected when it is not one: a number, or from the action's result. */
  events?: number | ((data: never) => number);
  why?: string;
}
type Entry = Runnable | { exempt: string } | { same: string };

// ---------------------------------------------------------------------------------------------
// Helpers for the entries

const mod = <T>(file: string) => import(`@/lib/actions/${file}`) as Promise<T>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyAction = { run: (db: Database, identity: RequestIdentity, org: any, input: unknown) => Promise<Result> };
async function action(file: string, name: string): Promise<AnyAction> {
  return (await mod<Record<string, AnyAction>>(file))[name]!;
}
const unique = () => crypto.randomUUID().slice(0, 8);

async function recentlySignedIn(db: Database, identity: RequestIdentity): Promise<RequestIdentity> {
  const sessionToken = `audited-${crypto.randomUUID()}`;
  await db.insert(sessions).values({ sessionToken, userId: identity.user!.id, expires: new Date(Date.now() + 3_600_000), createdAt: new Date() });
  return { ...identity, sessionToken };
}

async function newTeam(db: Database, org: OrgFixture, name = `Team ${unique()}`) {
  const [team] = await db.insert(teams).values({ organizationId: org.organization.id, name }).returning();
  return team!;
}

/** A Pending member invited through Create Member, with the token of their invitation. */
async function invited({ db, org }: Ctx) {
  const createMember = await action("members/create-member", "createMember");
  const email = `invitee.${unique()}@example.test`;
  const created = await createMember.run(db, org.byRole.owner.identity, org.slug, { name: "In Vitee", email, department: "Ops", role: "viewer", status: "active" });
  if (!created.ok) throw new Error(created.error);
  const [invitation] = await db.select().from(invitations).where(eq(invitations.email, email));
  const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.invitationId, invitation!.id));
  return { email, invitation: invitation!, token: mail!.secret!, memberId: (created.data as { id: string }).id };
}

async function startedReview({ db, org }: Ctx) {
  const start = await action("access-reviews/start-access-review", "startAccessReview");
  const started = await start.run(db, org.byRole.admin.identity, org.slug, {
    name: "Audit review",
    scope: { kind: "everyone" },
    reviewerIds: [org.byRole.admin.member.id],
    dueOn: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
  });
  if (!started.ok) throw new Error(started.error);
  return (started.data as { id: string }).id;
}

async function apiKeyOf({ db, org }: Ctx) {
  const create = await action("api-keys/create-api-key", "createApiKey");
  const created = await create.run(db, await recentlySignedIn(db, org.byRole.developer.identity), org.slug, {
    memberId: org.byRole.developer.member.id,
    name: "CI",
    scopes: ["members:read"],
    expiresIn: "90d",
  });
  if (!created.ok) throw new Error(created.error);
  const [key] = await db.select().from(apiKeys).where(eq(apiKeys.memberId, org.byRole.developer.member.id));
  return key!;
}

async function webhookEndpoint({ db, org }: Ctx) {
  const create = await action("webhooks/create-webhook-endpoint", "createWebhookEndpoint");
  const created = await create.run(db, org.byRole.admin.identity, org.slug, { url: "https://93.184.216.34/hooks" });
  if (!created.ok) throw new Error(created.error);
  return (created.data as { id: string }).id;
}

/** A verified domain of the fixture's organization (auto-join off) and a signed-in person on it who asked to join. */
async function joinRequestOf({ db, org }: Ctx) {
  const domain = `d${unique()}.example`;
  await db.insert(domains).values({ organizationId: org.organization.id, domain, verificationToken: "t", status: "verified", verifiedAt: new Date() });
  const identity = await createUser(db, { email: `asker.${unique()}@${domain}`, name: "Asker" });
  const { joinOrganization } = await import("@/lib/domains/join-organization");
  const asked = await joinOrganization(db, { id: identity.user!.id, email: identity.user!.email, name: "Asker" }, { organizationId: org.organization.id });
  if (!asked.ok) throw new Error(asked.error);
  const [request] = await db.select().from(joinRequests).where(eq(joinRequests.userId, identity.user!.id));
  return request!;
}

async function domainOf({ db, org }: Ctx, status: "pending" | "verified" = "pending") {
  const [row] = await db
    .insert(domains)
    .values({ organizationId: org.organization.id, domain: `d${unique()}.example`, verificationToken: "t", status, verifiedAt: status === "verified" ? new Date() : null })
    .returning();
  return row!;
}

const simple = (file: string, name: string, who: keyof OrgFixture["byRole"], input: (ctx: Ctx) => unknown | Promise<unknown>): Runnable => ({
  run: async (ctx) => {
    const act = await action(file, name);
    const value = await input(ctx);
    return () => act.run(ctx.db, ctx.org.byRole[who].identity, ctx.org.slug, value);
  },
});

// ---------------------------------------------------------------------------------------------
// Kernel actions (defineOrgAction / defineReauthAction), keyed "<feature>/<file>#<export>"

const ACTIONS: Record<string, Entry> = {
  "access-reviews/close-access-review#closeAccessReview": {
    run: async (ctx) => {
      const reviewId = await startedReview(ctx);
      const close = await action("access-reviews/close-access-review", "closeAccessReview");
      return () => close.run(ctx.db, ctx.org.byRole.admin.identity, ctx.org.slug, { reviewId, outcome: "completed" });
    },
  },
  "access-reviews/record-review-export#recordReviewExport": {
    run: async (ctx) => {
      const reviewId = await startedReview(ctx);
      const record = await action("access-reviews/record-review-export", "recordReviewExport");
      return () => record.run(ctx.db, ctx.org.byRole.admin.identity, ctx.org.slug, { reviewId });
    },
  },
  "access-reviews/start-access-review#startAccessReview": simple("access-reviews/start-access-review", "startAccessReview", "admin", ({ org }) => ({
    name: "Q3",
    scope: { kind: "everyone" },
    reviewerIds: [org.byRole.manager.member.id],
    dueOn: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
  })),
  "activity/record-audit-export#recordAuditExport": simple("activity/record-audit-export", "recordAuditExport", "analyst", () => ({ query: "?action=member.invited" })),
  "activity/verify-audit-chain#recordChainVerification": { same: "activity/server-actions#verifyAuditChainAction" },
  "api-keys/create-api-key#createApiKey": {
    run: async ({ db, org }) => {
      const create = await action("api-keys/create-api-key", "createApiKey");
      const identity = await recentlySignedIn(db, org.byRole.developer.identity);
      return () => create.run(db, identity, org.slug, { memberId: org.byRole.developer.member.id, name: "CI", scopes: ["members:read"], expiresIn: "90d" });
    },
  },
  "api-keys/revoke-api-key#revokeApiKey": {
    run: async (ctx) => {
      const key = await apiKeyOf(ctx);
      const revoke = await action("api-keys/revoke-api-key", "revokeApiKey");
      return () => revoke.run(ctx.db, ctx.org.byRole.developer.identity, ctx.org.slug, { keyId: key.id });
    },
  },
  "api-keys/revoke-member-api-keys#revokeMemberApiKeys": {
    run: async (ctx) => {
      await apiKeyOf(ctx);
      const revoke = await action("api-keys/revoke-member-api-keys", "revokeMemberApiKeys");
      return () => revoke.run(ctx.db, ctx.org.byRole.admin.identity, ctx.org.slug, { memberId: ctx.org.byRole.developer.member.id });
    },
  },
  "api-keys/set-api-access#setApiAccess": simple("api-keys/set-api-access", "setApiAccess", "admin", ({ org }) => ({ memberId: org.byRole.developer.member.id, apiAccess: "read_only" })),
  "api-keys/update-api-key-policy#updateApiKeyPolicy": simple("api-keys/update-api-key-policy", "updateApiKeyPolicy", "admin", () => ({ maxExpiryDays: 30, mayNotExpire: true })),
  "domains/add-domain#addDomain": simple("domains/add-domain", "addDomain", "admin", () => ({ domain: `d${unique()}.example` })),
  "domains/approve-join-request#approveJoinRequest": {
    run: async (ctx) => {
      const request = await joinRequestOf(ctx);
      const approve = await action("domains/approve-join-request", "approveJoinRequest");
      return () => approve.run(ctx.db, ctx.org.byRole.admin.identity, ctx.org.slug, { requestId: request.id, role: "viewer" });
    },
  },
  "domains/decline-join-request#declineJoinRequest": {
    run: async (ctx) => {
      const request = await joinRequestOf(ctx);
      const decline = await action("domains/decline-join-request", "declineJoinRequest");
      return () => decline.run(ctx.db, ctx.org.byRole.admin.identity, ctx.org.slug, { requestId: request.id });
    },
  },
  "domains/remove-domain#removeDomain": {
    run: async (ctx) => {
      const domain = await domainOf(ctx);
      const remove = await action("domains/remove-domain", "removeDomain");
      return () => remove.run(ctx.db, ctx.org.byRole.admin.identity, ctx.org.slug, { domainId: domain.id });
    },
  },
  "domains/update-auto-join#updateAutoJoin": {
    run: async (ctx) => {
      const domain = await domainOf(ctx, "verified");
      const update = await action("domains/update-auto-join", "updateAutoJoin");
      return () => update.run(ctx.db, ctx.org.byRole.admin.identity, ctx.org.slug, { domainId: domain.id, autoJoin: true, role: "developer", teamIds: [] });
    },
  },
  "domains/verify-domain#verifyDomain": {
    run: async (ctx) => {
      const domain = await domainOf(ctx);
      // Nothing answers on this port: the check fails at once, and the failure is the change recorded.
      process.env.ROSTER_DNS_SERVERS = "127.0.0.1:9";
      process.env.ROSTER_DNS_TIMEOUT_MS = "200";
      const verify = await action("domains/verify-domain", "verifyDomain");
      return () => verify.run(ctx.db, ctx.org.byRole.admin.identity, ctx.org.slug, { domainId: domain.id });
    },
  },
  "bulk/record-selection-export#recordSelectionExport": simple("bulk/record-selection-export", "recordSelectionExport", "admin", ({ org }) => ({ selection: { kind: "ids", ids: [org.byRole.viewer.member.id] } })),
  "bulk/undo-bulk-operation#undoBulkOperation": {
    run: async ({ db, org }) => {
      const { runBulkAction } = await mod<typeof import("@/lib/actions/bulk/apply-bulk-action")>("bulk/apply-bulk-action");
      const ids = [org.byRole.analyst.member.id, org.byRole.viewer.member.id];
      const applied = await runBulkAction(db, org.byRole.admin.identity, org.slug, { selection: { kind: "ids", ids }, operation: { type: "disable" } });
      if (!applied.ok) throw new Error(applied.error);
      const undo = await action("bulk/undo-bulk-operation", "undoBulkOperation");
      return () => undo.run(db, org.byRole.admin.identity, org.slug, { operationId: applied.data.operationId });
    },
    events: (data: { restored: number }) => data.restored + 1,
    why: "one member.restored per person put back plus one members.bulk_undone summary",
  },
  "invitations/bulk-invite#bulkInvite": {
    ...simple("invitations/bulk-invite", "bulkInvite", "admin", () => ({ emails: `a.${unique()}@x.test, b.${unique()}@x.test, c.${unique()}@x.test`, role: "viewer", teamIds: [] })),
    events: (data: { invited: string[] }) => data.invited.length + 1,
    why: "one member.invited per person invited (their timelines) plus one invitations.bulk_sent summary",
  },
  "invitations/cancel-invitation#cancelInvitation": {
    run: async (ctx) => {
      const { invitation } = await invited(ctx);
      const cancel = await action("invitations/cancel-invitation", "cancelInvitation");
      return () => cancel.run(ctx.db, ctx.org.byRole.owner.identity, ctx.org.slug, { invitationId: invitation.id });
    },
  },
  "invitations/import-invitations#importInvitations": {
    ...simple("invitations/import-invitations", "importInvitations", "admin", () => ({
      file: { encoding: "text", data: `email,role,teams\nx.${unique()}@x.test,viewer,New Team\ny.${unique()}@x.test,developer,\n` },
      createTeams: ["New Team"],
    })),
    events: (data: { invited: number; teamsCreated: string[] }) => data.invited + data.teamsCreated.length + 1,
    why: "one member.invited per person invited, one team.created per team the file creates, plus one invitations.imported summary",
  },
  "invitations/resend-invitation#resendInvitation": {
    run: async (ctx) => {
      const { invitation } = await invited(ctx);
      const resend = await action("invitations/resend-invitation", "resendInvitation");
      return () => resend.run(ctx.db, ctx.org.byRole.owner.identity, ctx.org.slug, { invitationId: invitation.id });
    },
  },
  "invitations/remove-invitation#removeInvitation": {
    run: async (ctx) => {
      const { invitation } = await invited(ctx);
      const cancel = await action("invitations/cancel-invitation", "cancelInvitation");
      await cancel.run(ctx.db, ctx.org.byRole.owner.identity, ctx.org.slug, { invitationId: invitation.id });
      const remove = await action("invitations/remove-invitation", "removeInvitation");
      return () => remove.run(ctx.db, ctx.org.byRole.owner.identity, ctx.org.slug, { invitationId: invitation.id });
    },
  },
  "invitations/remove-invitations#removeInvitations": {
    run: async (ctx) => {
      const cancel = await action("invitations/cancel-invitation", "cancelInvitation");
      const ids: string[] = [];
      for (let i = 0; i < 2; i++) {
        const { invitation } = await invited(ctx);
        await cancel.run(ctx.db, ctx.org.byRole.owner.identity, ctx.org.slug, { invitationId: invitation.id });
        ids.push(invitation.id);
      }
      const remove = await action("invitations/remove-invitations", "removeInvitations");
      return () => remove.run(ctx.db, ctx.org.byRole.owner.identity, ctx.org.slug, { invitationIds: ids });
    },
    events: (data: { removed: number }) => data.removed + 1,
    why: "one invitation.removed per invitation (its history) plus one invitations.bulk_removed summary",
  },
  "invitations/review-import#reviewImportFile": { exempt: "reads the uploaded file and reviews it; writes nothing" },
  "invitations/update-invitation#updateInvitation": {
    run: async (ctx) => {
      const { invitation } = await invited(ctx);
      const update = await action("invitations/update-invitation", "updateInvitation");
      return () => update.run(ctx.db, ctx.org.byRole.owner.identity, ctx.org.slug, { invitationId: invitation.id, role: "analyst", teamIds: [] });
    },
  },
  "members/change-role#changeRole": simple("members/change-role", "changeRole", "admin", ({ org }) => ({ memberId: org.byRole.developer.member.id, role: "analyst" })),
  "members/create-member#createMember": simple("members/create-member", "createMember", "admin", () => ({ name: "Grace", email: `grace.${unique()}@x.test`, department: "R&D", role: "developer", status: "active" })),
  "members/decide-access-review#decideAccessReview": {
    run: async (ctx) => {
      const reviewId = await startedReview(ctx);
      const [item] = await ctx.db.select().from(accessReviewItems).where(and(eq(accessReviewItems.reviewId, reviewId), eq(accessReviewItems.memberId, ctx.org.byRole.viewer.member.id)));
      const decide = await action("members/decide-access-review", "decideAccessReview");
      return () => decide.run(ctx.db, ctx.org.byRole.admin.identity, ctx.org.slug, { reviewId, itemId: item!.id, decision: "change_role", newRole: "analyst", note: "n" });
    },
  },
  "members/end-member-sessions#endMemberSessions": {
    run: async (ctx) => {
      await recentlySignedIn(ctx.db, ctx.org.byRole.developer.identity);
      const end = await action("members/end-member-sessions", "endMemberSessions");
      return () => end.run(ctx.db, ctx.org.byRole.admin.identity, ctx.org.slug, { memberId: ctx.org.byRole.developer.member.id });
    },
  },
  "members/leave-organization#leaveOrganization": simple("members/leave-organization", "leaveOrganization", "viewer", () => ({})),
  "members/provision-scim-user#provisionScimUser": {
    run: async ({ db }) => {
      const scimOrg = await createScimOrg(db);
      const provision = await action("members/provision-scim-user", "provisionScimUser");
      return () =>
        provision.run(db, scimIdentity(scimOrg.tokenId), null, { email: `scim.${unique()}@x.test`, name: "Scim Person", phone: null, department: null, jobTitle: null, externalId: `ext-${unique()}`, active: true });
    },
  },
  "members/record-members-export#recordMembersExport": simple("members/record-members-export", "recordMembersExport", "admin", () => ({ query: "?role=viewer" })),
  "members/remove-member#removeMember": simple("members/remove-member", "removeMember", "admin", ({ org }) => ({ memberId: org.byRole.developer.member.id })),
  "members/set-member-status#setMemberStatus": simple("members/set-member-status", "setMemberStatus", "admin", ({ org }) => ({ memberId: org.byRole.developer.member.id, status: "inactive" })),
  "members/update-member#updateMember": simple("members/update-member", "updateMember", "admin", ({ org }) => {
    const m = org.byRole.developer.member;
    // Name, role and status at once: still one event.
    return { memberId: m.id, name: "Renamed", email: m.email, phone: null, department: "Ops", jobTitle: null, role: "analyst", status: "inactive", permissions: [], teamIds: [] };
  }),
  "members/update-scim-user#updateScimUser": {
    run: async ({ db }) => {
      const scimOrg = await createScimOrg(db);
      const target = scimOrg.byRole.viewer.member;
      const update = await action("members/update-scim-user", "updateScimUser");
      return () =>
        update.run(db, scimIdentity(scimOrg.tokenId), null, {
          memberId: target.id,
          replace: { email: target.email, name: "Renamed By IdP", phone: null, department: "Ops", jobTitle: "Lead", externalId: null, active: true },
        });
    },
  },
  "organizations/delete-organization#deleteOrganization": { exempt: "deleting the organization deletes its activity log with it (the server log keeps the record; the danger zone offers the log first)" },
  "organizations/send-reauth-code#sendReauthCode": simple("organizations/send-reauth-code", "sendReauthCode", "owner", () => ({ purpose: "transfer_ownership" })),
  "organizations/transfer-ownership#transferOwnership": {
    run: async ({ db, org }) => {
      const transfer = await action("organizations/transfer-ownership", "transferOwnership");
      const identity = await recentlySignedIn(db, org.byRole.owner.identity);
      return () => transfer.run(db, identity, org.slug, { memberId: org.byRole.admin.member.id, confirmSlug: org.slug });
    },
    events: 3,
    why: "two people's roles change (one member.role_changed each, on their timelines) plus the organization.ownership_transferred event itself",
  },
  "organizations/update-organization#updateOrganization": simple("organizations/update-organization", "updateOrganization", "admin", ({ org }) => ({
    name: "Renamed Org",
    slug: org.slug,
    defaultRole: "viewer",
    invitationExpiryDays: 14,
  })),
  "organizations/update-seat-limit#updateSeatLimit": simple("organizations/update-seat-limit", "updateSeatLimit", "owner", () => ({ seatLimit: 150 })),
  "scim/issue-scim-token#issueScimToken": simple("scim/issue-scim-token", "issueScimToken", "owner", () => ({ graceHours: 0 })),
  "scim/revoke-scim-token#revokeScimToken": {
    run: async ({ db, org }) => {
      const issue = await action("scim/issue-scim-token", "issueScimToken");
      const issued = await issue.run(db, org.byRole.owner.identity, org.slug, { graceHours: 0 });
      if (!issued.ok) throw new Error(issued.error);
      const revoke = await action("scim/revoke-scim-token", "revokeScimToken");
      return () => revoke.run(db, org.byRole.owner.identity, org.slug, { tokenId: (issued.data as { id: string }).id });
    },
  },
  "notifications/mark-notifications-read#markNotificationsRead": { exempt: "marks the caller's own notifications read: the reader's own state, not the organization's" },
  "notifications/update-notification-preferences#updateNotificationPreferences": simple("notifications/update-notification-preferences", "updateNotificationPreferences", "viewer", () => ({
    preferences: [{ category: "role_changed", scope: "", email: "daily", inApp: true }],
  })),
  "teams/invite-to-team#inviteToTeam": {
    run: async ({ db, org }) => {
      const team = await newTeam(db, org);
      const invite = await action("teams/invite-to-team", "inviteToTeam");
      return () => invite.run(db, org.byRole.manager.identity, org.slug, { teamId: team.id, memberId: org.byRole.viewer.member.id, teamRole: "member" });
    },
  },
  "teams/respond-to-team-invitation#respondToTeamInvitation": {
    run: async ({ db, org }) => {
      const team = await newTeam(db, org);
      const invite = await action("teams/invite-to-team", "inviteToTeam");
      const sent = await invite.run(db, org.byRole.manager.identity, org.slug, { teamId: team.id, memberId: org.byRole.viewer.member.id });
      if (!sent.ok) throw new Error(sent.error);
      const respond = await action("teams/respond-to-team-invitation", "respondToTeamInvitation");
      return () => respond.run(db, org.byRole.viewer.identity, org.slug, { invitationId: (sent.data as { id: string }).id, response: "accept" });
    },
  },
  "scim/set-scim-enabled#setScimEnabled": simple("scim/set-scim-enabled", "setScimEnabled", "owner", () => ({ enabled: true })),
  "teams/add-team-members#addTeamMembers": {
    run: async ({ db, org }) => {
      const team = await newTeam(db, org);
      const add = await action("teams/add-team-members", "addTeamMembers");
      return () => add.run(db, org.byRole.manager.identity, org.slug, { teamId: team.id, memberIds: [org.byRole.viewer.member.id, org.byRole.analyst.member.id], role: "member" });
    },
    events: (data: { added: number }) => data.added,
    why: "one team.member_added per person added (their timelines)",
  },
  "teams/create-team#createTeam": simple("teams/create-team", "createTeam", "manager", () => ({ name: `Team ${unique()}` })),
  "teams/delete-team#deleteTeam": {
    run: async ({ db, org }) => {
      const team = await newTeam(db, org);
      const remove = await action("teams/delete-team", "deleteTeam");
      return () => remove.run(db, org.byRole.manager.identity, org.slug, { teamId: team.id });
    },
  },
  "teams/provision-scim-group#provisionScimGroup": {
    run: async ({ db }) => {
      const scimOrg = await createScimOrg(db);
      const provision = await action("teams/provision-scim-group", "provisionScimGroup");
      return () => provision.run(db, scimIdentity(scimOrg.tokenId), null, { name: `Group ${unique()}`, externalId: `g-${unique()}`, memberIds: null });
    },
  },
  "teams/remove-team-member#removeTeamMember": {
    run: async ({ db, org }) => {
      const team = await newTeam(db, org);
      await db.insert(teamMembers).values({ organizationId: org.organization.id, teamId: team.id, memberId: org.byRole.viewer.member.id });
      const remove = await action("teams/remove-team-member", "removeTeamMember");
      return () => remove.run(db, org.byRole.manager.identity, org.slug, { teamId: team.id, memberId: org.byRole.viewer.member.id });
    },
  },
  "teams/set-team-member-role#setTeamMemberRole": {
    run: async ({ db, org }) => {
      const team = await newTeam(db, org);
      await db.insert(teamMembers).values({ organizationId: org.organization.id, teamId: team.id, memberId: org.byRole.viewer.member.id });
      const set = await action("teams/set-team-member-role", "setTeamMemberRole");
      return () => set.run(db, org.byRole.manager.identity, org.slug, { teamId: team.id, memberId: org.byRole.viewer.member.id, role: "maintainer" });
    },
  },
  "teams/update-scim-group#updateScimGroup": {
    run: async ({ db }) => {
      const scimOrg = await createScimOrg(db);
      const team = await newTeam(db, scimOrg);
      const update = await action("teams/update-scim-group", "updateScimGroup");
      return () => update.run(db, scimIdentity(scimOrg.tokenId), null, { teamId: team.id, replace: { name: `Renamed ${unique()}`, externalId: null, memberIds: null } });
    },
  },
  "teams/update-team#updateTeam": {
    run: async ({ db, org }) => {
      const team = await newTeam(db, org);
      const update = await action("teams/update-team", "updateTeam");
      return () => update.run(db, org.byRole.manager.identity, org.slug, { teamId: team.id, name: `Renamed ${unique()}` });
    },
  },
  "webhooks/create-webhook-endpoint#createWebhookEndpoint": simple("webhooks/create-webhook-endpoint", "createWebhookEndpoint", "admin", () => ({ url: "https://93.184.216.34/hooks" })),
  "webhooks/delete-webhook-endpoint#deleteWebhookEndpoint": {
    run: async (ctx) => {
      const endpointId = await webhookEndpoint(ctx);
      const remove = await action("webhooks/delete-webhook-endpoint", "deleteWebhookEndpoint");
      return () => remove.run(ctx.db, ctx.org.byRole.admin.identity, ctx.org.slug, { endpointId });
    },
  },
  "webhooks/resend-webhook-delivery#resendWebhookDelivery": {
    run: async (ctx) => {
      const endpointId = await webhookEndpoint(ctx);
      const [delivery] = await ctx.db
        .insert(webhookDeliveries)
        .values({ organizationId: ctx.org.organization.id, endpointId, eventId: crypto.randomUUID(), eventType: "team.created", payload: {}, status: "dead", attempts: 8 })
        .returning();
      const resend = await action("webhooks/resend-webhook-delivery", "resendWebhookDelivery");
      return () => resend.run(ctx.db, ctx.org.byRole.admin.identity, ctx.org.slug, { deliveryId: delivery!.id });
    },
  },
  "webhooks/roll-webhook-secret#rollWebhookSecret": {
    run: async (ctx) => {
      const endpointId = await webhookEndpoint(ctx);
      const roll = await action("webhooks/roll-webhook-secret", "rollWebhookSecret");
      return () => roll.run(ctx.db, ctx.org.byRole.admin.identity, ctx.org.slug, { endpointId });
    },
  },
  "webhooks/update-webhook-endpoint#updateWebhookEndpoint": {
    run: async (ctx) => {
      const endpointId = await webhookEndpoint(ctx);
      const update = await action("webhooks/update-webhook-endpoint", "updateWebhookEndpoint");
      return () => update.run(ctx.db, ctx.org.byRole.admin.identity, ctx.org.slug, { endpointId, url: "https://93.184.216.35/hooks", eventTypes: [], enabled: false });
    },
  },
};

// ---------------------------------------------------------------------------------------------
// Server functions ("use server" modules), keyed "<feature>/<file>#<export>": each is a kernel
// action above ({ same }), runs its own entry, or is exempt.

const serverAction = (kernelKey: string): Entry => ({ same: kernelKey });

const SERVER_ACTIONS: Record<string, Entry> = {
  "access-reviews/server-actions#startAccessReviewAction": serverAction("access-reviews/start-access-review#startAccessReview"),
  "access-reviews/server-actions#closeAccessReviewAction": serverAction("access-reviews/close-access-review#closeAccessReview"),
  "account/server-actions#signOutSessionAction": { exempt: "ends one of the caller's own sessions: a person's sign-in belongs to no organization" },
  "account/server-actions#signOutOtherSessionsAction": { exempt: "ends the caller's own other sessions: a person's sign-in belongs to no organization" },
  "account/server-actions#updateProfileAction": {
    run: async ({ db, org }) => {
      const { updateProfile } = await mod<typeof import("@/lib/actions/account/update-profile")>("account/update-profile");
      return () => updateProfile(db, org.byRole.developer.identity, { name: "Renamed Person", phone: "+1 555 0100", jobTitle: "Engineer" });
    },
    why: "one member.updated in each organization the person belongs to (here one)",
  },
  "notifications/server-actions#markNotificationsReadAction": serverAction("notifications/mark-notifications-read#markNotificationsRead"),
  "notifications/server-actions#updateNotificationPreferencesAction": serverAction("notifications/update-notification-preferences#updateNotificationPreferences"),
  "teams/server-actions#inviteToTeamAction": serverAction("teams/invite-to-team#inviteToTeam"),
  "teams/server-actions#respondToTeamInvitationAction": serverAction("teams/respond-to-team-invitation#respondToTeamInvitation"),
  "activity/server-actions#searchActivityPeopleAction": { exempt: "a read (defineOrgQuery)" },
  "activity/server-actions#verifyAuditChainAction": {
    run: async ({ db, org }) => {
      const { verifyAndRecord } = await mod<typeof import("@/lib/actions/activity/verify-audit-chain")>("activity/verify-audit-chain");
      return () => verifyAndRecord(db, org.byRole.owner.identity, org.slug);
    },
  },
  "api-keys/server-actions#createApiKeyAction": serverAction("api-keys/create-api-key#createApiKey"),
  "api-keys/server-actions#revokeApiKeyAction": serverAction("api-keys/revoke-api-key#revokeApiKey"),
  "api-keys/server-actions#revokeMemberApiKeysAction": serverAction("api-keys/revoke-member-api-keys#revokeMemberApiKeys"),
  "api-keys/server-actions#setApiAccessAction": serverAction("api-keys/set-api-access#setApiAccess"),
  "api-keys/server-actions#updateApiKeyPolicyAction": serverAction("api-keys/update-api-key-policy#updateApiKeyPolicy"),
  "bulk/server-actions#previewBulkActionAction": { exempt: "a read (defineOrgQuery): the preview writes nothing" },
  "bulk/server-actions#applyBulkActionAction": {
    run: async ({ db, org }) => {
      const { runBulkAction } = await mod<typeof import("@/lib/actions/bulk/apply-bulk-action")>("bulk/apply-bulk-action");
      const ids = [org.byRole.developer.member.id, org.byRole.analyst.member.id, org.byRole.viewer.member.id];
      return () => runBulkAction(db, org.byRole.admin.identity, org.slug, { selection: { kind: "ids", ids }, operation: { type: "change_role", role: "viewer" } });
    },
    events: (data: { changed: number }) => data.changed + 1,
    why: "one member.role_changed per person changed (their timelines) plus one members.bulk_role_changed summary listing them",
  },
  "bulk/server-actions#undoBulkOperationAction": serverAction("bulk/undo-bulk-operation#undoBulkOperation"),
  "domains/server-actions#addDomainAction": serverAction("domains/add-domain#addDomain"),
  "domains/server-actions#verifyDomainAction": serverAction("domains/verify-domain#verifyDomain"),
  "domains/server-actions#updateAutoJoinAction": serverAction("domains/update-auto-join#updateAutoJoin"),
  "domains/server-actions#removeDomainAction": serverAction("domains/remove-domain#removeDomain"),
  "domains/server-actions#approveJoinRequestAction": serverAction("domains/approve-join-request#approveJoinRequest"),
  "domains/server-actions#declineJoinRequestAction": serverAction("domains/decline-join-request#declineJoinRequest"),
  "domains/server-actions#listVerifiedDomainsAction": { exempt: "a read (defineOrgQuery)" },
  "domains/server-actions#joinOrganizationAction": {
    run: async ({ db, org }) => {
      const domain = `d${unique()}.example`;
      await db.insert(domains).values({ organizationId: org.organization.id, domain, verificationToken: "t", status: "verified", verifiedAt: new Date() });
      const identity = await createUser(db, { email: `joiner.${unique()}@${domain}`, name: "Joiner" });
      const { joinOrganization } = await import("@/lib/domains/join-organization");
      return () => joinOrganization(db, { id: identity.user!.id, email: identity.user!.email, name: "Joiner" }, { organizationId: org.organization.id });
    },
  },
  "auth/request-sign-in-link#requestSignInLink": { exempt: "asks for a sign-in email: no organization changes (rate-limited, and kept in the email outbox)" },
  "auth/sign-out#signOutAction": { exempt: "ends the caller's own session: no organization changes" },
  "invitations/import-server-actions#bulkInviteAction": serverAction("invitations/bulk-invite#bulkInvite"),
  "invitations/import-server-actions#reviewImportAction": serverAction("invitations/review-import#reviewImportFile"),
  "invitations/import-server-actions#importInvitationsAction": serverAction("invitations/import-invitations#importInvitations"),
  "invitations/respond-to-invitation#acceptInvitationAction": {
    run: async (ctx) => {
      const { email, token } = await invited(ctx);
      const identity = await createUser(ctx.db, { email, name: "In Vitee" });
      const { acceptInvitation } = await import("@/lib/invitations/accept-invitation");
      return async () => {
        const outcome = await acceptInvitation(ctx.db, identity, token);
        return outcome.ok ? { ok: true, data: outcome.data } : { ok: false, code: "conflict", error: outcome.message };
      };
    },
  },
  "invitations/respond-to-invitation#declineInvitationAction": {
    run: async (ctx) => {
      const { email, token } = await invited(ctx);
      const identity = await createUser(ctx.db, { email, name: "In Vitee" });
      const { declineInvitation } = await import("@/lib/invitations/decline-invitation");
      return async () => {
        const outcome = await declineInvitation(ctx.db, identity, token);
        return outcome.ok ? { ok: true, data: outcome.data } : { ok: false, code: "conflict", error: outcome.message };
      };
    },
  },
  "invitations/respond-to-invitation#signInAsInvitedAction": { exempt: "signs the current person out and opens the sign-in form: no organization changes" },
  "invitations/server-actions#resendInvitationAction": serverAction("invitations/resend-invitation#resendInvitation"),
  "invitations/server-actions#removeInvitationAction": serverAction("invitations/remove-invitation#removeInvitation"),
  "invitations/server-actions#removeInvitationsAction": serverAction("invitations/remove-invitations#removeInvitations"),
  "invitations/server-actions#cancelInvitationAction": serverAction("invitations/cancel-invitation#cancelInvitation"),
  "invitations/server-actions#updateInvitationAction": serverAction("invitations/update-invitation#updateInvitation"),
  "members/server-actions#createMemberAction": serverAction("members/create-member#createMember"),
  "members/server-actions#updateMemberAction": serverAction("members/update-member#updateMember"),
  "members/server-actions#changeRoleAction": serverAction("members/change-role#changeRole"),
  "members/server-actions#setMemberStatusAction": serverAction("members/set-member-status#setMemberStatus"),
  "members/server-actions#removeMemberAction": serverAction("members/remove-member#removeMember"),
  "members/server-actions#endMemberSessionsAction": serverAction("members/end-member-sessions#endMemberSessions"),
  "members/server-actions#leaveOrganizationAction": serverAction("members/leave-organization#leaveOrganization"),
  "members/server-actions#decideAccessReviewAction": serverAction("members/decide-access-review#decideAccessReview"),
  "organizations/server-actions#createOrganizationAction": {
    run: async ({ db }) => {
      const { createOrganization } = await mod<typeof import("@/lib/actions/organizations/create-organization")>("organizations/create-organization");
      const identity = await createUser(db, { email: `founder.${unique()}@x.test`, name: "Founder" });
      const slug = `new-${unique()}`;
      return () => createOrganization(db, identity, { name: "New Org", slug }, { mode: "open", domains: [], operators: [] });
    },
  },
  "organizations/server-actions#updateOrganizationAction": serverAction("organizations/update-organization#updateOrganization"),
  "organizations/server-actions#updateSeatLimitAction": serverAction("organizations/update-seat-limit#updateSeatLimit"),
  "organizations/server-actions#sendReauthCodeAction": serverAction("organizations/send-reauth-code#sendReauthCode"),
  "organizations/server-actions#transferOwnershipAction": serverAction("organizations/transfer-ownership#transferOwnership"),
  "organizations/server-actions#deleteOrganizationAction": serverAction("organizations/delete-organization#deleteOrganization"),
  "scim/server-actions#setScimEnabledAction": serverAction("scim/set-scim-enabled#setScimEnabled"),
  "scim/server-actions#issueScimTokenAction": serverAction("scim/issue-scim-token#issueScimToken"),
  "scim/server-actions#revokeScimTokenAction": serverAction("scim/revoke-scim-token#revokeScimToken"),
  "teams/server-actions#createTeamAction": serverAction("teams/create-team#createTeam"),
  "teams/server-actions#updateTeamAction": serverAction("teams/update-team#updateTeam"),
  "teams/server-actions#deleteTeamAction": serverAction("teams/delete-team#deleteTeam"),
  "teams/server-actions#addTeamMembersAction": serverAction("teams/add-team-members#addTeamMembers"),
  "teams/server-actions#removeTeamMemberAction": serverAction("teams/remove-team-member#removeTeamMember"),
  "teams/server-actions#setTeamMemberRoleAction": serverAction("teams/set-team-member-role#setTeamMemberRole"),
  "teams/server-actions#searchTeamCandidatesAction": { exempt: "a read (defineOrgQuery)" },
  "webhooks/server-actions#createWebhookEndpointAction": serverAction("webhooks/create-webhook-endpoint#createWebhookEndpoint"),
  "webhooks/server-actions#updateWebhookEndpointAction": serverAction("webhooks/update-webhook-endpoint#updateWebhookEndpoint"),
  "webhooks/server-actions#rollWebhookSecretAction": serverAction("webhooks/roll-webhook-secret#rollWebhookSecret"),
  "webhooks/server-actions#deleteWebhookEndpointAction": serverAction("webhooks/delete-webhook-endpoint#deleteWebhookEndpoint"),
  "webhooks/server-actions#resendWebhookDeliveryAction": serverAction("webhooks/resend-webhook-delivery#resendWebhookDelivery"),
};

// ---------------------------------------------------------------------------------------------
// What the code defines, read from the source

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "kernel" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}
const keyOf = (file: string, name: string) => `${path.relative(ACTIONS_DIR, file).replace(/\.tsx?$/, "")}#${name}`;

/** Exported kernel actions: `export const x = defineOrgAction(` or `defineReauthAction(`. */
function kernelActionsInCode(): string[] {
  return sourceFiles(ACTIONS_DIR).flatMap((file) =>
    [...fs.readFileSync(file, "utf8").matchAll(/export const (\w+)\s*=\s*define(?:Org|Reauth)Action\s*\(/g)].map((m) => keyOf(file, m[1]!)),
  );
}

/** Exported functions of every "use server" module. */
function serverActionsInCode(): string[] {
  return sourceFiles(ACTIONS_DIR).flatMap((file) => {
    const text = fs.readFileSync(file, "utf8");
    if (!/^\s*["']use server["']/.test(text)) return [];
    return [...text.matchAll(/export async function (\w+)/g)].map((m) => keyOf(file, m[1]!));
  });
}

function runnableOf(entry: Entry, seen: string[] = []): Runnable | { exempt: string } {
  if ("same" in entry) {
    const target = ACTIONS[entry.same] ?? SERVER_ACTIONS[entry.same];
    if (!target || seen.includes(entry.same)) throw new Error(`entry points at "${entry.same}", which has no entry`);
    return runnableOf(target, [...seen, entry.same]);
  }
  return entry;
}

describe("the list of actions", () => {
  it("has an entry for every kernel action (defineOrgAction / defineReauthAction)", () => {
    const missing = kernelActionsInCode().filter((key) => !(key in ACTIONS));
    expect(missing, "add these to ACTIONS in tests/integration/every-action-audited.test.ts").toEqual([]);
  });

  it("has an entry for every server function", () => {
    const missing = serverActionsInCode().filter((key) => !(key in SERVER_ACTIONS));
    expect(missing, "add these to SERVER_ACTIONS in tests/integration/every-action-audited.test.ts").toEqual([]);
  });

  it("lists nothing that no longer exists", () => {
    const known = new Set([...kernelActionsInCode(), ...serverActionsInCode()]);
    const stale = [...Object.keys(ACTIONS), ...Object.keys(SERVER_ACTIONS)].filter((key) => !known.has(key));
    expect(stale).toEqual([]);
  });
});

describe.each(drivers)("every action writes its audit events (%s)", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  const totalEvents = async () => Number((await t.db.select({ n: sql<number>`count(*)::int` }).from(auditEvents))[0]!.n);

  const runnable = [...Object.entries(ACTIONS), ...Object.entries(SERVER_ACTIONS)].flatMap(([key, entry]) => {
    const resolved = runnableOf(entry);
    // A server function that is a kernel action is counted once, under the kernel action.
    if ("same" in entry) return [];
    return "exempt" in resolved ? [] : [[key, resolved] as const];
  });

  it.each(runnable)("%s", async (key, entry) => {
    const org = await createOrgFixture(t.db, { base: "audited" });
    const call = await entry.run({ db: t.db, org });
    const before = await totalEvents();
    const result = await call();
    expect(result, `${key} should succeed with its entry's input`).toMatchObject({ ok: true });
    const data = (result as unknown as { data: never }).data;
    const expected = typeof entry.events === "function" ? entry.events(data) : (entry.events ?? 1);
    expect(await totalEvents() - before, `${key} writes ${expected} audit event(s)${entry.why ? `: ${entry.why}` : ""}`).toBe(expected);
  });

  it("checks the exempt ones are exempt for a reason", () => {
    for (const [key, entry] of [...Object.entries(ACTIONS), ...Object.entries(SERVER_ACTIONS)]) {
      if ("exempt" in entry) expect(entry.exempt.length, key).toBeGreaterThan(10);
    }
  });
});
