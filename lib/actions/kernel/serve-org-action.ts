// Binds organization actions and reads to the current request: the session's user, the caller's
// address (lib/request/client-ip.ts) and session token come from the request, never from input;
// after a successful action the organization's pages are revalidated.
import "server-only";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getDb } from "@/db";
import { getSessionUser } from "@/lib/auth/org-context";
import { currentSessionToken } from "@/lib/auth/session-token";
import type { ActionResult } from "@/lib/errors";
import { requestOrigin } from "@/lib/request/client-ip";
import type { OrgAction } from "./define-org-action";
import type { OrgQuery } from "./define-org-query";
import type { RequestIdentity } from "./request-identity";

/** The caller of the current request, as the session and the connection say. */
export async function currentRequestIdentity(): Promise<RequestIdentity> {
  const [user, requestHeaders, sessionToken] = await Promise.all([getSessionUser(), headers(), currentSessionToken()]);
  return { user, ...requestOrigin(requestHeaders), sessionToken };
}

export async function serveOrgAction<S extends z.ZodType, T>(action: OrgAction<S, T>, slug: unknown, input: unknown): Promise<ActionResult<T>> {
  const [db, identity] = await Promise.all([getDb(), currentRequestIdentity()]);
  const result = await action.run(db, identity, typeof slug === "string" ? slug : "", input);
  if (result.ok && typeof slug === "string") revalidatePath(`/orgs/${slug}`, "layout");
  return result;
}

/** A read: nothing to revalidate. */
export async function serveOrgQuery<S extends z.ZodType, T>(query: OrgQuery<S, T>, slug: unknown, input: unknown): Promise<ActionResult<T>> {
  const [db, identity] = await Promise.all([getDb(), currentRequestIdentity()]);
  return query.run(db, identity, slug, input);
}
