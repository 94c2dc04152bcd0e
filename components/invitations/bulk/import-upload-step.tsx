"use client";
// Bulk Import, step 1: choose a CSV. The expected columns are explained, a sample can be
// downloaded, and files that aren't CSV or are too big are refused before any upload.
import { Download, FileUp, LoaderCircle } from "lucide-react";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { DialogBody, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-field";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/invitations/csv-import";

const SAMPLE = [
  "email,role,teams,name,department,job title",
  'jane@company.com,Developer,"Engineering,Backend",Jane Cooper,Engineering,Software Engineer',
  "sam@company.com,Viewer,,Sam Lee,,",
].join("\n");

export function ImportUploadStep({
  busy,
  error,
  onFile,
  onCancel,
}: {
  busy: boolean;
  error: string | null;
  onFile: (file: File) => void;
  onCancel: () => void;
}) {
  const inputId = useId();
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <DialogHeader>
        <DialogTitle>Bulk Import</DialogTitle>
        <DialogDescription>Invite many people from a CSV file. You’ll review every row before anyone is invited.</DialogDescription>
      </DialogHeader>
      <DialogBody className="space-y-4">
        <label
          htmlFor={inputId}
          className="flex cursor-pointer flex-col items-center gap-2 rounded-lg border-2 border-dashed border-slate-300 px-4 py-8 text-center hover:border-indigo-400 hover:bg-indigo-50/40 has-[:focus-visible]:border-indigo-500"
        >
          {busy ? <LoaderCircle className="size-6 animate-spin text-indigo-600" aria-hidden="true" /> : <FileUp className="size-6 text-slate-400" aria-hidden="true" />}
          <span className="text-sm font-medium text-slate-800">{busy ? "Reviewing the file…" : "Choose a CSV file"}</span>
          <span className="text-xs text-slate-500">
            Up to {MAX_IMPORT_ROWS.toLocaleString("en-US")} rows and {MAX_IMPORT_BYTES / 1024 / 1024} MB
          </span>
          <input
            id={inputId}
            type="file"
            accept=".csv,text/csv"
            aria-label="CSV file"
            className="sr-only"
            disabled={busy}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = ""; // choosing the same file again fires again
              if (file) onFile(file);
            }}
          />
        </label>
        <FormError message={error} />
        <div className="space-y-2 rounded-md bg-slate-50 px-4 py-3 text-sm text-slate-600">
          <p>
            Required columns: <strong className="text-slate-800">email</strong>, <strong className="text-slate-800">role</strong>,{" "}
            <strong className="text-slate-800">teams</strong>. Optional: name, department, job title. Header names are case-insensitive.
          </p>
          <p>
            Put several teams in quotes: <code className="rounded bg-white px-1 text-xs">&quot;Engineering,Backend&quot;</code>. Roles: Admin, Manager,
            Developer (or Member), Analyst, Viewer.
          </p>
          <a
            href={`data:text/csv;charset=utf-8,${encodeURIComponent(SAMPLE)}`}
            download="roster-import-sample.csv"
            className="inline-flex items-center gap-1.5 font-medium text-indigo-700 hover:underline"
          >
            <Download className="size-4" aria-hidden="true" />
            Download a sample CSV
          </a>
        </div>
      </DialogBody>
      <DialogFooter>
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </DialogFooter>
    </div>
  );
}
