// Reads a chosen file for Bulk Import in the browser: refuses what isn't a CSV or is too big
// before uploading, then gzips it (a 10,000-row file shrinks ~10×) for the server action.
import { MAX_IMPORT_BYTES, looksLikeCsvFile, parseInviteCsv } from "@/lib/invitations/csv-import";
import { MAX_IMPORT_GZIP_CHARS, type ImportFile } from "@/lib/validation/invitations";

export type ReadFileResult = { ok: true; file: ImportFile; rows: number } | { ok: false; error: string };

export async function readImportFile(file: File): Promise<ReadFileResult> {
  if (!looksLikeCsvFile(file)) {
    return { ok: false, error: `“${file.name}” isn't a CSV file. Save or export it as CSV (comma-separated values) and choose it again.` };
  }
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, error: `“${file.name}” is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into smaller files.` };
  }
  const text = await file.text();
  // The server parses again; this only spares an upload that would be refused.
  const parsed = parseInviteCsv(text);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  if (parsed.rows.length === 0) return { ok: false, error: "The file has a header row but no people in it." };
  const encoded = await encode(text);
  if (encoded.data.length > MAX_IMPORT_GZIP_CHARS) return { ok: false, error: `“${file.name}” is too large to upload at once. Split it into smaller files.` };
  return { ok: true, file: encoded, rows: parsed.rows.length };
}

async function encode(text: string): Promise<ImportFile> {
  if (typeof CompressionStream === "undefined") return { encoding: "text", data: text };
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("gzip"));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { encoding: "gzip", data: btoa(binary) };
}
