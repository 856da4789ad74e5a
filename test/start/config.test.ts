import { generateKeyPairSync } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';
import { failedStart, processesNaming, SECRET, tempDir } from './helpers';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const publicPem = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const refusal = (env: Record<string, string>) => {
  try {
    loadConfig(env, '/srv/app');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('accepted');
};

describe('loadConfig', () => {
  it('has defaults for everything, DATA_DIR made absolute under the working folder', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config).toMatchObject({ port: 4000, embeddedPgPort: 54329, dataDir: '/srv/app/.data', databaseUrl: undefined, today: undefined });
    expect(config.jwt).toEqual({ issuer: 'special-measures-oversight', audience: 'special-measures-oversight-api', maxLifetimeSeconds: 86400, dataDir: '/srv/app/.data' });
    expect(loadConfig({ DATA_DIR: 'var/x', PORT: ' 0 ', TODAY: '' }, '/srv/app')).toMatchObject({ dataDir: '/srv/app/var/x', port: 0, today: undefined });
    expect(config.live).toEqual({ maxConnections: 2000, maxSubscriptionsPerConnection: 20, maxBufferedBytes: 1048576, maxPendingEvents: 100 });
    expect(loadConfig({ LIVE_MAX_CONNECTIONS: '5', LIVE_MAX_SUBSCRIPTIONS: '2', LIVE_MAX_BUFFERED_BYTES: '4096', LIVE_MAX_PENDING_EVENTS: '3' }).live)
      .toEqual({ maxConnections: 5, maxSubscriptionsPerConnection: 2, maxBufferedBytes: 4096, maxPendingEvents: 3 });
  });

  it('bounds database statements, lock waits and idle transactions, and the drain on SIGTERM, by default and as set', () => {
    expect(loadConfig({}, '/srv/app')).toMatchObject({ databaseTimeouts: { statementMs: 5000, lockMs: 3000, idleInTransactionMs: 10_000 }, drainMs: 10_000 });
    const set = loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '20000', DATABASE_LOCK_TIMEOUT_MS: '0', DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '60000', SHUTDOWN_DRAIN_MS: '25000' });
    expect(set).toMatchObject({ databaseTimeouts: { statementMs: 20_000, lockMs: 0, idleInTransactionMs: 60_000 }, drainMs: 25_000 });
  });

  it('parses keys once, one-line PEMs included, into key objects and their algorithm', () => {
    const { jwt } = loadConfig({ JWT_PUBLIC_KEY: publicPem.replace(/\n/g, '\\n') });
    expect(jwt.publicKey?.algorithm).toBe('RS256');
    expect(jwt.publicKey?.key.type).toBe('public');
  });

  it.each([
    [{ PORT: '4000x' }, /^PORT must be a whole number from 0 to 65535/],
    [{ PORT: '70000' }, /^PORT must be a whole number/],
    [{ EMBEDDED_PG_PORT: '0' }, /^EMBEDDED_PG_PORT must be a whole number from 1 to 65535/],
    [{ DATABASE_URL: 'mysql://x@localhost/db' }, /^DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL$/],
    [{ JWT_SECRET: 'short' }, /^JWT_SECRET must be at least 32 characters$/],
    [{ JWT_PUBLIC_KEY: 'not a key' }, /^JWT_PUBLIC_KEY is not a PEM public key$/],
    [{ JWT_PUBLIC_KEY: generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString() }, /must be an RSA or P-256 EC key/],
    [{ JWT_PRIVATE_KEY: publicPem }, /^JWT_PRIVATE_KEY is not a PEM private key$/],
    [{ JWT_PUBLIC_KEYS: publicPem }, /^JWT_PUBLIC_KEYS must be a JSON object from key id to PEM public key/],
    [{ JWT_PUBLIC_KEYS: '{}' }, /^JWT_PUBLIC_KEYS must be a JSON object/],
    [{ JWT_PUBLIC_KEYS: JSON.stringify({ k1: publicPem, k2: 'nope' }) }, /^JWT_PUBLIC_KEYS key "k2" is not a PEM public key$/],
    [{ JWT_JWKS_URL: 'ftp://idp.example/jwks' }, /^JWT_JWKS_URL must be a https:\/\/ or http:\/\/ URL$/],
    [{ JWT_MAX_LIFETIME: '1d' }, /^JWT_MAX_LIFETIME must be a whole number of seconds from 60 to 2592000 \(got "1d"\)$/],
    [{ JWT_MAX_LIFETIME: '99999999' }, /^JWT_MAX_LIFETIME must be a whole number of seconds/],
    [{ NODE_ENV: 'production' }, /^NODE_ENV=production needs JWT_PUBLIC_KEY, JWT_PUBLIC_KEYS or JWT_JWKS_URL/],
    [{ NODE_ENV: 'production', JWT_SECRET: SECRET }, /^NODE_ENV=production needs JWT_PUBLIC_KEY/],
    [{ TODAY: '2026-02-30' }, /^TODAY must be a real date written YYYY-MM-DD \(got "2026-02-30"\)$/],
    [{ TODAY: '18/03/2026' }, /^TODAY must be a real date/],
    [{ DATABASE_STATEMENT_TIMEOUT_MS: '5s' }, /^DATABASE_STATEMENT_TIMEOUT_MS must be a whole number of milliseconds from 0 to 3600000 \(got "5s"\)$/],
    [{ DATABASE_LOCK_TIMEOUT_MS: '-1' }, /^DATABASE_LOCK_TIMEOUT_MS must be a whole number of milliseconds/],
    [{ SHUTDOWN_DRAIN_MS: '400000' }, /^SHUTDOWN_DRAIN_MS must be a whole number of milliseconds from 0 to 300000/],
    [{ LIVE_MAX_CONNECTIONS: '0' }, /^LIVE_MAX_CONNECTIONS must be a whole number from 1 to 1000000 \(got "0"\)$/],
    [{ LIVE_MAX_SUBSCRIPTIONS: 'many' }, /^LIVE_MAX_SUBSCRIPTIONS must be a whole number from 1 to 10000 \(got "many"\)$/],
    [{ LIVE_MAX_BUFFERED_BYTES: '1000' }, /^LIVE_MAX_BUFFERED_BYTES must be a whole number from 1024 to 1073741824/],
    [{ LIVE_MAX_PENDING_EVENTS: '-1' }, /^LIVE_MAX_PENDING_EVENTS must be a whole number from 1 to 100000/],
  ])('refuses %j', (env, message) => {
    expect(refusal(env)).toMatch(message);
  });

  it('in production, takes any of the public key settings', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_PUBLIC_KEY: publicPem }).jwt.publicKey?.algorithm).toBe('RS256');
    expect(loadConfig({ NODE_ENV: 'production', JWT_PUBLIC_KEYS: JSON.stringify({ k1: publicPem }) }).jwt.publicKeys?.get('k1')?.algorithm).toBe('RS256');
    expect(loadConfig({ NODE_ENV: 'production', JWT_JWKS_URL: 'https://idp.example/.well-known/jwks.json' }).jwt.jwksUrl).toBe('https://idp.example/.well-known/jwks.json');
    expect(loadConfig({ JWT_MAX_LIFETIME: '3600' }).jwt.maxLifetimeSeconds).toBe(3600);
  });

  it('names every bad variable in one line, never echoing a secret', () => {
    const message = refusal({ JWT_SECRET: 'short-secret-value', TODAY: '2026-13-01', PORT: '-1' });
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/JWT_SECRET/);
    expect(message).toMatch(/TODAY/);
    expect(message).not.toContain('short-secret-value');
  });
});

