// Small pieces of an invitation row: status and role badges, the delivery state, the expiry.
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { InvitationListRow } from "@/db/queries/invitations";
import type { InvitationStatus, Role } from "@/db/schema/enums";
import { ROLE_LABELS } from "@/lib/permissions";
import { formatDateTime, formatRelative } from "@/lib/format-time";
import { INVITATION_STATUS_LABELS, INVITATION_STATUS_TONES, describeDelivery } from "./invitation-display";

const ROLE_TONES: Record<Role, BadgeTone> = {
  owner: "purple",
  admin: "indigo",
  manager: "blue",
  developer: "teal",
  analyst: "gray",
  viewer: "gray",
};

export function InvitationRoleBadge({ role }: { role: Role }) {
  return <Badge tone={ROLE_TONES[role]}>{ROLE_LABELS[role]}</Badge>;
}

const DOT: Record<BadgeTone, string> = {
  gray: "bg-slate-400",
  green: "bg-green-500",
  red: "bg-red-500",
  orange: "bg-orange-500",
  indigo: "bg-indigo-500",
  blue: "bg-sky-500",
  purple: "bg-violet-500",
  teal: "bg-teal-500",
};

export function InvitationStatusBadge({ status }: { status: InvitationStatus }) {
  const tone = INVITATION_STATUS_TONES[status];
  return (
    <Badge tone={tone}>
      <span aria-hidden="true" className={cn("size-1.5 rounded-full", DOT[tone])} />
      {INVITATION_STATUS_LABELS[status]}
    </Badge>
  );
}

const TEXT: Partial<Record<BadgeTone, string>> = {
  green: "text-green-700",
  red: "text-red-700",
  orange: "text-orange-700",
  blue: "text-sky-700",
};

export function DeliveryStateCell({ invitation, now, deliveryEnabled }: { invitation: InvitationListRow; now: number; deliveryEnabled: boolean }) {
  const state = describeDelivery(invitation.delivery, { now, deliveryEnabled });
  return (
    <div className="max-w-64 min-w-0" data-testid="delivery-state">
      <div className={cn("flex items-start gap-1.5 font-medium", TEXT[state.tone] ?? "text-slate-700")}>
        <span aria-hidden="true" className={cn("mt-1.5 size-1.5 shrink-0 rounded-full", DOT[state.tone])} />
        <span>{state.label}</span>
      </div>
      {state.detail ? (
        <p className="mt-0.5 line-clamp-2 pl-3 text-xs break-words text-slate-600" title={state.detail}>
          {state.detail}
        </p>
      ) : null}
    </div>
  );
}

/** "In 6 days" for a live invitation, "Expired 2 days ago" for a lapsed one, nothing once it is over. */
export function ExpiryCell({ invitation, now, compact = false }: { invitation: InvitationListRow; now: number; compact?: boolean }) {
  if (!["pending", "expired", "bounced"].includes(invitation.status)) return compact ? null : <span className="text-slate-400">—</span>;
  const past = invitation.expiresAt.getTime() <= now;
  const relative = formatRelative(invitation.expiresAt, now);
  const text = past ? `Expired ${relative}` : compact ? `Expires ${relative}` : relative.replace(/^in /, "In ");
  return (
    <time
      dateTime={invitation.expiresAt.toISOString()}
      title={formatDateTime(invitation.expiresAt)}
      className={cn("whitespace-nowrap", compact && "text-xs", past ? "text-red-700" : compact ? "text-slate-600" : "text-slate-700")}
    >
      {text}
    </time>
  );
}

/** When the latest email went out (a resend counts): "21 minutes ago", or "Sent 21 minutes ago" inline. */
export function SentCell({ invitation, now, inline = false }: { invitation: InvitationListRow; now: number; inline?: boolean }) {
  const sent = invitation.delivery?.createdAt ?? invitation.createdAt;
  const text = formatRelative(sent, now);
  return (
    <time dateTime={sent.toISOString()} title={formatDateTime(sent)} className="whitespace-nowrap">
      {inline ? `Sent ${text}` : text.charAt(0).toUpperCase() + text.slice(1)}
    </time>
  );
}
