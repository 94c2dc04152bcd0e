// The one path every organization read called from the browser takes, beside defineOrgAction:
// session → active membership of the organization named in the URL → permission → input schema →
// handler → typed result. No transaction and no lock: it only reads. If anything on the way
// throws, the caller is refused and learns nothing. Reads marked `scim: true` also serve the
// organization's SCIM client (scim-caller.ts).
import "server-only";
import type { z } from "zod";
import type { Database } from "@/db/client";
import type { Member, Organization } from "@/db/schema";
import { fail, ok, type ActionResult } from "@/lib/errors";
import type { Permission } from "@/lib/permissions";
import { invalidInput } from "./field-errors";
import { findOrgCaller } from "./org-caller";
import { toFailure } from "./refusals";
import { isScimIdentity, type AuthenticatedIdentity, type CallerIdentity, type RequestIdentity } from "./request-identity";
import { findScimCaller } from "./scim-caller";

export interface OrgQueryContext<I extends CallerIdentity = AuthenticatedIdentity> {
  db: Database;
  organization: Organization;
  actor: Member;
  identity: I;
}

export interface OrgQueryDefinition<S extends z.ZodType, T, I extends CallerIdentity = AuthenticatedIdentity> {
  permission: Permission;
  schema: S;
  handler: (ctx: OrgQueryContext<I>, input: z.output<S>) => Promise<T>;
  /** The organization's SCIM client may run it too (see define-org-action.ts). */
  scim?: boolean;
}

export interface OrgQuery<S extends z.ZodType, T> extends OrgQueryDefinition<S, T> {
  /** `org` is the URL's slug (UI) or `{ id }` (API); ignored for a SCIM client (its token names the organization). */
  run: (db: Database, identity: RequestIdentity, org: unknown, input: unknown) => Promise<ActionResult<T>>;
}

export function defineOrgQuery<S extends z.ZodType, T>(definition: OrgQueryDefinition<S, T> & { scim?: false }): OrgQuery<S, T>;
export function defineOrgQuery<S extends z.ZodType, T>(definition: OrgQueryDefinition<S, T, CallerIdentity> & { scim: true }): OrgQuery<S, T>;
export function defineOrgQuery<S extends z.ZodType, T>(definition: OrgQueryDefinition<S, T> | OrgQueryDefinition<S, T, CallerIdentity>): OrgQuery<S, T> {
  // A handler without `scim: true` only ever sees people: SCIM clients are refused before it.
  const wide = definition as OrgQueryDefinition<S, T, CallerIdentity>;
  return {
    ...wide,
    run: async (db, identity, org, rawInput) => {
      try {
        const found = !isScimIdentity(identity)
          ? await findOrgCaller(db, identity, org, wide.permission)
          : wide.scim
            ? await findScimCaller(db, identity, wide.permission)
            : { ok: false as const, refusal: fail("forbidden", "A SCIM client can't do that.") };
        if (!found.ok) return found.refusal;
        const { caller } = found;
        const parsed = wide.schema.safeParse(rawInput);
        if (!parsed.success) return invalidInput(parsed.error);
        const ctx: OrgQueryContext<CallerIdentity> = { db, organization: caller.organization, actor: caller.member, identity: caller.identity };
        return ok(await wide.handler(ctx, parsed.data));
      } catch (error) {
        return toFailure(error, "query");
      }
    },
  };
}
