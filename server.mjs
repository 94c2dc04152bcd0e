// Roster's HTTP server: Next.js behind the one place that knows the TCP peer of each request.
// Next.js's route handlers and server actions cannot see the socket, and X-Forwarded-For is
// whatever the caller wrote, so this server decides the client address (believing only
// ROSTER_TRUSTED_PROXY_HOPS proxies) and passes it on in a header with a per-process proof.
//
//   node server.mjs [--dev] [-p PORT] [-H HOSTNAME]     (npm run dev / npm start)
import crypto from "node:crypto";
import http from "node:http";
import next from "next";
import {
  CLIENT_IP_HEADER,
  CLIENT_IP_PROOF_HEADER,
  CLIENT_IP_PROOF_KEY,
  resolveClientIp,
} from "./lib/request/forwarded.mjs";

function argument(names) {
  const args = process.argv.slice(2);
  const index = args.findIndex((arg) => names.includes(arg));
  return index >= 0 ? args[index + 1] : undefined;
}

const dev = process.argv.includes("--dev");
const port = Number(argument(["-p", "--port"]) ?? process.env.PORT ?? 3000);
const hostname = argument(["-H", "--hostname"]) ?? process.env.HOSTNAME ?? "0.0.0.0";
const hops = Number(process.env.ROSTER_TRUSTED_PROXY_HOPS || 0);
if (!Number.isInteger(hops) || hops < 0 || hops > 10) {
  console.error("ROSTER_TRUSTED_PROXY_HOPS must be a whole number from 0 to 10.");
  process.exit(1);
}
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`Invalid port: ${port}`);
  process.exit(1);
}
process.env.PORT = String(port);
if (!dev) process.env.NODE_ENV = "production";

const proof = crypto.randomBytes(32).toString("hex");
globalThis[CLIENT_IP_PROOF_KEY] = proof;

const app = next({ dev, hostname, port, ...(dev ? { turbopack: true } : {}) });
try {
  await app.prepare();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const handle = app.getRequestHandler();

const server = http.createServer((request, response) => {
  // Only this server speaks these headers; whatever a client sent under their names is dropped.
  delete request.headers[CLIENT_IP_HEADER];
  delete request.headers[CLIENT_IP_PROOF_HEADER];
  const ip = resolveClientIp({ socketAddress: request.socket.remoteAddress, forwardedFor: request.headers["x-forwarded-for"], hops });
  if (ip) request.headers[CLIENT_IP_HEADER] = ip;
  request.headers[CLIENT_IP_PROOF_HEADER] = proof;
  void handle(request, response);
});
// Node closes an idle keep-alive connection after 5 s by default. A client (a proxy's pool, a
// script's HTTP agent) that sends on it just as it closes gets ECONNRESET; load balancers keep idle
// connections for 60 s, so the server holds them a little longer than that.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
if (dev) {
  const upgrade = app.getUpgradeHandler();
  server.on("upgrade", (request, socket, head) => void upgrade(request, socket, head));
}

server.listen(port, hostname, () => {
  const shown = hostname === "0.0.0.0" || hostname === "::" ? "localhost" : hostname;
  console.log(`▲ Roster ${dev ? "(development)" : ""} ready on http://${shown}:${port}${hops ? ` · trusting ${hops} proxy hop(s) for client addresses` : ""}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
