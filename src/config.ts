// The one place that reads the environment: parsed and checked once at start, so a bad setting stops
// the process with one line naming it instead of surfacing later (a bad TODAY in SQL, a bad key at
// the first request). Everything else receives the parsed Config.
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { resolve } from 'node:path';
import { z } from 'zod';
import { isIsoDate } from './clock';

export const DEFAULT_ISSUER = 'special-measures-oversight';
export const DEFAULT_AUDIENCE = 'special-measures-oversight-api';
export const MIN_SECRET_LENGTH = 32;

export type JwtAlgorithm = 'HS256' | 'RS256' | 'ES256';
export interface AsymmetricKey { key: KeyObject; algorithm: 'RS256' | 'ES256' }

export interface JwtConfig {
  /** JWT_SECRET; when unset, HS256 uses a secret generated once into `<dataDir>/jwt-secret`. */
  secret?: string;
  publicKey?: AsymmetricKey;
  privateKey?: AsymmetricKey;
  issuer: string;
  audience: string;
  dataDir: string;
}

export interface Config {
  port: number;
  databaseUrl?: string;
  embeddedPgPort: number;
  dataDir: string;
  jwt: JwtConfig;
  today?: string;
  nodeEnv?: string;
}

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

function asymmetric(key: KeyObject): AsymmetricKey['algorithm'] | undefined {
  if (key.asymmetricKeyType === 'rsa') return 'RS256';
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return 'ES256';
  return undefined;
}

const pemKey = (kind: 'public' | 'private') =>
  z.string().transform((text, ctx): AsymmetricKey => {
    let key: KeyObject;
    try {
      const pem = text.replace(/\\n/g, '\n'); // one-line PEMs with literal \n are allowed
      key = kind === 'public' ? createPublicKey(pem) : createPrivateKey(pem);
    } catch {
      ctx.addIssue({ code: 'custom', message: `is not a PEM ${kind} key` });
      return z.NEVER;
    }
    const algorithm = asymmetric(key);
    if (!algorithm) {
      ctx.addIssue({ code: 'custom', message: 'must be an RSA or P-256 EC key' });
      return z.NEVER;
    }
    return { key, algorithm };
  });

const port = (min: number, fallback: number) =>
  z
    .string()
    .regex(/^\d{1,5}$/, `must be a whole number from ${min} to 65535`)
    .transform(Number)
    .refine((n) => n >= min && n <= 65535, `must be a whole number from ${min} to 65535`)
    .default(fallback);

const postgresUrl = z.string().refine((value) => {
  try {
    return ['postgres:', 'postgresql:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}, 'must be a postgres:// or postgresql:// URL');

const schema = z.object({
  PORT: port(0, 4000),
  DATABASE_URL: postgresUrl.optional(),
  EMBEDDED_PG_PORT: port(1, 54329),
  DATA_DIR: z.string().optional(),
  JWT_SECRET: z.string().min(MIN_SECRET_LENGTH, `must be at least ${MIN_SECRET_LENGTH} characters`).optional(),
  JWT_PUBLIC_KEY: pemKey('public').optional(),
  JWT_PRIVATE_KEY: pemKey('private').optional(),
  JWT_ISSUER: z.string().default(DEFAULT_ISSUER),
  JWT_AUDIENCE: z.string().default(DEFAULT_AUDIENCE),
  TODAY: z.string().refine(isIsoDate, 'must be a real date written YYYY-MM-DD').optional(),
  NODE_ENV: z.string().optional(),
});

/** Parses `env` (blank values count as unset); throws one ConfigError naming every bad variable. */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const given: Env = {};
  for (const name of Object.keys(schema.shape)) {
    const value = env[name]?.trim();
    if (value) given[name] = value;
  }
  const parsed = schema.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const shown = name === 'TODAY' || name.endsWith('PORT') ? ` (got ${JSON.stringify(given[name])})` : '';
      return `${name} ${issue.message}${shown}`;
    });
    throw new ConfigError(problems.join('; '));
  }
  const v = parsed.data;
  const dataDir = resolve(cwd, v.DATA_DIR ?? '.data');
  return {
    port: v.PORT,
    databaseUrl: v.DATABASE_URL,
    embeddedPgPort: v.EMBEDDED_PG_PORT,
    dataDir,
    jwt: { secret: v.JWT_SECRET, publicKey: v.JWT_PUBLIC_KEY, privateKey: v.JWT_PRIVATE_KEY, issuer: v.JWT_ISSUER, audience: v.JWT_AUDIENCE, dataDir },
    today: v.TODAY,
    nodeEnv: v.NODE_ENV,
  };
}

let cached: Config | undefined;

/** The process's configuration, parsed from process.env on first use. */
export function config(): Config {
  cached ??= loadConfig();
  return cached;
}
