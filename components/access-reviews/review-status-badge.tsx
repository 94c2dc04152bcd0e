// An access review's state: Open, Overdue (open past its due date), Completed or Cancelled.
import { Badge } from "@/components/ui/badge";
import type { AccessReviewStatus } from "@/db/schema/enums";

export function ReviewStatusBadge({ status, dueAt, now }: { status: AccessReviewStatus; dueAt: Date; now: number }) {
  if (status === "completed") return <Badge tone="green">Completed</Badge>;
  if (status === "cancelled") return <Badge tone="gray">Cancelled</Badge>;
  return dueAt.getTime() < now ? <Badge tone="orange">Overdue</Badge> : <Badge tone="blue">Open</Badge>;
}
