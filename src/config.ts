import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * The only reader of process.env. Parsed once at start-up; a bad value stops the process with a
 * message that names the variable.
 */
const booleanish = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("0.0.0.0"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  SECRET_KEY: z
    .string()
    .regex(/^[0-9a-f]{64}$/i, "must be 64 hexadecimal characters (32 bytes)")
    .optional(),
  QUICK_EXIT_URL: z.url().default("https://www.bbc.co.uk/weather"),
  COOKIE_SECURE: booleanish.default(true),
  TRUST_PROXY: booleanish.default(false),
  SEED_DEMO: booleanish.default(true),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(72).default(8),
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  DIRECTORY_IMPORT_MAX_BYTES: z.coerce.number().int().min(1024).default(268_435_456),
  MAIL_FROM: z.string().min(3).default("Victims Support Portal <no-reply@localhost>"),
  CONTACT_EMAIL: z.string().email().default("contact@localhost.localdomain"),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "must start with smtp:// or smtps://").optional(),
});

export type Config = Readonly<{
  env: "development" | "production" | "test";
  host: string;
  port: number;
  publicUrl: string | undefined;
  dataDir: string;
  databaseUrl: string | undefined;
  secretKey: string | undefined;
  quickExitUrl: string;
  cookieSecure: boolean;
  trustProxy: boolean;
  seedDemo: boolean;
  logLevel: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  bodyLimitBytes: number;
  /** Largest HSDS file (JSON or zip) accepted for import; also the limit on a zip's unpacked size. */
  directoryImportMaxBytes: number;
  loginRatePerMinute: number;
  mailFrom: string;
  contactEmail: string;
  smtpUrl: string | undefined;
}>;

export class ConfigError extends Error {}

/** Reads the environment (and ./.env when present) into a typed, frozen config. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, { readDotEnv = true } = {}): Config {
  if (readDotEnv && env === process.env && existsSync(".env")) process.loadEnvFile(".env");
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}\nSee .env.example for every setting.`);
  }
  const e = parsed.data;
  return Object.freeze({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ""),
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    secretKey: e.SECRET_KEY,
    quickExitUrl: e.QUICK_EXIT_URL,
    cookieSecure: e.COOKIE_SECURE,
    trustProxy: e.TRUST_PROXY,
    seedDemo: e.SEED_DEMO,
    logLevel: e.LOG_LEVEL,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    directoryImportMaxBytes: e.DIRECTORY_IMPORT_MAX_BYTES,
    loginRatePerMinute: e.LOGIN_RATE_PER_MINUTE,
    mailFrom: e.MAIL_FROM,
    contactEmail: e.CONTACT_EMAIL,
    smtpUrl: e.SMTP_URL,
  });
}
