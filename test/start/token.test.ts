import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createVerifier } from '../../src/auth/jwt';
import { loadConfig } from '../../src/config';
import { PATH, ROOT, SECRET, tempDir } from './helpers';
const dir = tempDir('oversight-token-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(file: string, args: string[], env: Record<string, string>): Promise<{ stdout: string; stderr: string; code: number; ms: number }> {
  const began = Date.now();
  return new Promise((resolve) => {
    execFile(file, args, { cwd: ROOT, env: { PATH, ...env }, timeout: 30_000 }, (error, stdout, stderr) =>
      resolve({ stdout, stderr, code: error ? Number(error.code ?? 1) : 0, ms: Date.now() - began }));
  });
}

const JWT_LINE = /^[\w-]+\.[\w-]+\.[\w-]+\n$/;

describe('npm run token', () => {
  it('prints only the token on stdout with npm -s, quickly once the build is current', async () => {
    const env = { JWT_SECRET: SECRET, DATA_DIR: join(dir, 'data') };
    const result = await run('npm', ['run', '-s', 'token', '--', '--role', 'TRUST', '--org', 'RN1'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(JWT_LINE);
    expect(await createVerifier(loadConfig(env).jwt).verify(result.stdout.trim())).toMatchObject({ role: 'TRUST', org: 'RN1' });
    expect(result.ms).toBeLessThan(3000); // no full tsc build: about 0.6 s
  });

  it('signs with DATA_DIR/jwt-secret when JWT_SECRET is unset', async () => {
    const env = { DATA_DIR: join(dir, 'generated') };
    const result = await run(process.execPath, [join(ROOT, 'dist', 'src', 'auth', 'token-cli.js'), '--role', 'REGULATOR'], env);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(JWT_LINE);
    expect(await createVerifier(loadConfig(env).jwt).verify(result.stdout.trim())).toMatchObject({ role: 'REGULATOR', org: 'CQC' });
  });

  it('mints iat, and refuses a lifetime longer than the server accepts (JWT_MAX_LIFETIME)', async () => {
    const cli = join(ROOT, 'dist', 'src', 'auth', 'token-cli.js');
    const env = { JWT_SECRET: SECRET };
    const day = await run(process.execPath, [cli, '--role', 'REGULATOR', '--expires', '1d'], env);
    expect(day).toMatchObject({ code: 0, stderr: '' });
    const { iat, exp } = JSON.parse(Buffer.from(day.stdout.split('.')[1], 'base64url').toString());
    expect(exp - iat).toBe(86400);
    expect(await createVerifier(loadConfig(env).jwt).verify(day.stdout.trim())).toMatchObject({ role: 'REGULATOR' });
    expect(await run(process.execPath, [cli, '--role', 'REGULATOR', '--expires', '7d'], env)).toMatchObject({
      code: 2, stdout: '', stderr: 'token: --expires 7d is longer than the server accepts (JWT_MAX_LIFETIME, 86400 s)\n',
    });
    expect(await run(process.execPath, [cli, '--role', 'REGULATOR', '--expires', '2h'], { ...env, JWT_MAX_LIFETIME: '3600' })).toMatchObject({ code: 2, stdout: '' });
  });

  it('refuses a bad configuration with one line on stderr and nothing on stdout', async () => {
    const result = await run(process.execPath, [join(ROOT, 'dist', 'src', 'auth', 'token-cli.js'), '--role', 'REGULATOR'], { JWT_SECRET: 'short' });
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: 'token: JWT_SECRET must be at least 32 characters\n' });
  });
});

describe('npm itself', () => {
  it('still reports its own errors (no loglevel=silent)', async () => {
    const result = await run('npm', ['run', 'no-such-script'], {});
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('Missing script: "no-such-script"');
  });
});
