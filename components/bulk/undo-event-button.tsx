"use client";
// Undo on an Activity entry (a bulk change, a removal or a disable) while its 10 minutes last;
// the server decides, and says why when it can't (too late, already undone, changed since).
import { Undo2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { UNDO_WINDOW_MS } from "@/lib/validation/bulk";
import { undoNow } from "./bulk-result-toast";

export function UndoEventButton({ slug, operationId, createdAt, onDone }: { slug: string; operationId: string; createdAt: Date; onDone: () => void }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [now] = useState(() => Date.now());
  if (now - new Date(createdAt).getTime() > UNDO_WINDOW_MS) return null;
  return (
    <Button
      className="mt-3"
      size="sm"
      variant="secondary"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void undoNow(slug, operationId, () => {
          onDone();
          router.refresh();
        }).finally(() => setBusy(false));
      }}
    >
      <Undo2 className="size-4" aria-hidden="true" />
      Undo
    </Button>
  );
}
