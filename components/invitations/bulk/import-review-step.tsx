"use client";
// Bulk Import, step 2: the review. Counts per problem, the file's unknown teams (each can be
// created, which reviews the file again), the rows page by page, and the confirm button.
import { LoaderCircle } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { DialogBody, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-field";
import type { ImportReviewView } from "@/lib/invitations/import-review";
import { ImportReviewTable } from "./import-review-table";
import { ISSUE_LABELS, ISSUE_ORDER } from "./issue-labels";

const n = (count: number) => count.toLocaleString("en-US");

export function ImportReviewStep({
  fileName,
  review,
  createTeams,
  busy,
  error,
  onToggleTeam,
  onConfirm,
  onBack,
  onCancel,
}: {
  fileName: string;
  review: ImportReviewView;
  /** Unknown teams the admin chose to create (shown at once, before the review catches up). */
  createTeams: readonly string[];
  busy: "review" | "import" | null;
  error: string | null;
  onToggleTeam: (name: string, create: boolean) => void;
  onConfirm: () => void;
  onBack: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <DialogHeader>
        <DialogTitle>Bulk Import</DialogTitle>
        <DialogDescription className="[overflow-wrap:anywhere]">
          {fileName}: {n(review.total)} {review.total === 1 ? "row" : "rows"} — {n(review.valid)} ready to invite, {n(review.invalid)} with problems.
        </DialogDescription>
      </DialogHeader>
      <DialogBody className="space-y-4" aria-busy={busy !== null}>
        <ul aria-label="Review summary" className="flex flex-wrap gap-2">
          <li>
            <Badge tone="green">Ready to invite: {n(review.valid)}</Badge>
          </li>
          {ISSUE_ORDER.filter((code) => review.counts[code]).map((code) => (
            <li key={code}>
              <Badge tone={code === "over_seat_limit" ? "orange" : "red"}>
                {ISSUE_LABELS[code]}: {n(review.counts[code]!)}
              </Badge>
            </li>
          ))}
          <li>
            <Badge tone="gray">Seats available: {n(review.seatsAvailable)}</Badge>
          </li>
        </ul>
        {review.missingTeams.length > 0 ? <MissingTeams review={review} createTeams={createTeams} disabled={busy !== null} onToggle={onToggleTeam} /> : null}
        <ImportReviewTable review={review} />
        <FormError message={error} />
      </DialogBody>
      <DialogFooter className="grid grid-cols-2 sm:flex sm:items-center">
        <Button variant="ghost" className="sm:mr-auto" onClick={onBack} disabled={busy !== null}>
          Choose another file
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy === "import"}>
          Cancel
        </Button>
        <Button className="order-first col-span-2 sm:order-none" onClick={onConfirm} disabled={busy !== null || review.valid === 0}>
          {busy === "import" ? <LoaderCircle className="size-4 animate-spin" aria-hidden="true" /> : null}
          {busy === "import" ? "Sending invitations…" : `Invite ${n(review.valid)} ${review.valid === 1 ? "person" : "people"}`}
        </Button>
      </DialogFooter>
    </div>
  );
}

function MissingTeams({
  review,
  createTeams,
  disabled,
  onToggle,
}: {
  review: ImportReviewView;
  createTeams: readonly string[];
  disabled: boolean;
  onToggle: (name: string, create: boolean) => void;
}) {
  const chosen = new Set(createTeams.map((name) => name.toLowerCase()));
  return (
    <fieldset className="rounded-lg border border-amber-200 bg-amber-50/60 px-4 py-3">
      <legend className="sr-only">Unknown teams</legend>
      <p className="text-sm font-medium text-slate-800">These teams don’t exist yet</p>
      <p className="mt-0.5 text-xs text-slate-600">
        {review.canCreateTeams
          ? "Create them with the import, or rows naming them stay unimported."
          : "You can’t create teams: ask an admin to create them, or remove them from the file."}
      </p>
      <ul className="mt-2 grid gap-1.5 sm:grid-cols-2">
        {review.missingTeams.map((team) => (
          <li key={team.name}>
            <label className="flex items-center gap-2 text-sm text-slate-700">
              <Checkbox checked={chosen.has(team.name.toLowerCase())} disabled={disabled || !review.canCreateTeams} onCheckedChange={(checked) => onToggle(team.name, checked)} />
              <span className="break-all">Create “{team.name}”</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
