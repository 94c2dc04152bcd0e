// A real DNS server on 127.0.0.1 (UDP, the dns2 package) for domain verification tests: each name
// answers the TXT records set for it (each record a list of strings), nothing (NXDOMAIN), no TXT
// data (NOERROR, empty), or never (so the client times out). Used by integration and e2e tests.
import dns2 from "dns2";

const { Packet } = dns2;

export type TxtAnswer = string[][] | "nxdomain" | "nodata" | "silent";

export interface TestDnsServer {
  /** "127.0.0.1:<port>", as ROSTER_DNS_SERVERS takes it. */
  address: string;
  port: number;
  set: (name: string, answer: TxtAnswer) => void;
  clear: (name: string) => void;
  /** How many queries each name received. */
  queries: Map<string, number>;
  close: () => Promise<void>;
}

export async function startTestDnsServer(port = 0): Promise<TestDnsServer> {
  const zone = new Map<string, TxtAnswer>();
  const queries = new Map<string, number>();
  const server = dns2.createServer({
    udp: true,
    handle: (request, send) => {
      const [question] = request.questions;
      const response = Packet.createResponseFromRequest(request);
      if (!question) return void send(response);
      const name = question.name.toLowerCase().replace(/\.$/, "");
      queries.set(name, (queries.get(name) ?? 0) + 1);
      const answer = zone.get(name) ?? "nxdomain";
      if (answer === "silent") return;
      if (answer === "nxdomain") {
        response.header.rcode = Packet.RCODE.NXDOMAIN;
      } else if (answer !== "nodata" && question.type === Packet.TYPE.TXT) {
        for (const strings of answer) response.answers.push({ name: question.name, type: Packet.TYPE.TXT, class: Packet.CLASS.IN, ttl: 60, data: strings } as never);
      }
      void send(response);
    },
  });
  const addresses = await server.listen({ udp: { port, address: "127.0.0.1" } });
  const bound = (addresses as { udp: { port: number } }).udp.port;
  return {
    address: `127.0.0.1:${bound}`,
    port: bound,
    set: (name, answer) => void zone.set(name.toLowerCase(), answer),
    clear: (name) => void zone.delete(name.toLowerCase()),
    queries,
    close: async () => {
      await server.close();
    },
  };
}
