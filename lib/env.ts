// Environment, validated once. Secrets and the public URL are required in production only; dev
// gets safe defaults. `checkProductionConfig` runs at server start (instrumentation), not at build.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const isProduction = process.env.NODE_ENV === "production";

const flag = z.enum(["0", "1"]).optional();
const list = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? "")
      .split(",")
      .map((item) => item.trim().toLowerCase())
      .filter(Boolean),
  );

const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  /** Prepared statements on PostgreSQL (db/prepared-statements.ts); "false" behind PgBouncer in transaction mode. */
  DATABASE_PREPARE: z.enum(["true", "false"]).optional(),
  PGLITE_DIR: z.string().optional(),
  AUTH_SECRET: z.string().min(16).optional(),
  /** The one public address of the app: every link in every email is built from it. */
  APP_URL: z.string().url().optional(),
  /** Older name for APP_URL (Auth.js's). Used only when APP_URL is unset. */
  AUTH_URL: z.string().url().optional(),
  RESEND_API_KEY: z.string().min(1).optional(),
  RESEND_BASE_URL: z.string().url().optional(),
  RESEND_WEBHOOK_SECRET: z.string().min(1).optional(),
  EMAIL_FROM: z.string().min(3).default("Roster <roster@localhost>"),
  ROSTER_DEV_MAILBOX: flag,
  /** 1: the embedded database starts without the demo organizations (read by db/config.ts). */
  ROSTER_SKIP_DEMO_SEED: flag,
  // Sign-in emails per address per 15 minutes (the e2e server raises it: its tests sign in often).
  SIGN_IN_LIMIT_PER_EMAIL: z.coerce.number().int().min(1).max(100_000).default(5),
  // ... and per client IP (everyone behind one office NAT shares it).
  SIGN_IN_LIMIT_PER_IP: z.coerce.number().int().min(1).max(100_000).default(30),
  /** Reverse proxies in front of the app whose X-Forwarded-For entries are believed (0: none). */
  ROSTER_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Who may create organizations: everyone, people on allowed domains, or only operators. */
  ROSTER_ORG_CREATION: z.enum(["open", "domains", "operators"]).optional(),
  /** Email domains allowed to create organizations when ROSTER_ORG_CREATION=domains. */
  ROSTER_ORG_CREATION_DOMAINS: list,
  /** Operators' email addresses: they may always create organizations. */
  ROSTER_OPERATORS: list,
  /** The largest seat limit an organization may set. */
  ROSTER_MAX_SEAT_LIMIT: z.coerce.number().int().min(1).max(10_000_000).default(10_000),
  /** Organizations younger than this many days get the smaller daily invitation quota. */
  ROSTER_NEW_ORG_DAYS: z.coerce.number().int().min(0).max(365).default(7),
  /** Invitations per day for an organization younger than ROSTER_NEW_ORG_DAYS. */
  ROSTER_NEW_ORG_INVITES_PER_DAY: z.coerce.number().int().min(1).max(1_000_000).default(100),
  /** REST API requests one API key may make per minute. */
  ROSTER_API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000_000).default(600),
  /**
   * DNS servers domain verification asks for TXT records, e.g. "10.0.0.2,1.1.1.1:53" or
   * "[::1]:5353" (unset: the system's resolvers). Read at lookup time: see dnsResolverConfig().
   */
  ROSTER_DNS_SERVERS: z.string().optional(),
  /** How long the first DNS query may take before it is tried once more (waiting twice as long), in milliseconds. */
  ROSTER_DNS_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(2_000),
  /** Tests only: event webhooks may target loopback/private addresses and plain http. Refused in production. */
  ROSTER_WEBHOOK_ALLOW_PRIVATE_FOR_TESTS: flag,
});

export type Env = z.output<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== "" && v !== undefined)));
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export const env = parseEnv(process.env);

/**
 * The dev mailbox hands every stored message (sign-in links included) to anyone who opens it:
 * on outside production, or in production only when explicitly asked for, and never when a real
 * email provider is configured (then the flag is an error, reported at start).
 */
