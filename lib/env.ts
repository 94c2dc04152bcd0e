// Environment, validated once. Secrets are required in production only; dev gets safe defaults.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const isProduction = process.env.NODE_ENV === "production";

const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  PGLITE_DIR: z.string().optional(),
  AUTH_SECRET: z.string().min(16).optional(),
  APP_URL: z.string().url().optional(),
  RESEND_API_KEY: z.string().min(1).optional(),
  RESEND_BASE_URL: z.string().url().optional(),
  RESEND_WEBHOOK_SECRET: z.string().min(1).optional(),
  EMAIL_FROM: z.string().min(3).default("Roster <roster@localhost>"),
  ROSTER_DEV_MAILBOX: z.enum(["0", "1"]).optional(),
  ROSTER_SKIP_DEMO_SEED: z.enum(["0", "1"]).optional(),
  // Sign-in emails per address per 15 minutes (the e2e server raises it: its tests sign in often).
  SIGN_IN_LIMIT_PER_EMAIL: z.coerce.number().int().min(1).max(100_000).default(5),
  // ... and per client IP (everyone behind one office NAT shares it).
  SIGN_IN_LIMIT_PER_IP: z.coerce.number().int().min(1).max(100_000).default(30),
});

function readEnv() {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export const env = readEnv();

/** The dev mailbox exists outside production, or in production only when explicitly enabled. */
export const devMailboxEnabled = !isProduction || env.ROSTER_DEV_MAILBOX === "1";

/** Resend sends for real only with an API key; otherwise mail stays in the outbox for the dev mailbox. */
export const emailDeliveryEnabled = Boolean(env.RESEND_API_KEY);

/**
 * AUTH_SECRET, or in development a generated one kept in .data/ so sessions survive restarts.
 * Production without AUTH_SECRET refuses to start.
 */
export function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (isProduction && process.env.NEXT_PHASE !== "phase-production-build" && !process.env.CI) {
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
 * The public address of the app, used in links inside emails. Configured (APP_URL or AUTH_URL),
 * never taken from a request's Host header, which a caller controls.
 */
export function appUrl(): string {
  const configured = env.APP_URL ?? process.env.AUTH_URL;
  if (configured) return configured.replace(/\/+$/, "");
  return `http://localhost:${process.env.PORT ?? 3000}`;
}
