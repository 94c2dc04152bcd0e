// Where a server's CPU time went: reads a V8 .cpuprofile (node --cpu-prof) and prints self time
// by area (React's HTML renderer, the RSC payload, Next.js, Radix, the app's own components, the
// database driver, GC, ...), by original source file and by function. Frames in bundled code
// (Next's compiled runtime, Turbopack's chunks) are mapped back to their sources through the
// .map files next to them, which minified names alone would hide. Runnable on its own:
//   npx tsx bench/cpu-profile.ts <file.cpuprofile> [--top N]
import fs from "node:fs";
import { SourceMap } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  areas: { name: string; ms: number }[];
  sources: { name: string; ms: number }[];
  functions: { name: string; where: string; area: string; ms: number }[];
}

// Ordered: the first pattern matching a frame's original source names its area.
const AREAS: [RegExp, string][] = [
  [/react-dom-server|react-dom\/server|static\.node/, "React: HTML render (react-dom/server)"],
  [/react-server-dom-[a-z]+-server|react-dom\.react-server/, "React: RSC payload render (flight server)"],
  [/react-server-dom-[a-z]+-client/, "React: RSC payload read back for HTML (flight client)"],
  [/compiled\/react\/|\/react\/cjs\/|node_modules\/react\//, "React core"],
  [/@radix-ui[/_]|radix-ui[/_]/, "Radix UI components"],
  [/lucide/i, "lucide-react icons"],
  [/@tanstack[/_]/, "TanStack Table"],
  [/tailwind-merge|clsx/, "class name merging (tailwind-merge, clsx)"],
  [/next\/dist\/|webpack:\/\/next\/|node_modules\/next\//, "Next.js server"],
  [/node_modules[/_](postgres|drizzle-orm)[/_]/, "database driver / ORM"],
  [/@auth[/_]|next-auth/, "Auth.js"],
  [/node_modules[/_]zod[/_]/, "zod"],
  [/\[turbopack\]|turbopack\/runtime/, "Turbopack runtime"],
  [/(^|\/)(app|components|lib|db)\//, "the app's own code"],
  [/node_modules\//, "other packages"],
  [/^node:|^internal\//, "Node.js internals"],
];

/** `where` is the original source and the bundled file it came from (whose name tells the package). */
function areaOf(where: string, functionName: string): string {
  if (!where.trim()) {
    if (functionName === "(garbage collector)") return "garbage collector";
    if (functionName === "(idle)") return "idle";
    if (functionName === "(program)") return "V8 (program)";
    return "native (I/O, buffers)";
  }
  for (const [pattern, area] of AREAS) if (pattern.test(where)) return area;
  return "other";
}

/** Source maps of the bundled files, loaded once each; null when a file has none. */
const maps = new Map<string, SourceMap | null>();

function sourceMapFor(url: string): SourceMap | null {
  if (!url.startsWith("file://") && !url.startsWith("/")) return null;
  if (maps.has(url)) return maps.get(url)!;
  let map: SourceMap | null = null;
  try {
    const file = url.startsWith("file://") ? fileURLToPath(url) : url;
    const mapFile = `${file}.map`;
    if (fs.existsSync(mapFile)) map = new SourceMap(JSON.parse(fs.readFileSync(mapFile, "utf8")));
  } catch {
    map = null;
  }
  maps.set(url, map);
  return map;
}

function shorten(source: string): string {
  const cleaned = decodeURIComponent(source).replace(/^webpack:\/\/next\/\.\//, "next/").replace(/^file:\/\//, "").replace(/^turbopack:\/\/\/?(\[project\]\/)?/, "");
  const at = cleaned.lastIndexOf("node_modules/");
  if (at >= 0) return cleaned.slice(at + "node_modules/".length);
  return cleaned.startsWith("/") ? path.relative(process.cwd(), cleaned) : cleaned;
}

interface Resolved {
  source: string;
  line: number;
  name: string;
}

function resolve(frame: CallFrame): Resolved {
  const map = frame.url ? sourceMapFor(frame.url) : null;
  if (map) {
    const entry = map.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; originalLine?: number; name?: string };
    if (entry.originalSource) {
      return { source: shorten(entry.originalSource), line: (entry.originalLine ?? 0) + 1, name: entry.name || frame.functionName || "(anonymous)" };
    }
  }
  return { source: frame.url ? shorten(frame.url) : "", line: frame.lineNumber + 1, name: frame.functionName || "(anonymous)" };
}

export function summarizeProfile(profile: Profile, top = 30): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));

  const areas = new Map<string, number>();
  const sources = new Map<string, number>();
  const functions = new Map<string, { name: string; where: string; area: string; ms: number }>();
  let totalMs = 0;
  for (const [id, ms] of selfMs) {
    const node = byId.get(id);
    if (!node) continue;
    const resolved = resolve(node.callFrame);
    const area = areaOf(`${resolved.source} ${node.callFrame.url}`, node.callFrame.functionName);
    if (area === "idle") continue;
    totalMs += ms;
    areas.set(area, (areas.get(area) ?? 0) + ms);
    const sourceKey = resolved.source || area;
    sources.set(sourceKey, (sources.get(sourceKey) ?? 0) + ms);
    const where = resolved.source ? `${resolved.source}:${resolved.line}` : "";
    const key = `${resolved.name}|${where}`;
    const entry = functions.get(key) ?? { name: resolved.name, where, area, ms: 0 };
    entry.ms += ms;
    functions.set(key, entry);
  }
  const sorted = (m: Map<string, number>) => [...m].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
  return {
    totalMs,
    areas: sorted(areas),
    sources: sorted(sources).slice(0, top),
    functions: [...functions.values()].sort((a, b) => b.ms - a.ms).slice(0, top),
  };
}

export function printProfileSummary(summary: ProfileSummary, log: (line: string) => void = console.log): void {
  const share = (ms: number) => `${((ms / summary.totalMs) * 100).toFixed(1).padStart(5)}%`;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2).padStart(7)} s`;
  log(`\nCPU time (not idle): ${(summary.totalMs / 1000).toFixed(1)} s\n\nself time by area`);
  for (const { name, ms } of summary.areas) log(`  ${share(ms)}  ${seconds(ms)}  ${name}`);
  log(`\nself time by source file`);
  for (const { name, ms } of summary.sources) log(`  ${share(ms)}  ${seconds(ms)}  ${name.slice(-100)}`);
  log(`\ntop functions by self time`);
  for (const f of summary.functions) log(`  ${share(f.ms)}  ${f.name.slice(0, 36).padEnd(36)}  ${f.where.slice(-90)}`);
}

export function readProfile(file: string): Profile {
  return JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
}

/** The newest .cpuprofile in a directory. */
export function newestProfile(dir: string): string | null {
  if (!fs.existsSync(dir)) return null;
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".cpuprofile"))
    .map((name) => path.join(dir, name))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  return files[0] ?? null;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [file, flag, n] = process.argv.slice(2);
  if (!file) {
    console.error("usage: npx tsx bench/cpu-profile.ts <file.cpuprofile> [--top N]");
    process.exit(2);
  }
  printProfileSummary(summarizeProfile(readProfile(file), flag === "--top" ? Number(n) : 30));
}
