import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// swc, not esbuild: type-graphql and MikroORM read decorator metadata that esbuild does not emit.
export default defineConfig({
  plugins: [swc.vite({ jsc: { transform: { legacyDecorator: true, decoratorMetadata: true } } })],
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    include: ['test/**/*.test.ts'],
    benchmark: { include: ['test/**/*.bench.ts'] },
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
