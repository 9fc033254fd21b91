import { defineConfig, type Plugin } from 'vitest/config';

/**
 * MapLibre's stylesheet carries inline SVG icons for every control it has: 39 data URIs, 52 KB
 * of its 72 KB, three of them MapLibre's logo. The map uses the zoom buttons and the
 * attribution only, so the rules of the logo and of the compass, geolocate, fullscreen, terrain
 * and globe buttons are dropped from the bundle: 72 → 23 KB, 7.5 KiB gzip of every first visit.
 */
export const UNUSED_MAPLIBRE_CONTROLS = /maplibregl-ctrl-(logo|compass|geolocate|fullscreen|shrink|terrain|globe)\b/;

/**
 * Drop the selectors of unused controls from a stylesheet: innermost rules only (also those
 * inside @media); each selector of a list is kept or dropped on its own, and a rule goes when
 * none of its selectors is left.
 */
export function dropUnusedControls(css: string): string {
  return css.replace(/([^{}]+)\{([^{}]*)\}/g, (rule: string, selectors: string, body: string) => {
    if (!UNUSED_MAPLIBRE_CONTROLS.test(selectors)) return rule;
    const kept = selectors.split(',').filter((s) => !UNUSED_MAPLIBRE_CONTROLS.test(s));
    return kept.length ? `${kept.join(',')}{${body}}` : '';
  });
}

function trimMaplibreCss(): Plugin {
  return {
    name: 'swapmap:trim-maplibre-css',
    transform(code, id) {
      return /maplibre-gl\/dist\/maplibre-gl\.css$/.test(id) ? { code: dropUnusedControls(code), map: null } : null;
    },
  };
}

// geodata/static holds files that must keep a fixed URL (glyph PBFs are fetched by a
// {fontstack}/{range} template, so they cannot be content-hashed by the bundler).
export default defineConfig({
  base: './',
  publicDir: 'geodata/static',
  plugins: [trimMaplibreCss()],
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
