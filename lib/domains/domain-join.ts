// Joining an organization through its verified domain, for a person signed in with an address on
// it. On sign-in (auto-join on): they join at once with the domain's role and teams if a seat is
// free; with no seat, a join request is filed for the Admins, who are told. From the organization
// chooser ("Join <organization>"): the same auto-join, or — auto-join off — a join request.
// Everything is re-checked inside one transaction holding the organization's lock, so concurrent
// sign-ins never take more seats than are free. Owners and Admins are notified (admin-notice.ts). People removed, disabled or gone never come back
// this way (auto_join_blocks).
import "server-only";
import type { Database, Transaction } from "@/db/client";
import { findVerifiedDomain, isAutoJoinBlocked } from "@/db/queries/domains";
import { insertJoinRequest, latestJoinRequests } from "@/db/queries/join-requests";
import { findMemberByEmail } from "@/db/queries/member-writes";
import { countSeatsUsed } from "@/db/queries/members";
import { lockOrganization } from "@/db/queries/organizations";
import type { Domain, Organization } from "@/db/schema";
import { isUniqueViolation, runTransactionWithRetry } from "@/db/transaction";
import { recordAudit, memberTarget, type AuditActor } from "@/lib/audit";
import { deliverOutboxEmail } from "@/lib/email/deliver";
import { queueWelcomeEmail } from "@/lib/members/welcome";
import { notifyIfSeatsFilled } from "@/lib/notifications/events";
import { ROLE_LABELS } from "@/lib/permissions";
import { tellAdmins } from "./admin-notice";
import { addDomainMember, nameFromUser, type DomainPersonUser } from "./domain-membership";

export type DomainJoinOutcome =
  | { kind: "joined"; organization: Organization; memberId: string }
  /** Auto-join on, no seat free: a join request waits for the Admins. */
  | { kind: "seat_limit"; organization: Organization }
  /** Auto-join off: a join request was filed (or already waits). */
  | { kind: "requested"; organization: Organization }
  /** Nothing to do: no verified domain, already a member, blocked, or declined lately. */
  | { kind: "none"; reason: "no_domain" | "member" | "blocked" | "declined" | "auto_join_off" };

/** After a decline, the chooser offers "Join" again only after this long. */
export const DECLINED_COOLDOWN_MS = 7 * 24 * 60 * 60 * 1000;

export function emailDomainOf(email: string): string {
  return email.trim().toLowerCase().split("@")[1] ?? "";
}

export function seatLimitNotice(organizationName: string): string {
  return `${organizationName} is at its seat limit — ask an admin`;
}

/**
 * Runs the domain join for `user`. `mode` "sign_in" never files a request while auto-join is off
 * (the person chooses in the chooser); "chooser" does. `organizationId` (the chooser's button)
 * must be the organization holding the person's domain.
 */
export async function joinThroughDomain(
  db: Database,
  user: DomainPersonUser,
  { mode, organizationId, now = new Date() }: { mode: "sign_in" | "chooser"; organizationId?: string; now?: Date },
): Promise<DomainJoinOutcome> {
  const email = user.email.trim().toLowerCase();
  const domainName = emailDomainOf(email);
  if (!domainName) return { kind: "none", reason: "no_domain" };
  const found = await findVerifiedDomain(db, domainName);
  if (!found || (organizationId && found.organization.id !== organizationId)) return { kind: "none", reason: "no_domain" };

  const outbox: string[] = [];
  let outcome: DomainJoinOutcome;
  try {
    outcome = await runTransactionWithRetry(db, async (tx) => {
      outbox.length = 0;
      return joinLocked(tx, { ...user, email }, found.organization.id, domainName, mode, now, outbox);
    });
  } catch (error) {
    // Two sign-ins of one person at once: the other one added them (UNIQUE(organization, user)).
    if (isUniqueViolation(error)) return { kind: "none", reason: "member" };
    throw error;
  }
  for (const id of outbox) await deliverOutboxEmail(db, id).catch(() => undefined);
  return outcome;
}

async function joinLocked(
  tx: Transaction,
  user: DomainPersonUser,
  organizationId: string,
  domainName: string,
  mode: "sign_in" | "chooser",
  now: Date,
  outbox: string[],
): Promise<DomainJoinOutcome> {
  const organization = await lockOrganization(tx, organizationId);
  // Re-read under the lock: the domain may have been unverified or changed meanwhile.
  const current = organization ? await findVerifiedDomain(tx, domainName) : null;
  if (!organization || !current || current.organization.id !== organization.id) return { kind: "none", reason: "no_domain" };
  const domain: Domain = current.domain;
  if (await findMemberByEmail(tx, { organizationId, email: user.email })) return { kind: "none", reason: "member" };
  if (await isAutoJoinBlocked(tx, { organizationId, email: user.email })) return { kind: "none", reason: "blocked" };

  const actor: AuditActor = { userId: user.id, name: nameFromUser(user), email: user.email, type: "user", channel: domain.autoJoin ? "auto_join" : "ui" };
  const audit = (action: string, target: Parameters<typeof recordAudit>[1]["target"], metadata: Record<string, unknown>) =>
    recordAudit(tx, { organizationId, actor, action, target, metadata });

  if (domain.autoJoin) {
    const used = await countSeatsUsed(tx, organizationId);
    if (used < organization.seatLimit) {
      await notifyIfSeatsFilled(tx, organization, 1, used);
      const { member, teamIds } = await addDomainMember(tx, { organizationId, user, role: domain.autoJoinRole, teamIds: domain.autoJoinTeamIds, now });
      await audit("member.auto_joined", memberTarget(member), { domain: domainName, role: member.role, teamIds });
      outbox.push(await queueWelcomeEmail(tx, organization, member));
      outbox.push(...(await tellAdmins(tx, organization, { kind: "auto_joined", personEmail: user.email, domain: domainName, roleLabel: ROLE_LABELS[member.role] })));
      return { kind: "joined", organization, memberId: member.id };
    }
    const request = await insertJoinRequest(tx, { organizationId, userId: user.id, email: user.email });
    if (request) {
      await audit("join_request.created", { type: "join_request", id: request.id, name: nameFromUser(user), email: user.email }, { domain: domainName, reason: "seat_limit", seatsUsed: used, seatLimit: organization.seatLimit });
      outbox.push(...(await tellAdmins(tx, organization, { kind: "seat_limit", personEmail: user.email, domain: domainName })));
    }
    return { kind: "seat_limit", organization };
  }

  if (mode === "sign_in") return { kind: "none", reason: "auto_join_off" };
  const [latest] = await latestJoinRequests(tx, { userId: user.id, organizationIds: [organizationId] });
  if (latest?.status === "declined" && latest.decidedAt && now.getTime() - latest.decidedAt.getTime() < DECLINED_COOLDOWN_MS) {
    return { kind: "none", reason: "declined" };
  }
  const request = await insertJoinRequest(tx, { organizationId, userId: user.id, email: user.email });
  if (request) {
    await audit("join_request.created", { type: "join_request", id: request.id, name: nameFromUser(user), email: user.email }, { domain: domainName, reason: "requested" });
    outbox.push(...(await tellAdmins(tx, organization, { kind: "requested", personEmail: user.email, domain: domainName })));
  }
  return { kind: "requested", organization };
}
