// The Invitations view's URL state: parsed by the server page, written by the client hook, so a
// shared or reloaded URL shows the same list. A bad value falls back to its default.
import { z } from "zod";
import type { InvitationStatus } from "@/db/schema/enums";

export const INVITATION_STATUSES = ["pending", "expired", "bounced", "declined", "accepted", "cancelled"] as const satisfies readonly InvitationStatus[];
// Fails to compile if the database enum gains a status this list lacks.
const statusesComplete: Exclude<InvitationStatus, (typeof INVITATION_STATUSES)[number]> extends never ? true : false = true;
void statusesComplete;

export const INVITATION_PAGE_SIZES = [10, 25, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 25;
export const MAX_INVITATION_QUERY = 100;

const first = (raw: unknown) => (Array.isArray(raw) ? raw[0] : raw);
const scalar = <T extends z.ZodType>(inner: T) => z.preprocess(first, inner);

const invitationsSearchSchema = z.object({
  status: scalar(z.enum(["all", ...INVITATION_STATUSES])).catch("all"),
  q: scalar(z.string().transform((s) => s.trim().slice(0, MAX_INVITATION_QUERY))).catch(""),
  page: scalar(z.coerce.number().int().min(1).max(1_000_000)).catch(1),
  pageSize: scalar(z.coerce.number().pipe(z.literal(INVITATION_PAGE_SIZES))).catch(DEFAULT_PAGE_SIZE),
});

export type InvitationsSearch = z.output<typeof invitationsSearchSchema>;
export type InvitationStatusFilter = InvitationsSearch["status"];

export function parseInvitationsSearch(input: Record<string, string | string[] | undefined>): InvitationsSearch {
  return invitationsSearchSchema.parse(input);
}

/** URL params without the defaults, so the plain view stays `/invitations`. */
export function serializeInvitationsSearch(search: InvitationsSearch): string {
  const params = new URLSearchParams();
  if (search.status !== "all") params.set("status", search.status);
  if (search.q) params.set("q", search.q);
  if (search.page !== 1) params.set("page", String(search.page));
  if (search.pageSize !== DEFAULT_PAGE_SIZE) params.set("pageSize", String(search.pageSize));
  const text = params.toString();
  return text ? `?${text}` : "";
}
