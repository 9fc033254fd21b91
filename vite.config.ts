import { defineConfig } from 'vitest/config';

// geodata/static holds files that must keep a fixed URL (glyph PBFs are fetched by a
// {fontstack}/{range} template, so they cannot be content-hashed by the bundler).
export default defineConfig({
  base: './',
  publicDir: 'geodata/static',
  build: {
    target: 'es2022',
    outDir: 'dist',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Geometry checks over whole oblasts take seconds on a busy 2-core machine.
    testTimeout: 60_000,
  },
});
