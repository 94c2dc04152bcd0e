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
 * A source of rows read a page at a time: each call hands the next page's rows to `onRow` and
 * resolves whether more may follow. Unlike an iterable of arrays, a page never has to exist as
 * one array (see db/for-each-row.ts).
 */
export type RowPages<Row> = (onRow: (row: Row) => void) => Promise<boolean>;

function pagesOf<Row>(batches: AsyncIterable<readonly Row[]>): { next: RowPages<Row>; stop: () => Promise<unknown> } {
  const iterator = batches[Symbol.asyncIterator]();
  return {
    next: async (onRow) => {
      const batch = await iterator.next();
      if (batch.done) return false;
      batch.value.forEach(onRow);
      return true;
    },
    stop: async () => iterator.return?.(),
  };
}

/** Bytes per chunk of the stream. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Encodes text to UTF-8 straight into fixed-size chunks, handing each on when full. Rows go in
 * one by one, so no page-long string is ever built: such a string lives as long as its page takes
 * to arrive from the database, outlives V8's young generation and piles up in old space.
 */
function chunkWriter(emit: (bytes: Uint8Array) => void) {
  const encoder = new TextEncoder();
  let buffer = new Uint8Array(CHUNK_BYTES);
  let used = 0;
  const flush = () => {
    if (used === 0) return;
    emit(buffer.subarray(0, used));
    buffer = new Uint8Array(CHUNK_BYTES);
    used = 0;
  };
  const write = (text: string) => {
    const first = encoder.encodeInto(text, buffer.subarray(used));
    if (first.read === text.length) {
      used += first.written;
      return;
    }
    // It did not fit: what was written past `used` is dropped, and the text starts a new chunk.
    flush();
    if (text.length * 3 > CHUNK_BYTES) emit(encoder.encode(text));
    else used += encoder.encodeInto(text, buffer).written;
  };
  return { write, flush };
}

/**
 * A CSV file as a byte stream: BOM and header, then the rows of each batch (or page) the source
 * yields. The next batch is read only when the reader has taken the previous one (pull), so a slow
 * client holds back the database instead of filling memory. `onDone` learns how many rows went
 * out and whether the file was complete (the reader may stop early).
 */
export function csvStream<Row>(
  header: readonly string[],
  source: AsyncIterable<readonly Row[]> | RowPages<Row>,
  toValues: (row: Row) => readonly CsvValue[],
  onDone?: (outcome: { rows: number; complete: boolean }) => void,
): ReadableStream<Uint8Array> {
  const pages = typeof source === "function" ? { next: source, stop: async () => undefined } : pagesOf(source);
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
        controller.enqueue(new TextEncoder().encode(BOM + csvRow(header)));
      },
      async pull(controller) {
        try {
          const out = chunkWriter((bytes) => controller.enqueue(bytes));
          const more = await pages.next((row) => {
            out.write(csvRow(toValues(row)));
            rows++;
          });
          out.flush();
          if (!more) {
            finish(true);
            controller.close();
          }
        } catch (error) {
          finish(false);
          controller.error(error);
        }
      },
      async cancel() {
        finish(false);
        await pages.stop();
      },
    },
    // One page queued at most: the next is read when this one has gone out.
    { highWaterMark: 1 },
  );
}
