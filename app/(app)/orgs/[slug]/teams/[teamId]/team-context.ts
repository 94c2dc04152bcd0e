// The team a /teams/[teamId] request is about, loaded once per request for its layout, metadata
// and page; a 404 for unknown ids, other organizations' teams and ids that are not uuids.
import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { getTeamSummary } from "@/db/queries/teams";
import { requireOrgContext } from "@/lib/auth/org-context";

export const requireTeamContext = cache(async (slug: string, teamId: string) => {
  const context = await requireOrgContext(slug);
  const team = await getTeamSummary(await getDb(), { organizationId: context.organization.id, teamId });
  if (!team) notFound();
  return { ...context, team };
});
