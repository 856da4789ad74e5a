import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createNetServer } from 'node:net';
import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };
import { Client } from 'pg';
import { setToday } from '../../src/clock';
import { openDatabase } from '../../src/db/database';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded';
import { seedDemoData } from '../../src/db/seed';
import { TEST_TODAY } from './today';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    emptyTemplate: string;
    demoTemplate: string;
  }
}

function build(): Promise<string> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join('node_modules', 'typescript', 'bin', 'tsc'), '-b', 'tsconfig.build.json'], { timeout: 120_000 }, (error, stdout, stderr) =>
      resolve(error ? `${error.message}\n${stdout}${stderr}`.trim() : ''));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

export const databaseUrl = (serverUrl: string, name: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

async function admin<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * One PostgreSQL server for the run (DATABASE_URL's, else an embedded one), and two template
 * databases built from migrations/: empty, and with the demo data of TEST_TODAY. Each test file
 * clones one into a database of its own, so files run in parallel.
 */
export default async function setup(project: TestProject) {
  const built = build(); // alongside the templates, which take longer
  let embedded: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    dataDir = mkdtempSync(join(tmpdir(), 'oversight-test-pg-'));
    embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
    serverUrl = embedded.url;
  }
  const suffix = `${process.pid}_${Date.now()}`;
  const emptyTemplate = `tpl_empty_${suffix}`;
  const demoTemplate = `tpl_demo_${suffix}`;
  const tearDown = async () => {
    if (!embedded) {
      await admin(serverUrl!, async (c) => {
        for (const name of [emptyTemplate, demoTemplate]) await c.query(`drop database if exists "${name}" with (force)`);
      });
    }
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const empty = await openDatabase(databaseUrl(serverUrl, emptyTemplate));
    await empty.close();
    await admin(serverUrl, (c) => c.query(`create database "${demoTemplate}" template "${emptyTemplate}"`));
    setToday(TEST_TODAY);
    const demo = await openDatabase(databaseUrl(serverUrl, demoTemplate));
    await seedDemoData(demo.em.fork());
    await demo.close();
    // Test files load the server as tsc built it (vitest.config.mts): a failed build stops the run.
    const buildError = await built;
    if (buildError !== '') throw new Error(`tsc -b tsconfig.build.json failed:\n${buildError}`);
  } catch (error) {
    await tearDown();
    throw error;
  }

  project.provide('serverUrl', serverUrl);
  project.provide('emptyTemplate', emptyTemplate);
  project.provide('demoTemplate', demoTemplate);
  return tearDown;
}
