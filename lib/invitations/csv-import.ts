// Reads a Bulk Import CSV (papaparse): `email,role,teams` required, `name`, `department`,
// `job title` optional, header names case-insensitive, team lists quoted ("Engineering,Backend").
// Refuses what isn't a CSV or is too big before looking at any row.
import Papa from "papaparse";

export const MAX_IMPORT_ROWS = 10_000;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ImportRow {
  /** Line in the file (the header is line 1). */
  line: number;
  email: string;
  role: string;
  teams: string[];
  name: string | null;
  department: string | null;
  jobTitle: string | null;
}

export type ParseResult = { ok: true; rows: ImportRow[] } | { ok: false; error: string };

type Column = "email" | "role" | "teams" | "name" | "department" | "jobTitle";
const REQUIRED: Column[] = ["email", "role", "teams"];

const HEADER_ALIASES: Record<string, Column> = {
  email: "email",
  "email address": "email",
  "e-mail": "email",
  role: "role",
  teams: "teams",
  team: "teams",
  groups: "teams",
  group: "teams",
  name: "name",
  "full name": "name",
  department: "department",
  "job title": "jobTitle",
  jobtitle: "jobTitle",
  title: "jobTitle",
};

function columnOf(header: string): Column | null {
  const key = header.trim().toLowerCase().replace(/[_\s]+/g, " ");
  return HEADER_ALIASES[key] ?? null;
}

/** Whether an uploaded file looks like a CSV by its name and type (the content is checked too). */
export function looksLikeCsvFile(file: { name: string; type: string }): boolean {
  const byName = /\.csv$/i.test(file.name);
  const byType = ["", "text/csv", "text/plain", "application/csv", "application/vnd.ms-excel", "text/x-csv"].includes(file.type);
  return byName && byType;
}

export function parseInviteCsv(text: string): ParseResult {
  if (new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) {
    return { ok: false, error: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into smaller files.` };
  }
  // Binary files (spreadsheets, images) contain NUL bytes; a CSV never does.
  if (text.includes("\u0000")) return { ok: false, error: "This doesn't look like a CSV file. Export your sheet as CSV and try again." };

  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const [header, ...body] = parsed.data;
  if (!header || header.length === 0) return { ok: false, error: "The file is empty." };

  const columns = header.map(columnOf);
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    return { ok: false, error: `The header row must include ${REQUIRED.join(", ")}; missing: ${missing.join(", ")}.` };
  }
  if (body.length > MAX_IMPORT_ROWS) {
    return { ok: false, error: `The file has ${body.length.toLocaleString("en-US")} rows; the limit is ${MAX_IMPORT_ROWS.toLocaleString("en-US")}.` };
  }

  const index = (column: Column) => columns.indexOf(column);
  const at = (cells: string[], column: Column) => {
    const i = index(column);
    return i >= 0 ? (cells[i] ?? "").trim() : "";
  };
  const rows = body.map((cells, i): ImportRow => ({
    line: i + 2,
    email: at(cells, "email"),
    role: at(cells, "role"),
    teams: splitTeams(at(cells, "teams")),
    name: at(cells, "name") || null,
    department: at(cells, "department") || null,
    jobTitle: at(cells, "jobTitle") || null,
  }));
  return { ok: true, rows };
}

/** "Engineering, Backend;Data" → ["Engineering", "Backend", "Data"], case-insensitively distinct. */
export function splitTeams(cell: string): string[] {
  const seen = new Set<string>();
  const teams: string[] = [];
  for (const part of cell.split(/[,;]/)) {
    const name = part.trim();
    if (name && !seen.has(name.toLowerCase())) {
      seen.add(name.toLowerCase());
      teams.push(name);
    }
  }
  return teams;
}
