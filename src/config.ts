// The one place that reads the environment: parsed and checked once at start, so a bad setting stops
// the process with one line naming it instead of surfacing later (a bad TODAY in SQL, a bad key at
// the first request). Everything else receives the parsed Config.
import { resolve } from 'node:path';
import { z } from 'zod';
import { KeyMaterialError, pemKey, publicKeysByKid, type AsymmetricKey } from './auth/jwt-keys';
import { isIsoDate } from './clock';

export type { AsymmetricKey, JwtAlgorithm } from './auth/jwt-keys';

export const DEFAULT_ISSUER = 'special-measures-oversight';
export const DEFAULT_AUDIENCE = 'special-measures-oversight-api';
export const MIN_SECRET_LENGTH = 32;
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 24 * 3600;
const MAX_TOKEN_LIFETIME_LIMIT_SECONDS = 30 * 24 * 3600;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
const LIFETIME_RANGE = `must be a whole number of seconds from 60 to ${MAX_TOKEN_LIFETIME_LIMIT_SECONDS}`;

export const DEFAULT_LIVE_LIMITS = { maxConnections: 2_000, maxSubscriptionsPerConnection: 20, maxBufferedBytes: 1024 * 1024, maxPendingEvents: 100 };

/**
 * The regulator's dashboard at 1,000 trusts is one statement of about 90 ms (bench/results.md), so 5 s
 * leaves it 50 times over; a lock wait gives up first (3 s), and a transaction idle for 10 s is one
 * whose request has gone astray.
 */
export const DEFAULT_DATABASE_TIMEOUTS = { statementMs: 5000, lockMs: 3000, idleInTransactionMs: 10_000 };
/** How long SIGTERM lets requests in flight finish before their statements are cancelled. */
export const DEFAULT_DRAIN_MS = 10_000;

/** A failure to start that one line explains to the person starting it (printed without a stack). */
export class StartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartError';
  }
}

