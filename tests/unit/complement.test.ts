import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { complementWithin } from '../../src/geometry/complement';
import { areaKm2, polygonsOf, subtract, type Areal } from '../../src/geometry/polygons';
import { minusPart, prepare } from '../../src/geometry/swap';
import type { LineCollection, OblastCollection } from '../../src/data/types';

const ROOT = join(import.meta.dirname, '../..');
const poly = (...rings: Position[][]): Polygon => ({ type: 'Polygon', coordinates: rings.map((r) => [...r, r[0]!]) });
/** Area of what two geometries do not have in common, km². */
const symDiff = (a: Areal | null, b: Areal | null) => areaKm2(subtract(a, b)) + areaKm2(subtract(b, a));
const rings = (g: Areal | null | undefined) => (g ? polygonsOf(g).map((p) => p.length) : g);

describe('complementWithin (outer − inner, inner cut out of outer)', () => {
  const outer = poly([[0, 0], [4, 0], [4, 4], [0, 4]]);

  test('an inner square on an edge: an L-shaped remainder, same as Turf', () => {
    const inner = poly([[0, 0], [2, 0], [2, 2], [0, 2]]);
    const r = complementWithin(outer, inner)!;
    expect(rings(r)).toEqual([1]);
    expect(areaKm2(r)).toBeCloseTo(areaKm2(outer) - areaKm2(inner), 6);
    expect(symDiff(r, subtract(outer, inner))).toBeLessThan(1e-6);
  });

  test('an island inside becomes a hole', () => {
    const inner = poly([[1, 1], [2, 1], [2, 2], [1, 2]]);
    const r = complementWithin(outer, inner)!;
    expect(rings(r)).toEqual([2]);
    expect(symDiff(r, subtract(outer, inner))).toBeLessThan(1e-6);
  });

  test('an inner strip across the whole: two pieces', () => {
    const inner = poly([[0, 1], [4, 1], [4, 2], [0, 2]]);
    const r = complementWithin(outer, inner)!;
    expect(r.type).toBe('MultiPolygon');
    expect(rings(r)).toEqual([1, 1]);
    expect(symDiff(r, subtract(outer, inner))).toBeLessThan(1e-6);
  });

  test('vertices of one on the edges of the other (T-junctions), and an inner ring the other way round', () => {
    // The outer edge (0,0)→(4,0) has no vertex at 1 or 3; the inner one is clockwise.
    const inner: Polygon = { type: 'Polygon', coordinates: [[[1, 0], [1, 1], [3, 1], [3, 0], [2, 0], [1, 0]]] };
    const r = complementWithin(outer, inner)!;
    expect(areaKm2(r)).toBeCloseTo(areaKm2(outer) - areaKm2(inner), 6);
    expect(symDiff(r, subtract(outer, inner))).toBeLessThan(1e-6);
  });

  test('two inner pieces touching the outer boundary at one point each, and each other', () => {
    const inner: Areal = {
      type: 'MultiPolygon',
      coordinates: [poly([[0, 0], [2, 0], [2, 2]]).coordinates, poly([[2, 2], [4, 2], [4, 4]]).coordinates],
    };
    const r = complementWithin(outer, inner)!;
    expect(symDiff(r, subtract(outer, inner))).toBeLessThan(1e-6);
    expect(areaKm2(r)).toBeCloseTo(areaKm2(outer) - areaKm2(inner), 6);
  });

  test('nothing inside: the outer as it is; everything inside: nothing', () => {
    expect(complementWithin(outer, null)).toBe(outer);
    expect(complementWithin(outer, outer)).toBeNull();
  });

  test('an inner polygon that sticks out: no answer (the caller falls back to Turf)', () => {
    const inner = poly([[3, 3], [5, 3], [5, 5], [3, 5]]);
    expect(complementWithin(outer, inner)).toBeUndefined();
    expect(symDiff(minusPart(outer, inner), subtract(outer, inner))).toBeLessThan(1e-6);
  });
});

describe('on the project files', () => {
  const oblasts = JSON.parse(readFileSync(join(ROOT, 'geodata/oblasts.geojson'), 'utf8')) as OblastCollection;
  const line = JSON.parse(readFileSync(join(ROOT, 'geodata/lines/2025-08-15.geojson'), 'utf8')) as LineCollection;
  const p = prepare(oblasts, line);

  test('every oblast minus its Russian-held part: the edge method answers, and matches Turf to 0.01 km²', () => {
    for (const o of oblasts.features) {
      const held = p.controlled.get(o.properties.iso) ?? null;
      const fast = complementWithin(o.geometry, held);
      expect(fast, o.properties.iso).not.toBeUndefined();
      expect(symDiff(fast ?? null, subtract(o.geometry, held)), o.properties.iso).toBeLessThan(0.01);
    }
  });
});