export function devMailboxPolicy(source: { production: boolean; flag?: "0" | "1"; resendApiKey?: string }): {
  enabled: boolean;
  error?: string;
  warning?: string;
} {
  if (source.flag === "1" && source.resendApiKey) {
    return { enabled: false, error: "ROSTER_DEV_MAILBOX=1 cannot be combined with RESEND_API_KEY: the dev mailbox would hand real users' sign-in links to anyone." };
  }
  if (source.resendApiKey) return { enabled: false };
  if (!source.production) return { enabled: source.flag !== "0" };
  if (source.flag === "1") {
    return { enabled: true, warning: "ROSTER_DEV_MAILBOX=1: /dev/mailbox shows every email, sign-in links included, to anyone who can reach this server. Never use it where real people sign in." };
  }
  return { enabled: false };
}

/** Whether /dev/mailbox and /api/dev/mailbox answer; read at request time. */
export function devMailboxEnabled(): boolean {
  return devMailboxPolicy({ production: isProduction, flag: env.ROSTER_DEV_MAILBOX, resendApiKey: env.RESEND_API_KEY }).enabled;
}

/**
 * Whether event webhooks may reach loopback and private addresses over plain http: only when a test
 * asks for it (read at call time, so a test can switch it), never in production.
 */
export function webhookPrivateTargetsAllowed(): boolean {
  return !isProduction && process.env.ROSTER_WEBHOOK_ALLOW_PRIVATE_FOR_TESTS === "1";
}

/**
 * The DNS servers and timeout domain verification uses, read when a lookup starts (so tests can
 * point it at a DNS server they start). Servers are "host" or "host:port" (IPv6 as "[addr]:port").
 */
export function dnsResolverConfig(): { servers: string[]; timeoutMs: number } {
  const servers = (process.env.ROSTER_DNS_SERVERS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const timeout = Number(process.env.ROSTER_DNS_TIMEOUT_MS);
  return { servers, timeoutMs: Number.isInteger(timeout) && timeout >= 100 && timeout <= 30_000 ? timeout : env.ROSTER_DNS_TIMEOUT_MS };
}

/** Resend sends for real only with an API key; otherwise mail stays in the outbox for the dev mailbox. */
export const emailDeliveryEnabled = Boolean(env.RESEND_API_KEY);

/**
 * AUTH_SECRET, or in development a generated one kept in .data/ so sessions survive restarts.
 * Production without AUTH_SECRET refuses to start.
 */
export function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (isProduction && process.env.NEXT_PHASE !== "phase-production-build") {
    throw new Error("AUTH_SECRET must be set in production (generate one with: openssl rand -base64 32).");
  }
  const file = path.join(process.cwd(), ".data", "dev-auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    const secret = crypto.randomBytes(32).toString("base64url");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}

/**
 * The public origin of the app (scheme, host, port; no path), from APP_URL. Request headers
 * (Host, X-Forwarded-Host) never decide it: they are the caller's to forge. Outside production
 * it defaults to http://localhost:$PORT.
 */
export function publicUrl(source: { appUrl?: string; authUrl?: string; production: boolean; port?: string }): string {
  const configured = source.appUrl ?? source.authUrl;
  if (configured) return new URL(configured).origin;
  if (source.production) throw new Error("APP_URL must be set in production: the public address of Roster, e.g. APP_URL=https://roster.example.com. Links in emails are built from it.");
  return `http://localhost:${source.port ?? 3000}`;
}

export function appUrl(): string {
  return publicUrl({ appUrl: env.APP_URL, authUrl: env.AUTH_URL, production: isProduction && process.env.NEXT_PHASE !== "phase-production-build", port: process.env.PORT });
}

/** Problems that must stop a production server from starting, and warnings to log loudly. */
export function checkProductionConfig(): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const mailbox = devMailboxPolicy({ production: isProduction, flag: env.ROSTER_DEV_MAILBOX, resendApiKey: env.RESEND_API_KEY });
  if (mailbox.error) errors.push(mailbox.error);
  if (mailbox.warning) warnings.push(mailbox.warning);
  if (isProduction && env.ROSTER_WEBHOOK_ALLOW_PRIVATE_FOR_TESTS === "1") {
    errors.push("ROSTER_WEBHOOK_ALLOW_PRIVATE_FOR_TESTS=1 is for tests only: it would let webhooks reach this server's private network.");
  }
  if (isProduction) {
    for (const check of [() => appUrl(), () => authSecret()]) {
      try {
        check();
      } catch (error) {
        errors.push(error instanceof Error ? error.message : String(error));
      }
    }
    if (!env.RESEND_API_KEY && !mailbox.enabled) {
      warnings.push("RESEND_API_KEY is not set: no email (sign-in links, invitations) will be delivered.");
    }
  }
  return { errors, warnings };
}