describe('the built server refuses a bad configuration', () => {
  const dir = tempDir('oversight-config-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['JWT_SECRET under 32 characters', { JWT_SECRET: 'too-short' }, /^cannot start: JWT_SECRET must be at least 32 characters$/],
    ['JWT_PUBLIC_KEY not a PEM key', { JWT_PUBLIC_KEY: 'hello' }, /^cannot start: JWT_PUBLIC_KEY is not a PEM public key$/],
    ['TODAY not a real date', { TODAY: '2026-02-30' }, /^cannot start: TODAY must be a real date written YYYY-MM-DD/],
    ['PORT not a port', { PORT: 'http' }, /^cannot start: PORT must be a whole number/],
    ['DATABASE_URL not a PostgreSQL URL', { DATABASE_URL: 'localhost:5432' }, /^cannot start: DATABASE_URL must be a postgres/],
    ['production without a public key', { NODE_ENV: 'production' }, /^cannot start: NODE_ENV=production needs JWT_PUBLIC_KEY, JWT_PUBLIC_KEYS or JWT_JWKS_URL/],
  ])('%s: one line, exit 1 within 10 s, nothing started', async (_name, env, line) => {
    const dataDir = join(dir, String(Math.random()).slice(2));
    const result = await failedStart({ DATA_DIR: dataDir, JWT_SECRET: SECRET, ...env }, dir);
    expect(result.lines).toEqual([expect.stringMatching(line)]);
    expect(result.code).toBe(1);
    expect(result.ms).toBeLessThan(10_000);
    expect(existsSync(dataDir)).toBe(false); // refused before anything was made, the database included
    expect(processesNaming(dataDir)).toEqual([]);
  });
});
