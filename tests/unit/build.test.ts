import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, dropUnusedControls, PREVIEW_HEADERS, UNUSED_MAPLIBRE_CONTROLS, withCsp } from '../../vite.config';

const css = readFileSync(createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.css'), 'utf8');
/** Every selector of every innermost rule, as written. */
const selectors = (s: string) => [...s.matchAll(/([^{}]+)\{[^{}]*\}/g)].flatMap((m) => m[1]!.split(',').map((x) => x.trim()));

describe("the build's trim of MapLibre's stylesheet", () => {
  const out = dropUnusedControls(css);

  test('drops every rule of the unused controls and most of the bytes', () => {
    expect(selectors(css).some((s) => UNUSED_MAPLIBRE_CONTROLS.test(s))).toBe(true);
    expect(selectors(out).some((s) => UNUSED_MAPLIBRE_CONTROLS.test(s))).toBe(false);
    expect(out.length).toBeLessThan(css.length * 0.4);
  });

  test('keeps every other selector, including those listed beside a dropped one', () => {
    const kept = new Set(selectors(out));
    const missing = selectors(css).filter((s) => !UNUSED_MAPLIBRE_CONTROLS.test(s) && !kept.has(s));
    expect(missing).toEqual([]);
    // The grab cursor shares its rule with the compass button.
    expect(kept.has('.maplibregl-canvas-container.maplibregl-interactive')).toBe(true);
    for (const used of ['.maplibregl-ctrl button.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon', '.maplibregl-ctrl-attrib-button']) expect(kept.has(used)).toBe(true);
  });
});

describe("the build's Content-Security-Policy", () => {
  const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)] as const));

  test('allows no inline or evaluated script, and only same-origin scripts and workers', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval|hashes)|strict-dynamic|\*/);
    // A Vite module worker of the app's own is a file on the page's origin.
    expect(directives.get('worker-src')).toContain("'self'");
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });

  test('uses no directive that a <meta> policy ignores (the browser would log an error for it)', () => {
    for (const d of ['frame-ancestors', 'report-uri', 'report-to', 'sandbox']) expect(directives.has(d)).toBe(false);
  });

  test('is placed right after <meta charset>, before every resource of the page, attribute-escaped', () => {
    const page = '<!doctype html><html><head>\n    <meta charset="utf-8" />\n    <link rel="icon" href="x.svg" /><script type="module" src="./a.js"></script></head></html>';
    const out = withCsp(page, `default-src 'self'; img-src "x" &`);
    const meta = '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; img-src &quot;x&quot; &amp;" />';
    expect(out.indexOf(meta)).toBeGreaterThan(out.indexOf('<meta charset'));
    expect(out.indexOf(meta)).toBeLessThan(out.indexOf('<link'));
    expect(out.replace(`\n    ${meta}`, '')).toBe(page);
    expect(withCsp(page)).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
  });

  test('refuses a page without <meta charset> rather than ship it without a policy', () => {
    expect(() => withCsp('<html><head><script src="a.js"></script></head></html>')).toThrow(/no <meta charset>/);
  });

  test('`npm start` sends the same policy as a header, with nosniff and no-referrer', () => {
    expect(PREVIEW_HEADERS).toEqual({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
  });
});
