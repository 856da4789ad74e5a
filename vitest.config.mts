import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig, type Plugin } from 'vitest/config';

const require = createRequire(import.meta.url);

const root = import.meta.dirname;
const globalSetup = join(root, 'test/support/global-setup.ts');
const testSide = ['test/', 'examples/'].map((dir) => join(root, dir));
const built = join(root, 'dist/');

/**
 * Tests load the server and its migrations as tsc built them (dist/, which the global setup builds
 * before any test file starts), natively: vite would otherwise transform and evaluate its 300
 * modules through its RPC in every test file, an eighth of the suite's CPU. The global setup, which
 * runs before that build is done, keeps the sources, and so does watch mode, where dist/ would lag
 * behind each edit.
 */
function builtServer(): Plugin {
  let watching = false;
  return {
    name: 'built-server',
    enforce: 'pre',
    configureVitest({ vitest }) {
      watching = vitest.config.watch;
    },
    resolveId(source, importer) {
      if (watching || !importer || importer === globalSetup || !source.startsWith('.')) return null;
      if (!testSide.some((dir) => importer.startsWith(dir))) return null; // src/ and migrations/ import each other as written
      const target = relative(root, resolve(dirname(importer), source));
      if (!/^(src|migrations)(\/|$)/.test(target)) return null;
      const module = target.replace(/\.ts$/, '');
      return join(built, existsSync(join(root, `${module}.ts`)) ? `${module}.js` : `${module}/index.js`);
    },
  };
}

// swc, not esbuild: type-graphql and MikroORM read decorator metadata that esbuild does not emit.
export default defineConfig({
  // One instance of each package whose classes cross between tests and the server, the CommonJS one
  // the built server loads: vite would otherwise hand tests ESM builds of their own, and graphql
  // refuses another instance's types, CASL's ForbiddenError is not another's.
  resolve: {
    alias: [
      ...['graphql', 'type-graphql', '@casl/ability', '@casl/ability/extra'].map((name) => ({ find: new RegExp(`^${name}$`), replacement: require.resolve(name) })),
      // graphql's own module the planned read path shares with its executor: not exported from its index.
      { find: /^graphql\/execution\/collectFields$/, replacement: require.resolve('graphql/execution/collectFields') },
    ],
  },
  plugins: [builtServer(), swc.vite({ jsc: { transform: { legacyDecorator: true, decoratorMetadata: true } } })],
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    server: { deps: { external: [/\/dist\/(src|migrations)\//] } }, // what builtServer() points at, loaded by Node
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    // Two files a core: many tests spend seconds waiting (fault injection, timeouts, a second server
    // starting), and another file's work fills that wait (on 2 cores, 5.4 min against 5.6 with three).
    poolOptions: { forks: { maxForks: availableParallelism() * 2 } },
    // The servers tests start log only errors; the observability tests give theirs a logger of their own.
    env: { LOG_LEVEL: 'error' },
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
