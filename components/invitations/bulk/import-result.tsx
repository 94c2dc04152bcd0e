"use client";
// Bulk Import, step 3: what the import did — invitations sent, teams created, rows skipped and why.
import { CircleCheck } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DialogBody, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { ImportSummary } from "@/lib/actions/invitations/import-invitations";
import { ISSUE_LABELS, ISSUE_ORDER } from "./issue-labels";

const n = (count: number) => count.toLocaleString("en-US");

export function ImportResult({ summary, onClose }: { summary: ImportSummary; onClose: () => void }) {
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <DialogHeader>
        <DialogTitle>Bulk Import</DialogTitle>
        <DialogDescription>Import finished.</DialogDescription>
      </DialogHeader>
      <DialogBody className="space-y-4">
        <p className="flex items-center gap-2 text-base font-medium text-slate-900" role="status">
          <CircleCheck className="size-5 text-green-600" aria-hidden="true" />
          {summary.invited === 1 ? "1 invitation sent" : `${n(summary.invited)} invitations sent`}
        </p>
        <dl aria-label="Import summary" className="divide-y divide-slate-100 rounded-lg border border-slate-200 text-sm">
          <Line label="Rows in the file" value={n(summary.total)} />
          <Line label="Invited" value={n(summary.invited)} />
          <Line label="Skipped" value={n(summary.skipped)} />
          {ISSUE_ORDER.filter((code) => summary.counts[code]).map((code) => (
            <Line key={code} label={ISSUE_LABELS[code]} value={n(summary.counts[code]!)} indent />
          ))}
          {summary.teamsCreated.length > 0 ? <Line label="Teams created" value={summary.teamsCreated.join(", ")} /> : null}
        </dl>
        <p className="text-sm text-slate-600">
          Invited people show as Pending on the Members page until they accept. Emails are delivered in the background; their state is on the
          Invitations page.
        </p>
      </DialogBody>
      <DialogFooter>
        <Button onClick={onClose}>Done</Button>
      </DialogFooter>
    </div>
  );
}

function Line({ label, value, indent = false }: { label: string; value: string; indent?: boolean }) {
  return (
    <div className="flex items-start justify-between gap-4 px-4 py-2">
      <dt className={indent ? "pl-4 text-slate-500" : "text-slate-700"}>{label}</dt>
      <dd className="text-right font-medium break-words text-slate-900 tabular-nums">{value}</dd>
    </div>
  );
}