export class ConfigError extends StartError {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Runs a key parser inside zod, its refusal becoming the variable's issue. */
const keyMaterial = <T>(parse: (text: string) => T) =>
  z.string().transform((text, ctx): T => {
    try {
      return parse(text);
    } catch (error) {
      if (!(error instanceof KeyMaterialError)) throw error;
      ctx.addIssue({ code: 'custom', message: error.message });
      return z.NEVER;
    }
  });

const urlOf = (schemes: string[]) =>
  z.string().refine((value) => {
    try {
      return schemes.includes(new URL(value).protocol.slice(0, -1));
    } catch {
      return false;
    }
  }, `must be a ${schemes.map((scheme) => `${scheme}://`).join(' or ')} URL`);

const wholeNumber = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d{1,10}$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be a whole number from ${min} to ${max}`)
    .default(fallback);

const milliseconds = (max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/, `must be a whole number of milliseconds from 0 to ${max}`)
    .transform(Number)
    .refine((n) => n <= max, `must be a whole number of milliseconds from 0 to ${max}`)
    .default(fallback);

const HOUR_MS = 3_600_000;

const port = (min: number, fallback: number) => wholeNumber(min, 65535, fallback);

const schema = z.object({
  PORT: port(0, 4000),
  DATABASE_URL: urlOf(['postgres', 'postgresql']).optional(),
  DATABASE_REPLICA_URLS: z.string().transform((list) => list.split(',').map((url) => url.trim()).filter(Boolean))
    .pipe(z.array(urlOf(['postgres', 'postgresql']))).optional(),
  EMBEDDED_PG_PORT: port(1, 54329),
  DATA_DIR: z.string().optional(),
  JWT_SECRET: z.string().min(MIN_SECRET_LENGTH, `must be at least ${MIN_SECRET_LENGTH} characters`).optional(),
  JWT_PUBLIC_KEY: keyMaterial((text) => pemKey(text, 'public')).optional(),
  JWT_PUBLIC_KEYS: keyMaterial(publicKeysByKid).optional(),
  JWT_JWKS_URL: urlOf(['https', 'http']).optional(),
  JWT_PRIVATE_KEY: keyMaterial((text) => pemKey(text, 'private')).optional(),
  JWT_MAX_LIFETIME: z
    .string()
    .regex(/^\d{1,7}$/, LIFETIME_RANGE)
    .transform(Number)
    .refine((n) => n >= 60 && n <= MAX_TOKEN_LIFETIME_LIMIT_SECONDS, LIFETIME_RANGE)
    .default(DEFAULT_MAX_TOKEN_LIFETIME_SECONDS),
  JWT_ISSUER: z.string().default(DEFAULT_ISSUER),
  JWT_AUDIENCE: z.string().default(DEFAULT_AUDIENCE),
  TODAY: z.string().refine(isIsoDate, 'must be a real date written YYYY-MM-DD').optional(),
  NODE_ENV: z.string().optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  DATABASE_STATEMENT_TIMEOUT_MS: milliseconds(HOUR_MS, DEFAULT_DATABASE_TIMEOUTS.statementMs),
  DATABASE_LOCK_TIMEOUT_MS: milliseconds(HOUR_MS, DEFAULT_DATABASE_TIMEOUTS.lockMs),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: milliseconds(HOUR_MS, DEFAULT_DATABASE_TIMEOUTS.idleInTransactionMs),
  SHUTDOWN_DRAIN_MS: milliseconds(300_000, DEFAULT_DRAIN_MS),
  LIVE_MAX_CONNECTIONS: wholeNumber(1, 1_000_000, DEFAULT_LIVE_LIMITS.maxConnections),
  LIVE_MAX_SUBSCRIPTIONS: wholeNumber(1, 10_000, DEFAULT_LIVE_LIMITS.maxSubscriptionsPerConnection),
  LIVE_MAX_BUFFERED_BYTES: wholeNumber(1024, 1024 ** 3, DEFAULT_LIVE_LIMITS.maxBufferedBytes),
  LIVE_MAX_PENDING_EVENTS: wholeNumber(1, 100_000, DEFAULT_LIVE_LIMITS.maxPendingEvents),
});

/** The checked variables as the Config the rest of the code receives; paths resolved against `cwd`. */
const configFrom = (cwd: string) => schema.transform((v) => {
  const dataDir = resolve(cwd, v.DATA_DIR ?? '.data');
  return {
    port: v.PORT,
    databaseUrl: v.DATABASE_URL,
    /** DATABASE_REPLICA_URLS: read replicas of DATABASE_URL, which take the planned reads of requests that have not written. */
    databaseReplicaUrls: v.DATABASE_REPLICA_URLS ?? [],
    embeddedPgPort: v.EMBEDDED_PG_PORT,
    dataDir,
    jwt: {
      /** JWT_SECRET; when unset, HS256 uses a secret generated once into `<dataDir>/jwt-secret`. */
      secret: v.JWT_SECRET,
      publicKey: v.JWT_PUBLIC_KEY,
      /** JWT_PUBLIC_KEYS: the key of a token whose header names its `kid`. */
      publicKeys: v.JWT_PUBLIC_KEYS,
      /** JWT_JWKS_URL: keys fetched (and cached) by `kid`. */
      jwksUrl: v.JWT_JWKS_URL,
      privateKey: v.JWT_PRIVATE_KEY,
      issuer: v.JWT_ISSUER,
      audience: v.JWT_AUDIENCE,
      /** The longest `exp − iat` a token may have. */
      maxLifetimeSeconds: v.JWT_MAX_LIFETIME,
      dataDir,
    },
    today: v.TODAY,
    nodeEnv: v.NODE_ENV,
    logLevel: v.LOG_LEVEL,
    /** METRICS_TOKEN: GET /metrics asks for it as a Bearer token. */
    metricsToken: v.METRICS_TOKEN,
    /**
     * PostgreSQL's own per-session limits, set on every connection of the application's pools (primary and
     * replicas): a statement, a wait for a lock, and a transaction left idle are bounded. 0 turns one off.
     */
    databaseTimeouts: {
      statementMs: v.DATABASE_STATEMENT_TIMEOUT_MS, lockMs: v.DATABASE_LOCK_TIMEOUT_MS, idleInTransactionMs: v.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
    /** SHUTDOWN_DRAIN_MS. */
    drainMs: v.SHUTDOWN_DRAIN_MS,
    /** Live updates (WebSocket subscriptions): what one server process holds open at most. */
    live: {
      /** Open WebSocket connections on this process; the next is closed with 1013 (try again later). */
      maxConnections: v.LIVE_MAX_CONNECTIONS,
      /** Subscriptions running at once on one connection; the next is an error on that subscription. */
      maxSubscriptionsPerConnection: v.LIVE_MAX_SUBSCRIPTIONS,
      /** Bytes a connection may leave unsent; past them it is closed (1008) rather than buffered without bound. */
      maxBufferedBytes: v.LIVE_MAX_BUFFERED_BYTES,
      /** Events a subscription may have waiting for its connection; past them, the same. */
      maxPendingEvents: v.LIVE_MAX_PENDING_EVENTS,
    },
  };
});

/** The parsed configuration: its type is what configFrom makes of the schema. */
export type Config = z.output<ReturnType<typeof configFrom>>;
export type JwtConfig = Config['jwt'];
export type LiveLimits = Config['live'];
export type DatabaseTimeouts = Config['databaseTimeouts'];

/** Parses `env` (blank values count as unset); throws one ConfigError naming every bad variable. */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const given: Env = {};
  for (const name of Object.keys(schema.shape)) {
    const value = env[name]?.trim();
    if (value) given[name] = value;
  }
  const parsed = configFrom(cwd).safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const shown = ['TODAY', 'JWT_MAX_LIFETIME'].includes(name) || name.endsWith('PORT') || name.endsWith('_MS') || name.startsWith('LIVE_') ? ` (got ${JSON.stringify(given[name])})` : '';
      return `${name} ${issue.message}${shown}`;
    });
    throw new ConfigError(problems.join('; '));
  }
  const config = parsed.data;
  if (config.nodeEnv === 'production' && !config.jwt.publicKey && !config.jwt.publicKeys && !config.jwt.jwksUrl) {
    throw new ConfigError('NODE_ENV=production needs JWT_PUBLIC_KEY, JWT_PUBLIC_KEYS or JWT_JWKS_URL: HS256 secrets are for development only');
  }
  return config;
}

let cached: Config | undefined;

/** The process's configuration, parsed from process.env on first use. */
export function config(): Config {
  cached ??= loadConfig();
  return cached;
}
