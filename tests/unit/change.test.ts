import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { LineCollection, LineProps, OblastCollection } from '../../src/data/types';
import { lineChange } from '../../src/geometry/change';
import { deriveLine } from '../../src/geometry/derive';
import { areaKm2, type Areal } from '../../src/geometry/polygons';
import type { Feature } from 'geojson';

const ROOT = join(import.meta.dirname, '../..');
const fx = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures', name), 'utf8'));
const squares = fx('in/two-squares-oblasts.geojson') as OblastCollection;
// One degree by one at the equator on Turf's sphere; the strips below are cut by longitude.
const SQUARE_KM2 = ((Math.PI / 180) * 6371.0088) ** 2 * (Math.sin(Math.PI / 180) / (Math.PI / 180));

const strip = (oblast: string, w: number, e: number, status: LineProps['status'] = 'russian-controlled'): Feature<Areal, LineProps> => ({
  type: 'Feature',
  properties: { status, date: '', oblast, sources: ['fixture'] },
  geometry: { type: 'Polygon', coordinates: [[[w, 0], [e, 0], [e, 1], [w, 1], [w, 0]]] },
});
const fc = (...features: Feature<Areal, LineProps>[]): LineCollection => ({ type: 'FeatureCollection', features });

describe('lineChange on two squares', () => {
  test('an advance in the west square and a retreat in the east one', () => {
    const before = fc(strip('UA-14', 0.5, 1), strip('UA-63', 1.75, 2));
    const after = fc(strip('UA-14', 0.25, 1), strip('UA-63', 1.9, 2));
    const c = lineChange(squares, before, after, '2025-08-15', '2026-08-15');
    expect(c.gainedKm2).toBe(Math.round(SQUARE_KM2 / 4));
    expect(c.lostKm2).toBe(Math.round(SQUARE_KM2 * 0.15));
    expect(c.oblasts).toEqual([
      { iso: 'UA-14', oblast: 'West square', gainedKm2: Math.round(SQUARE_KM2 / 4), lostKm2: 0 },
      { iso: 'UA-63', oblast: 'East square', gainedKm2: 0, lostKm2: Math.round(SQUARE_KM2 * 0.15) },
    ]);
    expect(c.features.features.map((f) => [f.properties.iso, f.properties.kind])).toEqual([['UA-14', 'gained'], ['UA-63', 'lost']]);
  });

  test('a contested area is neither side’s: contested → Russian-controlled counts as gained', () => {
    const before = fc(strip('UA-14', 0.5, 1), strip('UA-14', 0.25, 0.5, 'contested'));
    const after = fc(strip('UA-14', 0.25, 1));
    expect(lineChange(squares, before, after, 'a', 'b').gainedKm2).toBe(Math.round(SQUARE_KM2 / 4));
  });

  test('the same line twice: no change, no feature', () => {
    const l = fc(strip('UA-14', 0.5, 1));
    const c = lineChange(squares, l, l, 'a', 'a');
    expect([c.gainedKm2, c.lostKm2, c.features.features.length, c.oblasts.length]).toEqual([0, 0, 0, 0]);
  });
});

describe('lineChange between the built-in lines', () => {
  const oblasts = JSON.parse(readFileSync(join(ROOT, 'geodata/oblasts.geojson'), 'utf8')) as OblastCollection;
  const read = (d: string) => deriveLine(oblasts, [], JSON.parse(readFileSync(join(ROOT, `geodata/lines/${d}.geojson`), 'utf8')) as LineCollection)!.line;
  const a = read('2022-02-23');
  const b = read('2025-08-15');
  const held = (l: LineCollection, iso: string) =>
    l.features.filter((f) => f.properties.oblast === iso && f.properties.status === 'russian-controlled').reduce((s, f) => s + areaKm2(f.geometry as Areal), 0);
  const c = lineChange(oblasts, a, b, '2022-02-23', '2025-08-15');

  test('per oblast, gained − lost is the change of the Russian-controlled area (within slivers)', () => {
    for (const o of c.oblasts) expect(Math.abs(o.gainedKm2 - o.lostKm2 - (held(b, o.iso) - held(a, o.iso)))).toBeLessThan(2 + c.slivers.areaKm2);
  });

  test('since Feb 2022, Russian forces took most of Luhansk and Kherson’s left bank; nothing of Crimea changed', () => {
    const by = Object.fromEntries(c.oblasts.map((o) => [o.iso, o]));
    expect(by['UA-09']!.gainedKm2).toBeGreaterThan(15_000);
    expect(by['UA-65']!.gainedKm2).toBeGreaterThan(15_000);
    expect(by['UA-43']).toBeUndefined();
    // The reverse direction swaps the words, not the areas.
    const r = lineChange(oblasts, b, a, '2025-08-15', '2022-02-23');
    expect([r.gainedKm2, r.lostKm2]).toEqual([c.lostKm2, c.gainedKm2]);
  });
});
