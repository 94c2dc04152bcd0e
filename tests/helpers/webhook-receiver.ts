// A webhook receiver on 127.0.0.1 for tests: records every request (headers and raw body) and
// answers with queued replies — a status, a redirect, or a dropped connection — then 200.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type ReceiverReply = { status: number; body?: string; headers?: Record<string, string> } | "drop";

export interface ReceivedWebhook {
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  replies: ReceiverReply[];
  /** While down, every request is answered 503. */
  down: boolean;
  close: () => Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const state: Omit<WebhookReceiver, "url" | "close"> = { received: [], replies: [], down: false };
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      if (state.down) return void res.writeHead(503).end("maintenance");
      const reply = state.replies.shift() ?? { status: 200, body: "ok" };
      if (reply === "drop") return void req.socket.destroy();
      state.received.push({ headers: req.headers, body });
      res.writeHead(reply.status, reply.headers ?? {}).end(reply.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(state, {
    url,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  });
}
