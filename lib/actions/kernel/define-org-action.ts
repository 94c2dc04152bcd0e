// The one path every organization mutation takes: session → active membership of the organization
// named in the URL → permission → input schema → handler inside a transaction that holds the
// organization's row lock (so invariants like "one Owner left" and seat limits are checked and
// written atomically) → typed result. Nothing about the actor comes from the client. Actions marked
// `scim: true` also accept an organization's SCIM client (scim-caller.ts) in place of a person.
import "server-only";
import type { z } from "zod";
import type { Database, Transaction } from "@/db/client";
import { findMember } from "@/db/queries/member-writes";
import { lockOrganization } from "@/db/queries/organizations";
import type { Member, Organization } from "@/db/schema";
import { runTransactionWithRetry } from "@/db/transaction";
import { recordAudit, type AuditActor, type AuditTarget } from "@/lib/audit";
import { ActionError, fail, ok, type ActionResult } from "@/lib/errors";
import { can, type Permission } from "@/lib/permissions";
import { invalidInput } from "./field-errors";
import { findOrgCaller, type OrgRef } from "./org-caller";
import { toFailure } from "./refusals";
import { isScimIdentity, type AuthenticatedIdentity, type CallerIdentity, type RequestIdentity } from "./request-identity";
import { findScimCaller } from "./scim-caller";

/** `I` is AuthenticatedIdentity (people, the default) or CallerIdentity (actions marked `scim: true`). */
export interface OrgActionContext<I extends CallerIdentity = AuthenticatedIdentity> {
  tx: Transaction;
  organization: Organization;
  /**
   * The actor's membership, re-read inside the transaction after the organization lock. For a
   * SCIM client: the synthetic Owner-ranked actor of scim-caller.ts (never a real member's id).
   */
  actor: Member;
  identity: I;
  /** Who the audit trail names for this call (person or API key, channel, address). */
  auditActor: AuditActor;
  audit: (event: { action: string; target?: AuditTarget; metadata?: Record<string, unknown> }) => Promise<void>;
  /** Work to do once the transaction has committed (e.g. sending the emails it wrote). */
  afterCommit: (work: (db: Database) => Promise<unknown>) => void;
}

export interface OrgActionDefinition<S extends z.ZodType, T, I extends CallerIdentity = AuthenticatedIdentity> {
  /** Coarse gate checked before anything else; handlers add target-specific rules. */
  permission: Permission;
  schema: S;
  handler: (ctx: OrgActionContext<I>, input: z.output<S>) => Promise<T>;
  /**
   * The organization's SCIM client may run it too (within SCIM_PERMISSIONS). Its handler then
   * sees CallerIdentity: no `identity.user` to lean on without checking.
   */
  scim?: boolean;
}

export interface OrgAction<S extends z.ZodType, T> extends OrgActionDefinition<S, T> {
  /** `org` is the URL's slug (UI) or `{ id }` (API); a SCIM client's organization is its token's, `org` is ignored. */
  run: (db: Database, identity: RequestIdentity, org: OrgRef | null, input: unknown) => Promise<ActionResult<T>>;
}

export function defineOrgAction<S extends z.ZodType, T>(definition: OrgActionDefinition<S, T> & { scim?: false }): OrgAction<S, T>;
export function defineOrgAction<S extends z.ZodType, T>(definition: OrgActionDefinition<S, T, CallerIdentity> & { scim: true }): OrgAction<S, T>;
export function defineOrgAction<S extends z.ZodType, T>(definition: OrgActionDefinition<S, T> | OrgActionDefinition<S, T, CallerIdentity>): OrgAction<S, T> {
  // A handler without `scim: true` only ever sees people: findCaller refuses SCIM clients first.
  const wide = definition as OrgActionDefinition<S, T, CallerIdentity>;
  return {
    ...wide,
    run: (db, identity, slug, input) => runOrgAction(db, identity, slug, input, wide),
  };
}

