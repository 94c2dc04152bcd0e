// What the organization chooser offers a signed-in person whose address is on a verified domain of
// an organization they don't belong to: "Join <organization>" (auto-join, or a request), the seat
// limit notice, or the state of their request. Nothing for members or people who may not re-join.
import "server-only";
import type { Queryable } from "@/db/client";
import { findVerifiedDomain, isAutoJoinBlocked } from "@/db/queries/domains";
import { latestJoinRequests } from "@/db/queries/join-requests";
import { findMemberByEmail } from "@/db/queries/member-writes";
import { countSeatsUsed } from "@/db/queries/members";
import { DECLINED_COOLDOWN_MS, emailDomainOf, seatLimitNotice } from "./domain-join";

export interface DomainJoinOffer {
  organizationId: string;
  organizationName: string;
  domain: string;
  /** Auto-join on: joining is immediate; off: it asks the Admins. */
  autoJoin: boolean;
  state: "can_join" | "seat_limit" | "pending" | "declined";
  /** What to tell the person when they can't join right now. */
  message: string | null;
}

export async function findDomainJoinOffer(db: Queryable, user: { id: string; email: string }, now = new Date()): Promise<DomainJoinOffer | null> {
  const email = user.email.trim().toLowerCase();
  const domain = emailDomainOf(email);
  if (!domain) return null;
  const found = await findVerifiedDomain(db, domain);
  if (!found) return null;
  const { organization } = found;
  if (await findMemberByEmail(db, { organizationId: organization.id, email })) return null;
  if (await isAutoJoinBlocked(db, { organizationId: organization.id, email })) return null;
  const base = { organizationId: organization.id, organizationName: organization.name, domain, autoJoin: found.domain.autoJoin };
  if (found.domain.autoJoin) {
    const full = (await countSeatsUsed(db, organization.id)) >= organization.seatLimit;
    return full ? { ...base, state: "seat_limit", message: seatLimitNotice(organization.name) } : { ...base, state: "can_join", message: null };
  }
  const [latest] = await latestJoinRequests(db, { userId: user.id, organizationIds: [organization.id] });
  if (latest?.status === "pending") return { ...base, state: "pending", message: `Your request to join ${organization.name} is waiting for an admin.` };
  if (latest?.status === "declined" && latest.decidedAt && now.getTime() - latest.decidedAt.getTime() < DECLINED_COOLDOWN_MS) {
    return { ...base, state: "declined", message: `An admin of ${organization.name} declined your request. Ask them directly if you should be there.` };
  }
  return { ...base, state: "can_join", message: null };
}
