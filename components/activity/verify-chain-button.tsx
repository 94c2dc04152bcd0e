"use client";
// "Verify integrity" (Owners): recomputes the activity log's hash chain on the server and shows
// whether every link holds — or the first one that doesn't, naming the event.
import { ShieldAlert, ShieldCheck } from "lucide-react";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { ChainReport } from "@/db/audit-chain";
import { verifyAuditChainAction } from "@/lib/actions/activity/server-actions";
import { formatDateTime } from "@/lib/format-time";

export function VerifyChainButton({ slug }: { slug: string }) {
  const [pending, start] = useTransition();
  const [report, setReport] = useState<ChainReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);

  const verify = () =>
    start(async () => {
      setError(null);
      const result = await verifyAuditChainAction(slug);
      if (result.ok) setReport(result.data);
      else setError(result.error);
      setOpen(true);
    });

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <Button variant="secondary" size="sm" onClick={verify} disabled={pending}>
        <ShieldCheck className="size-4" aria-hidden="true" />
        {pending ? "Verifying…" : "Verify integrity"}
      </Button>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{error ? "Verification failed" : report?.ok ? "The activity log is intact" : "The activity log has been tampered with"}</DialogTitle>
          <DialogDescription>Each event carries the hash of the one before it; changing, removing or inserting an event breaks the chain.</DialogDescription>
        </DialogHeader>
        <DialogBody className="space-y-3 text-sm text-slate-700" aria-live="polite">
          {error ? <p role="alert" className="text-red-700">{error}</p> : null}
          {report?.ok ? (
            <p className="flex items-start gap-2">
              <ShieldCheck className="mt-0.5 size-5 shrink-0 text-green-600" aria-hidden="true" />
              <span>
                All {report.checked.toLocaleString("en-US")} events verified: every link holds.
                {report.head ? (
                  <span className="mt-1 block text-xs break-all text-slate-600">
                    Newest event #{report.head.seq.toLocaleString("en-US")}, hash {report.head.hash}. Keep a note of it to notice if the newest
                    events are ever removed.
                  </span>
                ) : null}
              </span>
            </p>
          ) : null}
          {report && !report.ok && report.broken ? (
            <div className="flex items-start gap-2" role="alert">
              <ShieldAlert className="mt-0.5 size-5 shrink-0 text-red-600" aria-hidden="true" />
              <div>
                <p className="font-medium text-red-800">{report.broken.message}</p>
                {report.broken.eventId ? (
                  <p className="mt-1 text-xs text-slate-600">
                    Event {report.broken.eventId}
                    {report.broken.action ? ` (${report.broken.action}` : ""}
                    {report.broken.createdAt ? `, ${formatDateTime(new Date(report.broken.createdAt))})` : report.broken.action ? ")" : ""}
                  </p>
                ) : null}
                <p className="mt-1">
                  The {report.checked.toLocaleString("en-US")} events before it are intact.
                </p>
              </div>
            </div>
          ) : null}
        </DialogBody>
        <DialogFooter>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            Close
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
