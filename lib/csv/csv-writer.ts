// The one CSV writer of every download (activity log, members, access review reports): RFC 4180
// quoting, CRLF line ends, a UTF-8 byte order mark so spreadsheets read names right, and cells a
// spreadsheet would run as a formula (starting with =, +, -, @, tab, CR or NUL) prefixed with a
// single quote. Rows are produced a batch at a time and pulled by the reader, so memory stays flat
// however long the file is.

export type CsvValue = string | number | boolean | Date | null | undefined;

/** The UTF-8 byte order mark: Excel reads the file as UTF-8 only with it. */
export const BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r\0]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell, neutralised and quoted as needed. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? value.toISOString() : String(value);
  // Numbers are data, not formulas: a negative number stays a number.
  if (typeof value !== "number" && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record with its CRLF. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/**
 * A CSV file as a byte stream: BOM and header, then the rows of each batch the source yields. The
 * next batch is read only when the reader has taken the previous one (pull), so a slow client
 * holds back the database instead of filling memory. `onDone` learns how many rows went out and
 * whether the file was complete (the reader may stop early).
 */
export function csvStream<Row>(
  header: readonly string[],
  batches: AsyncIterable<readonly Row[]>,
  toValues: (row: Row) => readonly CsvValue[],
  onDone?: (outcome: { rows: number; complete: boolean }) => void,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let rows = 0;
  let finished = false;
  const finish = (complete: boolean) => {
    if (finished) return;
    finished = true;
    onDone?.({ rows, complete });
  };
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(BOM + csvRow(header)));
      },
      async pull(controller) {
        try {
          const next = await iterator.next();
          if (next.done) {
            finish(true);
            controller.close();
            return;
          }
          let chunk = "";
          for (const row of next.value) chunk += csvRow(toValues(row));
          rows += next.value.length;
          if (chunk) controller.enqueue(encoder.encode(chunk));
        } catch (error) {
          finish(false);
          controller.error(error);
        }
      },
      async cancel() {
        finish(false);
        await iterator.return?.();
      },
    },
    // One batch queued at most: the next is read when this one has gone out.
    { highWaterMark: 1 },
  );
}
