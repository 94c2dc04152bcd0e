// Bulk Import, step 1: reads the uploaded CSV and reviews every row against the organization as
// it is now (members, invitations, teams, seats, the actor's roles). Writes nothing. The import
// action runs the same review again, under the organization lock, before inviting anyone.
import "server-only";
import zlib from "node:zlib";
import { findInviteeStatuses, teamsByLowerName } from "@/db/queries/invitation-import";
import { countSeatsUsed } from "@/db/queries/members";
import { defineOrgAction, type OrgActionContext } from "@/lib/actions/kernel/define-org-action";
import { ActionError } from "@/lib/errors";
import { MAX_IMPORT_BYTES, parseInviteCsv, type ImportRow } from "@/lib/invitations/csv-import";
import { reviewImport, toReviewView, type ImportReview, type ReviewContext } from "@/lib/invitations/import-review";
import { assignableRoles, can } from "@/lib/permissions";
import { emailAddressSchema } from "@/lib/validation/email";
import { reviewImportSchema, type ImportFile } from "@/lib/validation/invitations";

const TOO_LARGE = `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into smaller files.`;

function refuseFile(message: string): never {
  throw new ActionError("invalid_input", message, { file: [message] });
}

/** The CSV text of an upload; a gzip body is inflated with a cap, so a small bomb can't grow past the limit. */
export function decodeImportFile(file: ImportFile): string {
  if (file.encoding === "text") return file.data;
  let bytes: Buffer;
  try {
    bytes = zlib.gunzipSync(Buffer.from(file.data, "base64"), { maxOutputLength: MAX_IMPORT_BYTES + 1 });
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") refuseFile(TOO_LARGE);
    refuseFile("The upload is damaged. Choose the file again.");
  }
  if (bytes.length > MAX_IMPORT_BYTES) refuseFile(TOO_LARGE);
  return bytes.toString("utf8");
}

/** The parsed rows of an upload, or a clear refusal (not a CSV, too big, missing columns). */
export function parseImportFile(file: ImportFile): ImportRow[] {
  const parsed = parseInviteCsv(decodeImportFile(file));
  if (!parsed.ok) refuseFile(parsed.error);
  return parsed.rows;
}

export interface LoadedReview {
  review: ImportReview;
  context: ReviewContext;
  seatsUsed: number;
}

function validAddress(value: string): string | null {
  const parsed = emailAddressSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Reviews `rows` against the organization's current state, in the action's transaction. */
export async function reviewRowsNow(
  { tx, organization, actor }: Pick<OrgActionContext, "tx" | "organization" | "actor">,
  rows: readonly ImportRow[],
  createTeams: readonly string[] = [],
): Promise<LoadedReview> {
  const organizationId = organization.id;
  const [existing, teamsByName, seatsUsed] = await Promise.all([
    // Only addresses that pass the email schema are looked up (a NUL byte cannot even travel in JSON).
    findInviteeStatuses(tx, { organizationId, emails: rows.flatMap((row) => validAddress(row.email) ?? []) }),
    teamsByLowerName(tx, { organizationId }),
    countSeatsUsed(tx, organizationId),
  ]);
  const context: ReviewContext = {
    existing,
    teamsByName,
    createTeams: new Set(createTeams.map((name) => name.toLowerCase())),
    assignableRoles: assignableRoles(actor),
    seatsAvailable: Math.max(0, organization.seatLimit - seatsUsed),
  };
  return { review: reviewImport(rows, context), context, seatsUsed };
}

/** Creating the file's unknown teams needs the permission to manage teams. */
export function assertCanCreateTeams(actor: OrgActionContext["actor"], createTeams: readonly string[]): void {
  if (createTeams.length > 0 && !can(actor, "teams.manage")) {
    throw new ActionError("forbidden", "You don't have permission to create teams. Ask an admin, or remove those teams from the file.");
  }
}

export const reviewImportFile = defineOrgAction({
  permission: "members.invite",
  schema: reviewImportSchema,
  async handler(ctx, input) {
    assertCanCreateTeams(ctx.actor, input.createTeams);
    const rows = parseImportFile(input.file);
    const { review, context } = await reviewRowsNow(ctx, rows, input.createTeams);
    return toReviewView(review, {
      createTeams: context.createTeams,
      canCreateTeams: can(ctx.actor, "teams.manage"),
      seatsAvailable: context.seatsAvailable,
    });
  },
});
