// Binds an organization action to the current request: the session's user and the caller's
// address come from the request, then the page data of the organization is revalidated.
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

export async function serveOrgAction<S extends z.ZodType, T>(
  action: OrgAction<S, T>,
  slug: unknown,
  input: unknown,
): Promise<ActionResult<T>> {
  const [db, user, requestHeaders, sessionToken] = await Promise.all([getDb(), getSessionUser(), headers(), currentSessionToken()]);
  const result = await action.run(
    db,
    {
      user,
      ...requestOrigin(requestHeaders),
      sessionToken,
    },
    typeof slug === "string" ? slug : "",
    input,
  );
  if (result.ok && typeof slug === "string") revalidatePath(`/orgs/${slug}`, "layout");
  return result;
}
