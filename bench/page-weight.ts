// What a page costs on the wire: its HTML and, inside it, the React Server Components payload
// ("flight" data in `self.__next_f.push(...)` scripts), which carries every client component's
// props a second time.

export interface PageWeight {
  htmlBytes: number;
  flightBytes: number;
}

const FLIGHT_SCRIPT = /<script[^>]*>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g;

export function measurePage(html: string): PageWeight {
  let flightBytes = 0;
  for (const match of html.matchAll(FLIGHT_SCRIPT)) flightBytes += Buffer.byteLength(match[1] ?? "");
  return { htmlBytes: Buffer.byteLength(html), flightBytes };
}

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
