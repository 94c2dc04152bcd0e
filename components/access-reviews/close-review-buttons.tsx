"use client";
// Ending a review (Owners and Admins): Complete freezes the decisions into the report, Cancel
// abandons it. Each asks for confirmation first.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { closeAccessReviewAction } from "@/lib/actions/access-reviews/server-actions";

export function CloseReviewButtons({ slug, reviewId, name, undecided }: { slug: string; reviewId: string; name: string; undecided: number }) {
  const router = useRouter();
  const [open, setOpen] = useState<"completed" | "cancelled" | null>(null);
  const close = async (outcome: "completed" | "cancelled") => {
    const result = await closeAccessReviewAction(slug, { reviewId, outcome });
    if (!result.ok) return result.error;
    toast.success(outcome === "completed" ? `${name} is complete. Its report is ready.` : `${name} was cancelled.`);
    router.refresh();
    return null;
  };
  return (
    <>
      <Button variant="secondary" size="sm" onClick={() => setOpen("cancelled")}>
        Cancel review
      </Button>
      <Button size="sm" onClick={() => setOpen("completed")}>
        Complete review
      </Button>
      <ConfirmDialog
        open={open === "completed"}
        onOpenChange={(next) => setOpen(next ? "completed" : null)}
        title={`Complete ${name}?`}
        description={
          undecided > 0
            ? `${undecided.toLocaleString("en-US")} ${undecided === 1 ? "person has" : "people have"} no decision yet and will be reported as not reviewed. No more decisions can be made.`
            : "Every person has a decision. No more decisions can be made once it is complete."
        }
        confirmLabel="Complete review"
        variant="primary"
        onConfirm={() => close("completed")}
      />
      <ConfirmDialog
        open={open === "cancelled"}
        onOpenChange={(next) => setOpen(next ? "cancelled" : null)}
        title={`Cancel ${name}?`}
        description="Decisions already applied stay applied; nobody can decide on the rest."
        confirmLabel="Cancel review"
        dismissLabel="Keep it open"
        onConfirm={() => close("cancelled")}
      />
    </>
  );
}
