// The REST API's answers as zod schemas, for the OpenAPI document (requests are validated by the
// actions' own schemas; answers are built by the operations and described here once).
import { z } from "zod";
import { invitationStatusEnum, memberStatusEnum, roleEnum, teamRoleEnum } from "@/db/schema/enums";
import { API_SCOPES } from "@/lib/api-keys/scopes";
import { API_ERROR_CODES } from "./api-errors";

const time = z.iso.datetime({ offset: true });
const nullableTime = time.nullable();

export const errorSchema = z
  .object({
    code: z.enum(API_ERROR_CODES as [string, ...string[]]).meta({ description: "Stable, machine-readable reason." }),
    message: z.string().meta({ description: "What went wrong, for people." }),
    fieldErrors: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Messages per input field (dotted path)." }),
  })
  .meta({ id: "Error" });

export const memberListItemSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    role: z.enum(roleEnum.enumValues),
    status: z.enum(memberStatusEnum.enumValues),
    department: z.string().nullable(),
    teams: z.array(z.string()).meta({ description: "Team names, alphabetical." }),
    joinedAt: nullableTime,
    lastActiveAt: nullableTime,
    createdAt: time,
  })
  .meta({ id: "MemberListItem" });

export const memberPageSchema = z
  .object({
    data: z.array(memberListItemSchema),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
  })
  .meta({ id: "MemberPage" });

export const memberSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    department: z.string().nullable(),
    jobTitle: z.string().nullable(),
    role: z.enum(roleEnum.enumValues),
    status: z.enum(memberStatusEnum.enumValues),
    permissions: z.array(z.string()),
    teams: z.array(z.object({ id: z.uuid(), name: z.string(), role: z.enum(teamRoleEnum.enumValues) })),
    joinedAt: nullableTime,
    lastActiveAt: nullableTime,
    createdAt: time,
  })
  .meta({ id: "Member" });

export const bulkInviteResultSchema = z
  .object({
    invited: z.array(z.string()),
    alreadyMembers: z.array(z.string()),
    alreadyInvited: z.array(z.string()),
    invalid: z.array(z.string()),
    overSeatLimit: z.array(z.string()),
    seatMessage: z.string().nullable(),
  })
  .meta({ id: "BulkInviteResult" });

export const invitationSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role: z.enum(roleEnum.enumValues),
    status: z.enum(invitationStatusEnum.enumValues),
    teams: z.array(z.object({ id: z.uuid(), name: z.string() })),
    invitedBy: z.string().nullable(),
    createdAt: time,
    expiresAt: time,
    respondedAt: nullableTime,
  })
  .meta({ id: "Invitation" });

export const invitationPageSchema = z
  .object({ data: z.array(invitationSchema), page: z.number().int(), pageCount: z.number().int(), total: z.number().int() })
  .meta({ id: "InvitationPage" });

export const invitationChangeSchema = z
  .object({ id: z.uuid(), status: z.enum(invitationStatusEnum.enumValues), email: z.string() })
  .meta({ id: "InvitationChange" });

export const teamSchema = z
  .object({ id: z.uuid(), name: z.string(), description: z.string().nullable(), memberCount: z.number().int(), createdAt: time })
  .meta({ id: "Team" });

export const teamListSchema = z.object({ data: z.array(teamSchema) }).meta({ id: "TeamList" });
export const createdTeamSchema = z.object({ id: z.uuid(), name: z.string() }).meta({ id: "CreatedTeam" });
export const teamMembersAddedSchema = z.object({ added: z.number().int(), alreadyInTeam: z.number().int() }).meta({ id: "TeamMembersAdded" });

export const auditEventSchema = z
  .object({
    id: z.uuid(),
    action: z.string(),
    actorType: z.enum(["user", "api_key", "scim", "system"]),
    channel: z.enum(["ui", "api", "scim", "worker", "auto_join"]),
    actor: z.object({ userId: z.string().nullable(), name: z.string().nullable(), email: z.string().nullable(), credentialId: z.uuid().nullable() }),
    target: z.object({ type: z.string().nullable(), id: z.string().nullable(), name: z.string().nullable(), email: z.string().nullable() }),
    metadata: z.record(z.string(), z.unknown()),
    createdAt: time,
  })
  .meta({ id: "AuditEvent" });

export const auditEventPageSchema = z
  .object({ data: z.array(auditEventSchema), nextCursor: z.string().nullable() })
  .meta({ id: "AuditEventPage" });

export const apiKeySchema = z
  .object({
    id: z.uuid(),
    memberId: z.uuid().nullable(),
    name: z.string(),
    prefix: z.string().meta({ description: "The key's first characters, to tell keys apart." }),
    scopes: z.array(z.enum(API_SCOPES)),
    expiresAt: nullableTime,
    lastUsedAt: nullableTime,
    lastUsedIp: z.string().nullable(),
    createdAt: time,
  })
  .meta({ id: "ApiKey" });

export const apiKeyListSchema = z.object({ data: z.array(apiKeySchema) }).meta({ id: "ApiKeyList" });

export const createdApiKeySchema = z
  .object({
    id: z.uuid(),
    memberId: z.uuid(),
    name: z.string(),
    prefix: z.string(),
    scopes: z.array(z.enum(API_SCOPES)),
    expiresAt: nullableTime,
    createdAt: time,
    key: z.string().meta({ description: "The key itself. Shown in this answer only: store it now." }),
  })
  .meta({ id: "CreatedApiKey" });

export const revokedKeysSchema = z.object({ revoked: z.number().int() }).meta({ id: "RevokedKeys" });
