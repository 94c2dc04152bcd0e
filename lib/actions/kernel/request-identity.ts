// Who is calling, as resolved from the request — never from input: a signed-in person's browser
// session, an API key acting for its member (channel "api"), or an organization's SCIM client
// (channel "scim", no person: see scim-caller.ts).
import type { Member, Organization } from "@/db/schema";
import type { AuditChannel } from "@/db/schema/enums";

export interface RequestIdentity {
  user: { id: string; email: string; name: string | null } | null;
  ip?: string | null;
  userAgent?: string | null;
  /** The request's session token, for actions that need a recent sign-in (re-authentication). */
  sessionToken?: string | null;
  /** How the request arrived; unset means the web UI. */
  channel?: Extract<AuditChannel, "ui" | "api" | "scim">;
  /** The credential a machine caller presented (never its secret), when not a session. */
  credential?: { type: "api_key" | "scim_token"; id: string };
  /**
   * The caller's active membership as this same request already read it (an API key's lookup reads
   * its member and organization), so a read needn't fetch it again. Only ever used for that
   * organization and that user; actions still re-read the member under the organization lock.
   */
  membership?: { organization: Organization; member: Member };
}

/** An identity whose user is known: what handlers receive once the session check has passed. */
export type AuthenticatedIdentity = RequestIdentity & { user: NonNullable<RequestIdentity["user"]> };

/**
 * An organization's SCIM client (an identity provider such as Okta or Entra ID), authenticated by
 * one of the organization's SCIM tokens. It is no person: the organization and the rights come
 * from the token, which the kernel re-checks under the organization lock (scim-caller.ts).
 */
export type ScimIdentity = RequestIdentity & { user: null; channel: "scim"; credential: { type: "scim_token"; id: string } };

/** Every caller an action marked `scim: true` can see: a person (or their API key) or a SCIM client. */
export type CallerIdentity = AuthenticatedIdentity | ScimIdentity;

export function isScimIdentity(identity: RequestIdentity): identity is ScimIdentity {
  return identity.credential?.type === "scim_token";
}

/** The identity of a request authenticated by SCIM token `tokenId`. */
export function scimIdentity(tokenId: string, origin: { ip?: string | null; userAgent?: string | null } = {}): ScimIdentity {
  return { user: null, channel: "scim", credential: { type: "scim_token", id: tokenId }, ip: origin.ip ?? null, userAgent: origin.userAgent ?? null };
}
