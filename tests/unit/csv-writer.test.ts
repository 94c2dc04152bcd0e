// The one CSV writer: RFC 4180 quoting, formula-injection-safe cells (SECURITY.md), UTF-8 with a
// byte order mark, and a stream that reads the next batch only when the reader asks for it.
import { describe, expect, it } from "vitest";
import { BOM, csvCell, csvRow, csvStream } from "@/lib/csv/csv-writer";

async function* batches<T>(rows: T[][], pulled?: number[]) {
  for (const [i, batch] of rows.entries()) {
    pulled?.push(i);
    yield batch;
  }
}

describe("a CSV cell", () => {
  it("quotes commas, quotes and line breaks, doubling quotes (RFC 4180)", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("Smith, Jane")).toBe('"Smith, Jane"');
    expect(csvCell('Say "hi"')).toBe('"Say ""hi"""');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("crlf\r\nhere")).toBe('"crlf\r\nhere"');
  });

  it("neutralises what a spreadsheet would run as a formula", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("+33 1 23 45")).toBe("'+33 1 23 45");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1:A2)")).toBe("'@SUM(A1:A2)");
    expect(csvCell("\tleading tab")).toBe("'\tleading tab");
    expect(csvCell("\rcarriage")).toBe(`"'\rcarriage"`);
    expect(csvCell("\0nul")).toBe("'\0nul");
    expect(csvCell('=HYPERLINK("http://evil","click")')).toBe(`"'=HYPERLINK(""http://evil"",""click"")"`);
    expect(csvCell("=cmd|' /C calc'!A0, x")).toBe(`"'=cmd|' /C calc'!A0, x"`);
    // Only the start counts; a number is data.
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell(-5)).toBe("-5");
  });

  it("keeps non-Latin names as they are (UTF-8), and writes dates, booleans and nothing", () => {
    expect(csvCell("Zoë Ødegård")).toBe("Zoë Ødegård");
    expect(csvCell("王秀英")).toBe("王秀英");
    expect(csvCell("Михаил Петров")).toBe("Михаил Петров");
    expect(csvCell("محمد")).toBe("محمد");
    expect(csvCell("😀 emoji")).toBe("😀 emoji");
    expect(csvCell(new Date(Date.UTC(2026, 2, 1, 9, 30)))).toBe("2026-03-01T09:30:00.000Z");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("ends each record with CRLF", () => {
    expect(csvRow(["a", "b,c", null])).toBe('a,"b,c",\r\n');
  });
});

describe("a CSV stream", () => {
  it("starts with the BOM and the header, then every batch's rows, as UTF-8 bytes", async () => {
    const stream = csvStream(["Name", "Email"], batches([[{ n: "王秀英", e: "w@x.test" }], [{ n: "=evil()", e: "e@x.test" }]]), (row) => [row.n, row.e]);
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe(`${BOM}Name,Email\r\n王秀英,w@x.test\r\n'=evil(),e@x.test\r\n`);
  });

  it("reads a batch only when the reader asks (backpressure), and reports rows and completion", async () => {
    const pulled: number[] = [];
    const outcomes: { rows: number; complete: boolean }[] = [];
    const stream = csvStream(["n"], batches([[1, 2], [3], [4, 5, 6]], pulled), (n) => [n], (o) => outcomes.push(o));
    const reader = stream.getReader();
    await reader.read(); // BOM + header
    expect(pulled.length).toBeLessThanOrEqual(1);
    await reader.read();
    expect(pulled.length).toBeLessThanOrEqual(2);
    while (!(await reader.read()).done);
    expect(pulled).toEqual([0, 1, 2]);
    expect(outcomes).toEqual([{ rows: 6, complete: true }]);
  });

  it("stops reading the source when the reader cancels", async () => {
    const pulled: number[] = [];
    const outcomes: { rows: number; complete: boolean }[] = [];
    const many = Array.from({ length: 100 }, (_, i) => [i]);
    const stream = csvStream(["n"], batches(many, pulled), (n) => [n], (o) => outcomes.push(o));
    const reader = stream.getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(pulled.length).toBeLessThan(5);
    expect(outcomes).toEqual([{ rows: expect.any(Number), complete: false }]);
  });

  it("reads a page source one page per pull, its rows handed over one by one", async () => {
    const pages = [["a", "b"], ["c"], []];
    let calls = 0;
    const outcomes: { rows: number; complete: boolean }[] = [];
    const stream = csvStream(
      ["letter"],
      async (onRow: (row: string) => void) => {
        const page = pages[calls++] ?? [];
        page.forEach(onRow);
        return calls < pages.length;
      },
      (letter) => [letter],
      (o) => outcomes.push(o),
    );
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
    expect(text).toBe(`${BOM}letter\r\na\r\nb\r\nc\r\n`);
    expect(calls).toBe(3);
    expect(outcomes).toEqual([{ rows: 3, complete: true }]);
  });

  it("writes the same bytes however rows fall across its 64 KB chunks, long rows and non-Latin text included", async () => {
    const names = Array.from({ length: 3_000 }, (_, i) => (i % 3 === 0 ? `王秀英 ${i}` : i % 3 === 1 ? `Zoë "Ødegård" ${i}` : `x${"y".repeat(i % 50)}`));
    names.splice(1_000, 0, "🙂".repeat(40_000)); // one row longer than a chunk
    const stream = csvStream(["name"], batches([names.slice(0, 1_700), names.slice(1_700)]), (name) => [name]);
    const chunks: Uint8Array[] = [];
    const reader = stream.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
    expect(Math.max(...chunks.map((c) => c.byteLength))).toBeGreaterThan(64 * 1024);
    expect(chunks.filter((c) => c.byteLength <= 64 * 1024).length).toBeGreaterThan(2);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Blob(chunks as BlobPart[]).arrayBuffer());
    expect(text).toBe(BOM + ["name", ...names].map((n) => csvRow([n])).join(""));
  });
});
