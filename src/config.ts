import { existsSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { z } from "zod";

/**
 * The only reader of process.env. Parsed once at start-up; a bad value stops the process with a
 * message that names the variable.
 */
const booleanish = z
  .enum(["true", "false", "1", "0", "yes", "no", "on", "off"])
  .transform((v) => v === "true" || v === "1" || v === "yes" || v === "on");

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
  // Retired master keys, comma-separated: they only read fields encrypted before a rotation (docs/decisions/019).
  SECRET_KEY_PREVIOUS: z
    .string()
    .regex(/^\s*[0-9a-f]{64}(\s*,\s*[0-9a-f]{64})*\s*$/i, "must be 64 hexadecimal characters (32 bytes) per key, keys separated by commas")
    .optional(),
  QUICK_EXIT_URL: z.url().default("https://www.bbc.co.uk/weather"),
  COOKIE_SECURE: booleanish.default(true),
  TRUST_PROXY: booleanish.default(false),
  SEED_DEMO: booleanish.default(true),
  OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).default(250),
  OVERLOAD_MAX_EVENT_LOOP_UTILIZATION: z.coerce.number().min(0).max(1).default(0.98),
  OVERLOAD_RETRY_AFTER_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(72).default(8),
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  REQUEST_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(24 * 3600).default(1800),
  REQUEST_IDLE_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  DIRECTORY_IMPORT_MAX_BYTES: z.coerce.number().int().min(1024).default(268_435_456),
  MAIL_FROM: z.string().min(3).default("Victims Support Portal <no-reply@localhost>"),
  CONTACT_EMAIL: z.string().email().default("contact@localhost.localdomain"),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "must start with smtp:// or smtps://").optional(),
  STORY_CONTACT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  STORY_WITHDRAWAL_GRACE_HOURS: z.coerce.number().int().min(0).max(24 * 30).default(72),
  MEDIA_DIR: z.string().min(1).optional(),
  MEDIA_MAX_IMAGE_BYTES: z.coerce.number().int().min(1024).default(20_971_520),
  MEDIA_MAX_AUDIO_BYTES: z.coerce.number().int().min(1024).default(104_857_600),
  MEDIA_MAX_VIDEO_BYTES: z.coerce.number().int().min(1024).default(1_073_741_824),
  MEDIA_MAX_DOCUMENT_BYTES: z.coerce.number().int().min(1024).default(52_428_800),
  MEDIA_MAX_CAPTION_BYTES: z.coerce.number().int().min(1024).max(16_777_216).default(1_048_576),
  FFMPEG_PATH: z.string().min(1).default("ffmpeg"),
  FFMPEG_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(300),
  S3_ENDPOINT: z.url().optional(),
  S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be a valid bucket name").optional(),
  S3_REGION: z.string().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: booleanish.default(true),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, "must start with redis:// or rediss://").optional(),
  TRIBUTE_MIN_SECONDS: z.coerce.number().int().min(0).max(3600).default(5),
  TRIBUTE_REVIEW_WORDS: z.string().optional(),
  TRIBUTE_REVIEW_WORDS_FILE: z.string().min(1).optional(),
  STATS_ENABLED: booleanish.default(true),
  STATS_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(730),
  STATS_FLUSH_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  WORKERS: z.union([z.literal("auto"), z.coerce.number().int().min(1).max(64)]).default(1),
  PAGE_CACHE: booleanish.default(true),
  PAGE_CACHE_MAX_MB: z.coerce.number().int().min(1).max(4096).default(64),
  PAGE_CACHE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  CDN_CACHE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
}).superRefine((e, ctx) => {
  // Object storage is all or nothing: half a configuration would silently fall back to the local disk.
  const s3 = ["S3_ENDPOINT", "S3_BUCKET", "S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;
  const given = s3.filter((k) => e[k] !== undefined);
  if (given.length === 0 || given.length === s3.length) return;
  for (const k of s3.filter((k) => e[k] === undefined)) {
    ctx.addIssue({ code: "custom", path: [k], message: `required when ${given.join(", ")} is set (give all five S3_* settings or none)` });
  }
});

export type Config = Readonly<{
  env: "development" | "production" | "test";
  host: string;
  port: number;
  publicUrl: string | undefined;
  dataDir: string;
  databaseUrl: string | undefined;
  secretKey: string | undefined;
  /** Retired master keys (hex): encrypted fields written under them stay readable until `npm run keys:rotate`. */
  previousSecretKeys: readonly string[];
  quickExitUrl: string;
  cookieSecure: boolean;
  trustProxy: boolean;
  seedDemo: boolean;
  logLevel: string;
  /** Load shedding: above these (0 turns one off), requests get 503 with Retry-After instead of queueing. */
  overload: Readonly<{ maxEventLoopDelayMs: number; maxEventLoopUtilization: number; retryAfterSeconds: number }>;
  /** The bearer token a Prometheus scraper sends to /metrics; without it, only loopback may scrape. */
  metricsToken: string | undefined;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  bodyLimitBytes: number;
  /** The whole request, body included, must arrive within this (uploads of large videos on slow lines need minutes). */
  requestTimeoutMs: number;
  /** A request whose body stops arriving for this long is answered 408 and dropped (slow-upload attacks). */
  requestIdleTimeoutMs: number;
  /** Largest HSDS file (JSON or zip) accepted for import; also the limit on a zip's unpacked size. */
  directoryImportMaxBytes: number;
  loginRatePerMinute: number;
  mailFrom: string;
  contactEmail: string;
  smtpUrl: string | undefined;
  /** How long a story author's contact address is kept, in days. */
  storyContactRetentionDays: number;
  /** How long a withdrawn story waits before it is erased (the author can undo it until then), in hours. */
  storyWithdrawalGraceHours: number;
  /** Root of the local media store (default DATA_DIR/media); unused when `s3` is set. */
  mediaDir: string;
  /** Largest upload accepted per kind of media, in bytes. */
  mediaMaxBytes: Readonly<{ image: number; audio: number; video: number; document: number }>;
  /** Largest WebVTT caption file accepted, in bytes. */
  captionMaxBytes: number;
  /** The ffmpeg command used to strip audio and video container metadata (missing is allowed). */
  ffmpegPath: string;
  ffmpegTimeoutMs: number;
  /** S3-compatible object storage for media; undefined means the local disk. */
  s3: S3Config | undefined;
  /** Redis, optional: instances announce a crisis notice change to each other at once through it. */
  redisUrl: string | undefined;
  /** The least time, in seconds, between showing the tribute form and accepting it. */
  tributeMinSeconds: number;
  /** Words that send a tribute to closer review (from TRIBUTE_REVIEW_WORDS and the file, one per line). */
  tributeReviewWords: readonly string[];
  /** Privacy-respecting page statistics (no cookies, no addresses stored; Do Not Track and GPC respected). */
  stats: Readonly<{ enabled: boolean; retentionDays: number; flushMs: number }>;
  /** Rendered pages for anonymous readers: kept this long at most, within this much memory; shared caches (CDNs) may keep them cdnSeconds. */
  /** Processes serving the port (Node's cluster), one per core at most; above 1 needs Redis. */
  workers: number;
  pageCache: Readonly<{ enabled: boolean; maxBytes: number; ttlMs: number; cdnSeconds: number }>;
}>;

export type S3Config = Readonly<{
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
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
  const workers = e.WORKERS === "auto" ? availableParallelism() : e.WORKERS;
  // Worker processes share rate limits, kept pages and crisis notices as separate instances do.
  if (workers > 1 && !e.REDIS_URL) throw new ConfigError("Invalid configuration:\n  WORKERS: more than one worker process needs REDIS_URL (they share rate limits, the page cache and crisis notices through it)");
  return Object.freeze({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ""),
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    secretKey: e.SECRET_KEY,
    previousSecretKeys: Object.freeze((e.SECRET_KEY_PREVIOUS ?? "").split(",").map((k) => k.trim().toLowerCase()).filter(Boolean)),
    quickExitUrl: e.QUICK_EXIT_URL,
    cookieSecure: e.COOKIE_SECURE,
    trustProxy: e.TRUST_PROXY,
    seedDemo: e.SEED_DEMO,
    logLevel: e.LOG_LEVEL,
    metricsToken: e.METRICS_TOKEN,
    overload: Object.freeze({ maxEventLoopDelayMs: e.OVERLOAD_MAX_EVENT_LOOP_DELAY_MS, maxEventLoopUtilization: e.OVERLOAD_MAX_EVENT_LOOP_UTILIZATION, retryAfterSeconds: e.OVERLOAD_RETRY_AFTER_SECONDS }),
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    requestTimeoutMs: e.REQUEST_TIMEOUT_SECONDS * 1000,
    requestIdleTimeoutMs: e.REQUEST_IDLE_TIMEOUT_SECONDS * 1000,
    directoryImportMaxBytes: e.DIRECTORY_IMPORT_MAX_BYTES,
    loginRatePerMinute: e.LOGIN_RATE_PER_MINUTE,
    mailFrom: e.MAIL_FROM,
    contactEmail: e.CONTACT_EMAIL,
    smtpUrl: e.SMTP_URL,
    storyContactRetentionDays: e.STORY_CONTACT_RETENTION_DAYS,
    storyWithdrawalGraceHours: e.STORY_WITHDRAWAL_GRACE_HOURS,
    mediaDir: path.resolve(e.MEDIA_DIR ?? path.join(e.DATA_DIR, "media")),
    mediaMaxBytes: Object.freeze({ image: e.MEDIA_MAX_IMAGE_BYTES, audio: e.MEDIA_MAX_AUDIO_BYTES, video: e.MEDIA_MAX_VIDEO_BYTES, document: e.MEDIA_MAX_DOCUMENT_BYTES }),
    captionMaxBytes: e.MEDIA_MAX_CAPTION_BYTES,
    ffmpegPath: e.FFMPEG_PATH,
    ffmpegTimeoutMs: e.FFMPEG_TIMEOUT_SECONDS * 1000,
    s3:
      e.S3_ENDPOINT && e.S3_BUCKET && e.S3_REGION && e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
        ? Object.freeze({
            endpoint: e.S3_ENDPOINT,
            bucket: e.S3_BUCKET,
            region: e.S3_REGION,
            accessKeyId: e.S3_ACCESS_KEY_ID,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY,
            forcePathStyle: e.S3_FORCE_PATH_STYLE,
          })
        : undefined,
    redisUrl: e.REDIS_URL,
    tributeMinSeconds: e.TRIBUTE_MIN_SECONDS,
    tributeReviewWords: Object.freeze(reviewWords(e.TRIBUTE_REVIEW_WORDS, e.TRIBUTE_REVIEW_WORDS_FILE)),
    stats: Object.freeze({ enabled: e.STATS_ENABLED, retentionDays: e.STATS_RETENTION_DAYS, flushMs: e.STATS_FLUSH_SECONDS * 1000 }),
    workers,
    pageCache: Object.freeze({ enabled: e.PAGE_CACHE, maxBytes: e.PAGE_CACHE_MAX_MB * 1024 * 1024, ttlMs: e.PAGE_CACHE_SECONDS * 1000, cdnSeconds: e.CDN_CACHE_SECONDS }),
  });
}

/** The review list: comma-separated words, plus a UTF-8 file with one word or phrase per line ("#" starts a comment). */
function reviewWords(list: string | undefined, file: string | undefined): string[] {
  const words = (list ?? "").split(",");
  if (file) {
    if (!existsSync(file)) throw new ConfigError(`Invalid configuration:\n  TRIBUTE_REVIEW_WORDS_FILE: no such file: ${file}`);
    words.push(...readFileSync(file, "utf8").split(/\r?\n/).filter((line) => !line.trimStart().startsWith("#")));
  }
  return [...new Set(words.map((w) => w.trim()).filter(Boolean))];
}
