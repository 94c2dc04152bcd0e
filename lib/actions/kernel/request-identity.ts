// Who is calling, as resolved from the request — never from input. Today that is a signed-in
// person's browser session; the optional channel and credential leave room for machine callers
// (an API key acting for its member, a SCIM client) without changing what actions receive.
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
}

/** An identity whose user is known: what handlers receive once the session check has passed. */
export type AuthenticatedIdentity = RequestIdentity & { user: NonNullable<RequestIdentity["user"]> };
