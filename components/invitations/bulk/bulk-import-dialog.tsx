"use client";
// Bulk Import: upload a CSV → review every row (creating unknown teams re-reviews) → confirm →
// the summary. The server parses and reviews the file again when importing; the review shown
// here is never sent back.
import { useState } from "react";
import { toast } from "sonner";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import type { ImportSummary } from "@/lib/actions/invitations/import-invitations";
import { importInvitationsAction, reviewImportAction } from "@/lib/actions/invitations/import-server-actions";
import type { ImportReviewView } from "@/lib/invitations/import-review";
import type { ActionResult } from "@/lib/errors";
import type { ImportFile } from "@/lib/validation/invitations";
import { ImportResult } from "./import-result";
import { ImportReviewStep } from "./import-review-step";
import { ImportUploadStep } from "./import-upload-step";
import { readImportFile } from "./read-import-file";

type State =
  | { step: "upload" }
  | { step: "review"; fileName: string; file: ImportFile; review: ImportReviewView; createTeams: string[] }
  | { step: "done"; summary: ImportSummary };

/** The message to show for a failed action: the file's own error when there is one. */
function failure(result: Extract<ActionResult<unknown>, { ok: false }>): string {
  return result.fieldErrors?.["file.data"]?.[0] ?? result.fieldErrors?.file?.[0] ?? result.error;
}

export function BulkImportDialog({ open, onClose, slug }: { open: boolean; onClose: () => void; slug: string }) {
  return (
    <Dialog open={open} onOpenChange={(next) => (next ? undefined : onClose())}>
      <DialogContent className="max-w-4xl" onInteractOutside={(event) => event.preventDefault()}>
        {open ? <BulkImport slug={slug} onClose={onClose} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function BulkImport({ slug, onClose }: { slug: string; onClose: () => void }) {
  const [state, setState] = useState<State>({ step: "upload" });
  const [busy, setBusy] = useState<"review" | "import" | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run<T>(kind: "review" | "import", work: () => Promise<ActionResult<T>>): Promise<T | null> {
    setBusy(kind);
    setError(null);
    try {
      const result = await work();
      if (result.ok) return result.data;
      setError(failure(result));
    } catch {
      setError("The file couldn't be sent. Check your connection, or try a smaller file.");
    } finally {
      setBusy(null);
    }
    return null;
  }

  async function chooseFile(chosen: File) {
    setError(null);
    const read = await readImportFile(chosen);
    if (!read.ok) return setError(read.error);
    const review = await run("review", () => reviewImportAction(slug, { file: read.file }));
    if (review) setState({ step: "review", fileName: chosen.name, file: read.file, review, createTeams: [] });
  }

  async function toggleTeam(name: string, create: boolean) {
    if (state.step !== "review") return;
    const createTeams = create ? [...state.createTeams, name] : state.createTeams.filter((t) => t.toLowerCase() !== name.toLowerCase());
    // The box shows the choice at once; the review catches up (or the choice is undone on failure).
    setState({ ...state, createTeams });
    const review = await run("review", () => reviewImportAction(slug, { file: state.file, createTeams }));
    setState(review ? { ...state, review, createTeams } : state);
  }

  async function confirm() {
    if (state.step !== "review") return;
    const summary = await run("import", () => importInvitationsAction(slug, { file: state.file, createTeams: state.createTeams }));
    if (!summary) return;
    toast.success(summary.invited === 1 ? "1 invitation sent." : `${summary.invited.toLocaleString("en-US")} invitations sent.`);
    setState({ step: "done", summary });
  }

  if (state.step === "done") return <ImportResult summary={state.summary} onClose={onClose} />;
  if (state.step === "review") {
    return (
      <ImportReviewStep
        fileName={state.fileName}
        review={state.review}
        createTeams={state.createTeams}
        busy={busy}
        error={error}
        onToggleTeam={toggleTeam}
        onConfirm={confirm}
        onBack={() => {
          setError(null);
          setState({ step: "upload" });
        }}
        onCancel={onClose}
      />
    );
  }
  return <ImportUploadStep busy={busy !== null} error={error} onFile={chooseFile} onCancel={onClose} />;
}
