// A stand-in for api.resend.com on 127.0.0.1: answers POST /emails with queued replies (then with
// success), recording each request's idempotency key, recipients and bodies. Tests point the real
// resend SDK at it through RESEND_BASE_URL.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type FakeReply = { status: number; body: unknown } | "hang";

export interface FakeResendRequest {
  key: string;
  to: unknown;
  subject: string;
  html: string;
  text: string;
}

export interface FakeResend {
  requests: FakeResendRequest[];
  replies: FakeReply[];
  /** Sets RESEND_BASE_URL and RESEND_API_KEY for the SDK. */
  install: () => void;
  close: () => Promise<void>;
}

export async function startFakeResend(): Promise<FakeResend> {
  const requests: FakeResendRequest[] = [];
  const replies: FakeReply[] = [];
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    req.on("end", () => {
      const body = JSON.parse(raw || "{}") as { to?: unknown; subject?: unknown; html?: unknown; text?: unknown };
      requests.push({
        key: String(req.headers["idempotency-key"]),
        to: body.to,
        subject: String(body.subject ?? ""),
        html: String(body.html ?? ""),
        text: String(body.text ?? ""),
      });
      const reply = replies.shift() ?? { status: 200, body: { id: `re_ok_${requests.length}` } };
      if (reply === "hang") return;
      res.writeHead(reply.status, { "content-type": "application/json" }).end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    requests,
    replies,
    install: () => {
      process.env.RESEND_BASE_URL = url;
      process.env.RESEND_API_KEY = "re_test_key";
    },
    close: async () => {
      delete process.env.RESEND_BASE_URL;
      delete process.env.RESEND_API_KEY;
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
