// Types of forwarded.mjs for the TypeScript side.
export declare const CLIENT_IP_HEADER: "x-roster-client-ip";
export declare const CLIENT_IP_PROOF_HEADER: "x-roster-client-ip-proof";
export declare const CLIENT_IP_PROOF_KEY: unique symbol;
export declare function normalizeIp(value: unknown): string | null;
export declare function resolveClientIp(input: {
  socketAddress?: string | null;
  forwardedFor?: string | string[] | null;
  hops?: number;
}): string | null;
