import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// swc, not esbuild: type-graphql and MikroORM read decorator metadata that esbuild does not emit.
export default defineConfig({
  // One graphql instance, the CommonJS one that Apollo and MikroORM load: vite would otherwise hand
  // our sources and type-graphql ESM builds of their own, and graphql refuses another instance's types.
  resolve: {
    alias: [
      ...['graphql', 'type-graphql'].map((name) => ({ find: new RegExp(`^${name}$`), replacement: require.resolve(name) })),
      // graphql's own module the planned read path shares with its executor: not exported from its index.
      { find: /^graphql\/execution\/collectFields$/, replacement: require.resolve('graphql/execution/collectFields') },
    ],
  },
  plugins: [swc.vite({ jsc: { transform: { legacyDecorator: true, decoratorMetadata: true } } })],
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    // Two files a core: many tests spend seconds waiting (fault injection, timeouts, a second server
    // starting), and another file's work fills that wait. On 2 cores the suite takes 3.7 min, not 6.3.
    poolOptions: { forks: { maxForks: availableParallelism() * 2 } },
    // The servers tests start log only errors; the observability tests give theirs a logger of their own.
    env: { LOG_LEVEL: 'error' },
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
