// The one path every organization mutation takes: session → active membership of the organization
// named in the URL → permission → input schema → handler inside a transaction that holds the
// organization's row lock (so invariants like "one Owner left" and seat limits are checked and
// written atomically) → typed result. Nothing about the actor comes from the client.
import "server-only";
import type { z } from "zod";
import type { Database, Transaction } from "@/db/client";
import { findMember } from "@/db/queries/member-writes";
import { lockOrganization } from "@/db/queries/organizations";
import type { Member, Organization } from "@/db/schema";
import { runTransactionWithRetry } from "@/db/transaction";
import { recordAudit, type AuditActor, type AuditTarget } from "@/lib/audit";
import { ActionError, ok, type ActionResult } from "@/lib/errors";
import { can, type Permission } from "@/lib/permissions";
import { invalidInput } from "./field-errors";
import { findOrgCaller, type OrgRef } from "./org-caller";
import { toFailure } from "./refusals";
import type { AuthenticatedIdentity, RequestIdentity } from "./request-identity";

export interface OrgActionContext {
  tx: Transaction;
  organization: Organization;
  /** The actor's membership, re-read inside the transaction after the organization lock. */
  actor: Member;
  identity: AuthenticatedIdentity;
  /** Who the audit trail names for this call (person or API key, channel, address). */
  auditActor: AuditActor;
  audit: (event: { action: string; target?: AuditTarget; metadata?: Record<string, unknown> }) => Promise<void>;
  /** Work to do once the transaction has committed (e.g. sending the emails it wrote). */
  afterCommit: (work: (db: Database) => Promise<unknown>) => void;
}

export interface OrgActionDefinition<S extends z.ZodType, T> {
  /** Coarse gate checked before anything else; handlers add target-specific rules. */
  permission: Permission;
  schema: S;
  handler: (ctx: OrgActionContext, input: z.output<S>) => Promise<T>;
}

export interface OrgAction<S extends z.ZodType, T> extends OrgActionDefinition<S, T> {
  /** `org` is the URL's slug (UI) or `{ id }` (API). */
  run: (db: Database, identity: RequestIdentity, org: OrgRef, input: unknown) => Promise<ActionResult<T>>;
}

export function defineOrgAction<S extends z.ZodType, T>(definition: OrgActionDefinition<S, T>): OrgAction<S, T> {
  return {
    ...definition,
    run: (db, identity, slug, input) => runOrgAction(db, identity, slug, input, definition),
  };
}

async function runOrgAction<S extends z.ZodType, T>(
  db: Database,
  identity: RequestIdentity,
  org: unknown,
  rawInput: unknown,
  definition: OrgActionDefinition<S, T>,
): Promise<ActionResult<T>> {
  try {
    const found = await findOrgCaller(db, identity, org, definition.permission);
    if (!found.ok) return found.refusal;
    const { caller } = found;

    const parsed = definition.schema.safeParse(rawInput);
    if (!parsed.success) return invalidInput(parsed.error);

    let pending: ((db: Database) => Promise<unknown>)[] = [];
    const data = await runTransactionWithRetry(db, async (tx) => {
      pending = [];
      const organization = await lockOrganization(tx, caller.organization.id);
      const member = await findMember(tx, { organizationId: caller.organization.id, memberId: caller.member.id });
      if (!organization || !member || member.status !== "active") {
        throw new ActionError("not_found", "Organization not found.");
      }
      if (!can(member, definition.permission)) {
        throw new ActionError("forbidden", "You don't have permission to do that.");
      }
      const auditActor = auditActorFor(caller.identity, member);
      const ctx: OrgActionContext = {
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

/** The audit trail's actor: the member, acting through their session or one of their API keys. */
export function auditActorFor(identity: AuthenticatedIdentity, member: Pick<Member, "name" | "email">): AuditActor {
  const credential = identity.credential;
  return {
    userId: identity.user.id,
    name: member.name,
    email: member.email,
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
