import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { dropUnusedControls, UNUSED_MAPLIBRE_CONTROLS } from '../../vite.config';

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