/** The caller before the transaction: a member of the named organization, or a SCIM client the action accepts. */
function findCaller(db: Database, identity: RequestIdentity, org: unknown, definition: { permission: Permission; scim?: boolean }) {
  if (!isScimIdentity(identity)) return findOrgCaller(db, identity, org, definition.permission);
  if (!definition.scim) return Promise.resolve({ ok: false as const, refusal: fail("forbidden", "A SCIM client can't do that.") });
  return findScimCaller(db, identity, definition.permission);
}

async function runOrgAction<S extends z.ZodType, T>(
  db: Database,
  identity: RequestIdentity,
  org: unknown,
  rawInput: unknown,
  definition: OrgActionDefinition<S, T, CallerIdentity>,
): Promise<ActionResult<T>> {
  try {
    const found = await findCaller(db, identity, org, definition);
    if (!found.ok) return found.refusal;
    const { caller } = found;

    const parsed = definition.schema.safeParse(rawInput);
    if (!parsed.success) return invalidInput(parsed.error);

    let pending: ((db: Database) => Promise<unknown>)[] = [];
    const data = await runTransactionWithRetry(db, async (tx) => {
      pending = [];
      const organization = await lockOrganization(tx, caller.organization.id);
      const member = await reloadActor(tx, caller, definition.permission);
      if (!organization || !member || member.status !== "active") {
        throw new ActionError("not_found", "Organization not found.");
      }
      if (!can(member, definition.permission)) {
        throw new ActionError("forbidden", "You don't have permission to do that.");
      }
      const auditActor = auditActorFor(caller.identity, member);
      const ctx: OrgActionContext<CallerIdentity> = {
        tx,
        organization,
        actor: member,
        identity: caller.identity,
        auditActor,
        audit: (event) => recordAudit(tx, { organizationId: organization.id, actor: auditActor, ...event }),
        afterCommit: (work) => void pending.push(work),
      };
      return definition.handler(ctx, parsed.data);
    });
    await runAfterCommit(db, pending);
    return ok(data);
  } catch (error) {
    return toFailure(error);
  }
}

/**
 * The actor re-read under the organization lock: the member as they are now, or — for a SCIM
 * client — its synthetic actor while the token is still usable and SCIM still enabled.
 */
async function reloadActor(tx: Transaction, caller: { identity: CallerIdentity; organization: Organization; member: Member }, permission: Permission) {
  if (isScimIdentity(caller.identity)) {
    const again = await findScimCaller(tx, caller.identity, permission);
    if (!again.ok) throw new ActionError("unauthenticated", "The SCIM token is not valid.");
    return again.caller.member;
  }
  return findMember(tx, { organizationId: caller.organization.id, memberId: caller.member.id });
}

/** The audit trail's actor: the member, acting through their session or one of their API keys, or the SCIM client. */
export function auditActorFor(identity: CallerIdentity, member: Pick<Member, "name" | "email">): AuditActor {
  const credential = identity.credential;
  return {
    userId: identity.user?.id ?? null,
    name: member.name,
    email: identity.user ? member.email : null,
    ip: identity.ip,
    userAgent: identity.userAgent,
    type: credential?.type === "api_key" ? "api_key" : credential?.type === "scim_token" ? "scim" : "user",
    channel: identity.channel ?? "ui",
    credentialId: credential?.id ?? null,
  };
}

/** After-commit work never turns a committed change into a failure; it is logged instead. */
async function runAfterCommit(db: Database, work: ((db: Database) => Promise<unknown>)[]): Promise<void> {
  for (const job of work) {
    try {
      await job(db);
    } catch (error) {
      console.error("[action] after-commit work failed", error instanceof Error ? error.message : error);
    }
  }
}

/** The context as a person's, or null for a SCIM client: for steps only a person takes (inviting someone). */
export function personContext(ctx: OrgActionContext<CallerIdentity>): OrgActionContext | null {
  return ctx.identity.user ? (ctx as OrgActionContext) : null;
}
