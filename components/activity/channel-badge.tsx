// Where a change came from — the web UI, the REST API, SCIM, the background worker or domain
// auto-join — as a small badge. Server-safe.
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { AuditChannel } from "@/db/schema/enums";
import { CHANNEL_LABELS } from "@/lib/activity/action-catalog";

const TONES: Record<AuditChannel, BadgeTone> = { ui: "gray", api: "blue", scim: "purple", worker: "orange", auto_join: "teal" };

export function ChannelBadge({ channel }: { channel: AuditChannel }) {
  return <Badge tone={TONES[channel]}>{CHANNEL_LABELS[channel]}</Badge>;
}

const ACTOR_TYPE_LABELS = { user: null, api_key: "API key", scim: "SCIM client", system: "System" } as const;

/** "API key" / "SCIM client" / "System" beside an actor who isn't a person in the browser. */
export function ActorTypeBadge({ type }: { type: keyof typeof ACTOR_TYPE_LABELS }) {
  const label = ACTOR_TYPE_LABELS[type];
  return label ? <Badge tone={type === "api_key" ? "blue" : type === "scim" ? "purple" : "gray"}>{label}</Badge> : null;
}
