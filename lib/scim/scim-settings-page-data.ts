// Settings → SCIM's data for an Owner or Admin the page has let in: whether SCIM is on, the base
// URL to give the identity provider, the tokens (prefix and dates, never a hash), and one page of
// the request log. Scoped by the context's organization.
import "server-only";
import { getDb } from "@/db";
import { listScimRequests } from "@/db/queries/scim-requests";
import { listScimTokens } from "@/db/queries/scim-tokens";
import type { OrgContext } from "@/lib/auth/org-context";
import { scimBaseUrl } from "./http";
import { SCIM_LOG_PAGE_SIZE } from "./request-log-state";

export type ScimTokenState = "active" | "ending" | "expired" | "revoked";

export async function loadScimSettings({ organization }: OrgContext, { page }: { page: number }) {
  const db = await getDb();
  const now = new Date();
  const [tokens, firstTry] = await Promise.all([
    listScimTokens(db, { organizationId: organization.id }),
    listScimRequests(db, { organizationId: organization.id, offset: (page - 1) * SCIM_LOG_PAGE_SIZE, limit: SCIM_LOG_PAGE_SIZE }),
  ]);
  const pageCount = Math.max(1, Math.ceil(firstTry.total / SCIM_LOG_PAGE_SIZE));
  // Past the last page (an old link): show the last one.
  const shownPage = Math.min(page, pageCount);
  const log =
    shownPage === page ? firstTry : await listScimRequests(db, { organizationId: organization.id, offset: (shownPage - 1) * SCIM_LOG_PAGE_SIZE, limit: SCIM_LOG_PAGE_SIZE });
  return {
    enabled: organization.scimEnabled,
    baseUrl: scimBaseUrl(),
    tokens: tokens.map((token) => ({
      id: token.id,
      prefix: token.prefix,
      createdAt: token.createdAt,
      lastUsedAt: token.lastUsedAt,
      expiresAt: token.expiresAt,
      revokedAt: token.revokedAt,
      state: (token.revokedAt ? "revoked" : token.expiresAt && token.expiresAt <= now ? "expired" : token.expiresAt ? "ending" : "active") as ScimTokenState,
    })),
    log: { rows: log.rows, total: log.total, page: shownPage, pageCount, pageSize: SCIM_LOG_PAGE_SIZE },
    now: now.getTime(),
  };
}

export type ScimSettingsData = Awaited<ReturnType<typeof loadScimSettings>>;
