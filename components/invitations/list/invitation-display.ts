// Labels, tones and wording of the Invitations view (no React): statuses, dates, and what an
// invitation's latest email is doing ("Delivered", "Sending failed — retrying at …", "Bounced").
import type { BadgeTone } from "@/components/ui/badge";
import type { DeliveryState } from "@/db/queries/invitations";
import type { InvitationStatus } from "@/db/schema/enums";

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

/** What the server actions allow (resend-invitation.ts, cancel-invitation.ts), for the menu. */
export const RESENDABLE: readonly InvitationStatus[] = ["pending", "expired", "bounced"];
export const CANCELLABLE: readonly InvitationStatus[] = ["pending", "expired", "bounced"];

// Dates render in UTC so the server's HTML and the browser's hydration agree.
const dateFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const timeFormat = new Intl.DateTimeFormat("en-US", { hour: "numeric", minute: "2-digit", timeZone: "UTC" });

export const formatDate = (date: Date) => dateFormat.format(date);
export const formatDateTime = (date: Date) => `${dateTimeFormat.format(date)} UTC`;

const monthDayFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

/** "3:05 PM UTC" the same day as `now`, "Jan 3, 3:05 PM UTC" the same year, with the year otherwise. */
export function formatMoment(date: Date, now: number): string {
  const today = new Date(now);
  if (dateFormat.format(date) === dateFormat.format(today)) return `${timeFormat.format(date)} UTC`;
  if (date.getUTCFullYear() === today.getUTCFullYear()) return `${monthDayFormat.format(date)}, ${timeFormat.format(date)} UTC`;
  return formatDateTime(date);
}

const relativeFormat = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** "in 6 days", "3 hours ago", relative to `now` (the server's render time). */
export function formatRelative(date: Date, now: number): string {
  const seconds = Math.round((date.getTime() - now) / 1000);
  if (Math.abs(seconds) < 60) return "just now";
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relativeFormat.format(Math.trunc(seconds / size), unit);
  }
  return "just now";
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
