// The members table's Joined cell: the date a member joined, or — for a Pending member, who hasn't
// yet — "Invited" and the date of the invitation (their row was created when they were invited).
// Server-safe.
import type { MemberStatus } from "@/db/schema/enums";
import { formatDate, formatDateTime } from "@/lib/format-time";

export function JoinedOrInvited({ status, joinedAt, createdAt }: { status: MemberStatus; joinedAt: Date | null; createdAt: Date }) {
  if (status === "pending" || !joinedAt) {
    return (
      <span className="text-slate-600" title={`Invited ${formatDateTime(createdAt)}`}>
        Invited <time dateTime={createdAt.toISOString()}>{formatDate(createdAt)}</time>
      </span>
    );
  }
  return (
    <time dateTime={joinedAt.toISOString()} title={formatDateTime(joinedAt)}>
      {formatDate(joinedAt)}
    </time>
  );
}
