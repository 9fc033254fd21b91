import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { LineCollection, OblastCollection } from '../../src/data/types';
import type { Scenario } from '../../src/data/scenario';
import { computeSwap, prepare } from '../../src/geometry/swap';

const fx = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures', name), 'utf8'));
const oblasts = fx('in/two-squares-oblasts.geojson') as OblastCollection;
const line = fx('in/two-squares-line.geojson') as LineCollection;
const scenario = (terms: Scenario['terms']): Scenario => ({
  id: 'fixture', title: 't', reported: '2025-08-16', description: 'd', citations: [{ source: 's', title: 't' }], terms,
});
// One degree of longitude by one of latitude at the equator on Turf's sphere (mean radius R = 6,371,008.8 m):
// (π/180 · R)² · sin(1°)/(π/180) km², i.e. the square's area; the splits below are by longitude, so
// halves and quarters are exact.
const SQUARE_KM2 = ((Math.PI / 180) * 6371.0088) ** 2 * (Math.sin(Math.PI / 180) / (Math.PI / 180));

describe('computeSwap on two squares', () => {
  const p = prepare(oblasts, line);

  test('cede the west square, return the east one: areas on paper', () => {
    const r = computeSwap(p, scenario({ 'UA-14': { action: 'cede' }, 'UA-63': { action: 'return' } }));
    expect(r.totals.cedeKm2).toBeCloseTo(SQUARE_KM2 / 2, 0);
    expect(r.totals.returnKm2).toBeCloseTo(SQUARE_KM2 / 4, 0);
    expect(r.totals.ratio).toBe(2);
    expect(r.totals.netRussiaKm2).toBeCloseTo(SQUARE_KM2 / 4, 0);
    expect(r.totals.netUkraineKm2).toBeCloseTo(-SQUARE_KM2 / 4, 0);
    const share = Object.fromEntries(r.parts.features.map((f) => [`${f.properties.iso}:${f.properties.part}`, f.properties.shareOfOblast]));
    expect(share).toEqual({ 'UA-14:cede': 0.5, 'UA-63:return': 0.25 });
    // After the swap Russia holds all of the west square and nothing of the east one.
    const after = Object.fromEntries(r.oblasts.map((o) => [o.iso, o.russianAfterKm2 / o.oblastKm2]));
    expect(after['UA-14']).toBeCloseTo(1, 3);
    expect(after['UA-63']).toBe(0);
  });

  test('freeze keeps the held area and draws the contact line inside the oblast only', () => {
    const r = computeSwap(p, scenario({ 'UA-14': { action: 'freeze' }, 'UA-63': { action: 'freeze' } }));
    expect(r.totals.cedeKm2).toBe(0);
    expect(r.totals.returnKm2).toBe(0);
    expect(r.totals.ratio).toBeNull();
    expect(r.totals.freezeKm2).toBeCloseTo((SQUARE_KM2 * 3) / 4, 0);
    // The west square's held half is bounded by the meridians 0.5 and 1 (the shared border, with
    // Ukrainian-held land beyond it); the east square's strip by the meridian 1.75.
    const lon = Object.fromEntries(r.frozenLine.features.map((f) => [f.properties.iso, [...new Set(f.geometry.coordinates.flat().map((c) => c[0]))].sort()]));
    expect(lon).toEqual({ 'UA-14': [0.5, 1], 'UA-63': [1.75] });
  });

  test('an oblast the scenario does not mention is held, unchanged: not frozen, and its line not drawn as frozen', () => {
    const r = computeSwap(p, scenario({ 'UA-14': { action: 'cede' } }));
    expect(r.totals.freezeKm2).toBe(0);
    expect(r.totals.unchangedKm2).toBeCloseTo(SQUARE_KM2 / 4, 0);
    expect(r.parts.features.filter((f) => f.properties.iso === 'UA-63').map((f) => f.properties.part)).toEqual(['unchanged']);
    expect(r.oblasts.find((o) => o.iso === 'UA-63')).toMatchObject({ freezeKm2: 0, unchangedKm2: r.totals.unchangedKm2 });
    expect(r.frozenLine.features).toEqual([]);
  });

  test('a "within" box returns only the part of the held area inside it', () => {
    const r = computeSwap(p, scenario({ 'UA-63': { action: 'return', within: [1.5, 0.5, 2.5, 1.5] } }));
    // The box holds the northern half of the east square's held strip.
    expect(r.totals.returnKm2).toBeGreaterThan(SQUARE_KM2 / 8 - 5);
    expect(r.totals.returnKm2).toBeLessThan(SQUARE_KM2 / 8 + 5);
    expect(r.oblasts.find((o) => o.iso === 'UA-63')!.freezeKm2).toBeCloseTo(r.totals.returnKm2, -1);
  });

  test('slivers under the threshold are dropped and reported', () => {
    const thin: LineCollection = {
      type: 'FeatureCollection',
      features: [...line.features, { type: 'Feature', properties: { status: 'russian-controlled', date: '2025-08-15', sources: [] }, geometry: { type: 'Polygon', coordinates: [[[0, 0.2], [0.001, 0.2], [0.001, 0.201], [0, 0.201], [0, 0.2]]] } }],
    };
    const r = computeSwap(prepare(oblasts, thin), scenario({ 'UA-14': { action: 'freeze' } }));
    expect(r.totals.slivers.count).toBe(1);
    expect(r.totals.slivers.areaKm2).toBeGreaterThan(0);
    expect(r.totals.slivers.areaKm2).toBeLessThan(0.5);
  });

  test('matches the golden output (REGEN=1 rewrites it)', () => {
    const r = computeSwap(p, scenario({ 'UA-14': { action: 'cede' }, 'UA-63': { action: 'return' } }));
    const golden = join(import.meta.dirname, '../fixtures/out/two-squares-swap.json');
    const got = JSON.parse(JSON.stringify({ parts: r.parts, proposed: r.proposed, proposedLine: r.proposedLine, oblasts: r.oblasts, totals: r.totals }));
    if (process.env.REGEN) writeFileSync(golden, JSON.stringify(got, null, 1) + '\n');
    expect(got).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });
});
