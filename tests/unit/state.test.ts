import { describe, expect, test } from 'vitest';
import { DEFAULT_STATE, parseHash, serializeHash, setLayer } from '../../src/state/state';

describe('URL hash state', () => {
  test('round-trips a full state', () => {
    const s = { ...DEFAULT_STATE, camera: { center: [37.5512, 48.7211] as [number, number], zoom: 8.25 }, layers: setLayer(DEFAULT_STATE, 'pre2022', true).layers, scenario: 'nov-2025', compare: 'swipe' as const };
    expect(parseHash(serializeHash(s))).toEqual(s);
  });

  test('serialises the default view to a stable string', () => {
    expect(serializeHash(DEFAULT_STATE)).toBe('#map=5.9/48.35/35.6&layers=line,cede,freeze,return&scenario=aug-2025&line=2025-08-15&compare=off');
  });

  test('falls back to defaults for garbage, without throwing', () => {
    for (const h of ['', '#', '#map=abc', '#map=99/1/2', '#map=5/95/10', '#layers=<script>', '#scenario=../../etc', '#compare=up', '#line=2025-13', '%%%', '#map=5/48/36/7']) {
      const s = parseHash(h);
      expect(s.scenario).toBe(DEFAULT_STATE.scenario);
      expect(s.compare).toBe(DEFAULT_STATE.compare);
      expect(s.layers).toEqual(DEFAULT_STATE.layers);
    }
    expect(parseHash('#map=abc').camera).toEqual(DEFAULT_STATE.camera);
  });

  test('an empty layers value means no overlays', () => {
    expect(parseHash('#layers=').layers).toEqual([]);
  });

  test('keeps overlays in panel order and drops unknown names', () => {
    expect(parseHash('#layers=return,bogus,line').layers).toEqual(['line', 'return']);
  });
});
