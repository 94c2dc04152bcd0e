// Request bodies are capped before they are buffered: a declared or streamed body over the cap is
// refused (the webhook answers 413) without reading it all.
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/resend/route";
import { readBodyCapped } from "@/lib/request/read-body";

/** A body streamed in chunks with no Content-Length, counting how much was pulled. */
function streamed(chunks: number, chunkBytes: number) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(chunkBytes).fill(97));
    },
  });
  return { body, pulled: () => pulled };
}

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/webhooks/resend", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("readBodyCapped", () => {
  it("returns a body up to the cap", async () => {
    expect(await readBodyCapped(post("x".repeat(100)), 100)).toEqual({ ok: true, text: "x".repeat(100) });
    expect(await readBodyCapped(post(""), 100)).toEqual({ ok: true, text: "" });
  });

  it("refuses a declared Content-Length over the cap without reading the body", async () => {
    const { body, pulled } = streamed(1000, 1024);
    expect(await readBodyCapped(post(body, { "content-length": String(10 * 1024 * 1024) }), 1024)).toEqual({ ok: false, reason: "too_large" });
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it("stops reading a streamed body as soon as it passes the cap", async () => {
    const { body, pulled } = streamed(1000, 1024);
    expect(await readBodyCapped(post(body), 4 * 1024)).toEqual({ ok: false, reason: "too_large" });
    expect(pulled()).toBeLessThan(10);
  });

  it("refuses a malformed Content-Length and invalid UTF-8", async () => {
    expect(await readBodyCapped(post("abc", { "content-length": "abc" }), 100)).toEqual({ ok: false, reason: "unreadable" });
    expect(await readBodyCapped(post(new Uint8Array([0xff, 0xfe, 0xfd])), 100)).toEqual({ ok: false, reason: "unreadable" });
  });
});

describe("POST /api/webhooks/resend", () => {
  it("answers 413 to a body over 1 MB, declared or streamed", async () => {
    const declared = await POST(post("{}", { "content-length": String(1024 * 1024 + 1) }));
    expect(declared.status).toBe(413);
    const { body } = streamed(2048, 1024);
    const streamedResponse = await POST(post(body));
    expect(streamedResponse.status).toBe(413);
  });
});
