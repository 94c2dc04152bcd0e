// Labels, tones and wording of the Invitations view (no React): statuses, dates, and what an
// invitation's latest email is doing ("Delivered", "Sending failed — retrying at …", "Bounced").
import type { BadgeTone } from "@/components/ui/badge";
import type { DeliveryState } from "@/db/queries/invitations";
import type { InvitationStatus } from "@/db/schema/enums";
import { formatMoment } from "@/lib/format-time";

export const INVITATION_STATUS_LABELS: Record<InvitationStatus, string> = {
  pending: "Pending",
  accepted: "Accepted",
  declined: "Declined",
  expired: "Expired",
  bounced: "Bounced",
  cancelled: "Cancelled",
};

export const INVITATION_STATUS_TONES: Record<InvitationStatus, BadgeTone> = {
  pending: "orange",
  accepted: "green",
  declined: "gray",
  expired: "gray",
  bounced: "red",
  cancelled: "gray",
};

/**
 * What the server actions allow (resend-invitation.ts, cancel-invitation.ts, invitation-removal.ts),
 * for the menu. A declined invitation is sent again as a new one ("Send again").
 */
export const RESENDABLE: readonly InvitationStatus[] = ["pending", "expired", "bounced"];
export const CANCELLABLE: readonly InvitationStatus[] = ["pending", "expired", "bounced"];
export const REMOVABLE: readonly InvitationStatus[] = ["declined", "expired", "cancelled"];

/** Why the row menu's Remove doesn't apply (null when it does); the server says the same. */
export function whyNotRemovable(status: InvitationStatus): string | null {
  if (REMOVABLE.includes(status)) return null;
  return status === "accepted" ? "Accepted invitations stay in the list." : `Cancel this ${status} invitation first.`;
}

export interface DeliveryDescription {
  label: string;
  tone: BadgeTone;
  /** The reason or the time behind the label. */
  detail?: string;
}

/** The admin's view of the invitation's latest email. */
export function describeDelivery(
  delivery: DeliveryState | null,
  { now, deliveryEnabled }: { now: number; deliveryEnabled: boolean },
): DeliveryDescription {
  if (!delivery) return { label: "No email sent", tone: "gray" };
  const at = (date: Date | null) => (date ? formatMoment(date, now) : undefined);
  switch (delivery.deliveryEvent) {
    case "bounced":
      return { label: "Bounced", tone: "red", detail: `The address rejected the email${delivery.deliveryEventAt ? ` at ${at(delivery.deliveryEventAt)}` : ""}.` };
    case "complained":
      return { label: "Marked as spam", tone: "red", detail: "The recipient reported the email as spam." };
    case "delivered":
      return { label: "Delivered", tone: "green", detail: at(delivery.deliveryEventAt) };
    case "delivery_delayed":
      return { label: "Delivery delayed", tone: "orange", detail: "The receiving server hasn't accepted it yet; Resend keeps trying." };
  }
  switch (delivery.status) {
    case "sent":
      return { label: "Sent", tone: "blue", detail: delivery.sentAt ? `Handed to Resend at ${at(delivery.sentAt)}` : undefined };
    case "sending":
      return { label: "Sending…", tone: "blue" };
    case "failed":
      return { label: `Sending failed — retrying at ${at(delivery.nextAttemptAt)}`, tone: "orange", detail: delivery.lastError ?? undefined };
    case "dead":
      return {
        label: "Not delivered",
        tone: "red",
        detail: `Gave up after ${delivery.attempts} attempt${delivery.attempts === 1 ? "" : "s"}${delivery.lastError ? `: ${delivery.lastError}` : "."}`,
      };
    case "queued":
      return deliveryEnabled
        ? { label: "Queued", tone: "gray", detail: "Waiting to be sent." }
        : { label: "In dev mailbox", tone: "gray", detail: "No email service is configured; the message is in the dev mailbox." };
  }
}
