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

/**
 * The page's Content-Security-Policy (issue #14): every script, style, font and worker is a file
 * of the build on the page's own origin; nothing is inlined or evaluated, and the page loads
 * nothing from anywhere else. Set as a `<meta>` in the built page (static hosts may not let us
 * set headers) and as a header by `npm start`.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // No 'unsafe-inline' or 'unsafe-eval': the entry and its chunks are files (index.html has no
  // inline script), and neither MapLibre nor the app evaluates strings as code.
  "script-src 'self'",
  // Stylesheets are files. Inline styles set through the CSSOM (el.style, as MapLibre and the
  // "Loading the map…" note do) are not governed by style-src; a style="" attribute in markup,
  // or a <style> element, would be refused.
  "style-src 'self'",
  // data: for the favicon and the SVG icons in MapLibre's stylesheet (the zoom buttons, the
  // attribution's (i)). Nothing else is an image: the fill patterns are added as pixel arrays.
  "img-src 'self' data:",
  // The Noto Sans files are emitted as files (assetsInlineLimit: 0), not inlined as data:.
  "font-src 'self'",
  // The geodata and the glyph PBFs are fetched from the page's origin; a loaded line is read
  // from its File, not fetched.
  "connect-src 'self'",
  // MapLibre's worker (setWorkerUrl: a same-origin file, started as a module worker) and the
  // app's own module worker (new Worker(new URL(…, import.meta.url), { type: 'module' }),
  // emitted by Vite as a file) are on the page's origin. No blob: or data: worker is built.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Put the policy into a page, right after `<meta charset>`: a `<meta>` policy only governs what
 * comes after it, so it must precede every script, stylesheet and icon. Throws when the page
 * has no `<meta charset>`, so that a build can never ship without its policy.
 */
export function withCsp(html: string, policy: string = CONTENT_SECURITY_POLICY): string {
  const charset = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i.exec(html);
  if (!charset) throw new Error('index.html has no <meta charset>: cannot place the Content-Security-Policy before its resources');
  const content = policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}\n    <meta http-equiv="Content-Security-Policy" content="${content}" />${html.slice(at)}`;
}

/**
 * The policy in the production build only: Vite's dev server injects inline scripts and
 * styles (its client, hot reload), which the policy would refuse.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'swapmap:content-security-policy',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => withCsp(html) },
  };
}

/** What `npm start` (vite preview) sends with every file, as a careful static host would. */
export const PREVIEW_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

// geodata/static holds files that must keep a fixed URL (glyph PBFs are fetched by a
// {fontstack}/{range} template, so they cannot be content-hashed by the bundler).
export default defineConfig({
  base: './',
  publicDir: 'geodata/static',
  plugins: [trimMaplibreCss(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', headers: PREVIEW_HEADERS },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Geometry checks over whole oblasts take seconds on a busy 2-core machine.
    testTimeout: 60_000,
  },
});
