// A team as a SCIM Group and back: displayName is the team's name, members its members (by member
// id), externalId the identity provider's id for it.
import type { ScimGroupRow } from "@/db/queries/scim-groups";
import { SCIM_GROUP_SCHEMA, SCIM_MAX_GROUP_MEMBERS } from "./constants";
import { ScimError } from "./errors";

export interface ScimGroupResource {
  schemas: string[];
  id: string;
  externalId?: string;
  displayName: string;
  members?: { value: string; display?: string; $ref?: string }[];
  meta: { resourceType: "Group"; created: Date; lastModified: Date; location: string };
}

export interface ScimGroupFields {
  name: string;
  externalId: string | null;
  /** Null when the request doesn't say (a PUT without members keeps them). */
  memberIds: string[] | null;
}

export function toScimGroup(row: ScimGroupRow, members: { id: string; name: string }[] | null, baseUrl: string, { forPatch = false } = {}): ScimGroupResource {
  return {
    schemas: [SCIM_GROUP_SCHEMA],
    id: row.id,
    ...(row.externalId ? { externalId: row.externalId } : {}),
    displayName: row.name,
    ...(members
      ? { members: members.map((m) => (forPatch ? { value: m.id } : { value: m.id, display: m.name, $ref: `${baseUrl}/Users/${m.id}` })) }
      : {}),
    meta: { resourceType: "Group", created: row.createdAt, lastModified: row.createdAt, location: `${baseUrl}/Groups/${row.id}` },
  };
}

function invalid(detail: string): ScimError {
  return new ScimError(400, detail, "invalidValue");
}

function attr(resource: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(resource).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : resource[key];
}

/** The fields a Group gives (POST or PUT body, or a patched Group). */
export function fieldsFromGroup(body: unknown, { membersRequired = false } = {}): ScimGroupFields {
  if (!body || typeof body !== "object" || Array.isArray(body)) throw new ScimError(400, "The body must be a JSON object.", "invalidSyntax");
  const group = body as Record<string, unknown>;
  const displayName = attr(group, "displayName");
  if (typeof displayName !== "string" || !displayName.trim()) throw invalid(`"displayName" is required.`);
  const externalId = attr(group, "externalId");
  if (externalId !== undefined && externalId !== null && typeof externalId !== "string") throw invalid(`"externalId" must be a string.`);
  const members = attr(group, "members");
  let memberIds: string[] | null = membersRequired ? [] : null;
  if (members !== undefined && members !== null) {
    if (!Array.isArray(members)) throw invalid(`"members" must be a list.`);
    if (members.length > SCIM_MAX_GROUP_MEMBERS) throw new ScimError(400, `At most ${SCIM_MAX_GROUP_MEMBERS} members per request.`, "tooMany");
    memberIds = [
      ...new Set(
        members.map((m) => {
          const value = m && typeof m === "object" ? (m as { value?: unknown }).value : undefined;
          if (typeof value !== "string" || !value) throw invalid(`Each member needs a string "value" (the member's id).`);
          return value;
        }),
      ),
    ];
  }
  return { name: displayName.trim(), externalId: typeof externalId === "string" && externalId.trim() ? externalId.trim() : null, memberIds };
}
