// The one path every organization read called from the browser takes, beside defineOrgAction:
// session → active membership of the organization named in the URL → permission → input schema →
// handler → typed result. No transaction and no lock: it only reads. If anything on the way
// throws, the caller is refused and learns nothing.
import "server-only";
import type { z } from "zod";
import type { Database } from "@/db/client";
import type { Member, Organization } from "@/db/schema";
import { ok, type ActionResult } from "@/lib/errors";
import type { Permission } from "@/lib/permissions";
import { invalidInput } from "./field-errors";
import { findOrgCaller } from "./org-caller";
import { toFailure } from "./refusals";
import type { AuthenticatedIdentity, RequestIdentity } from "./request-identity";

export interface OrgQueryContext {
  db: Database;
  organization: Organization;
  actor: Member;
  identity: AuthenticatedIdentity;
}

export interface OrgQueryDefinition<S extends z.ZodType, T> {
  permission: Permission;
  schema: S;
  handler: (ctx: OrgQueryContext, input: z.output<S>) => Promise<T>;
}

export interface OrgQuery<S extends z.ZodType, T> extends OrgQueryDefinition<S, T> {
  /** `org` is the URL's slug (UI) or `{ id }` (API). */
  run: (db: Database, identity: RequestIdentity, org: unknown, input: unknown) => Promise<ActionResult<T>>;
}

export function defineOrgQuery<S extends z.ZodType, T>(definition: OrgQueryDefinition<S, T>): OrgQuery<S, T> {
  return {
    ...definition,
    run: async (db, identity, org, rawInput) => {
      try {
        const found = await findOrgCaller(db, identity, org, definition.permission);
        if (!found.ok) return found.refusal;
        const { caller } = found;
        const parsed = definition.schema.safeParse(rawInput);
        if (!parsed.success) return invalidInput(parsed.error);
        const ctx: OrgQueryContext = { db, organization: caller.organization, actor: caller.member, identity: caller.identity };
        return ok(await definition.handler(ctx, parsed.data));
      } catch (error) {
        return toFailure(error, "query");
      }
    },
  };
}
