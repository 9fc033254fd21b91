import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { LineCollection, OblastCollection } from '../../src/data/types';
import type { Scenario } from '../../src/data/scenario';
import { creditLine, creditUrlProblem, defaultCreditUrl, MAX_CREDIT_URL_LENGTH } from '../../src/export/credit';
import { edgeGuards, fitCamera, unproject, viewBounds, type Bounds } from '../../src/export/frame';
import { movedBounds, movedLabelPoints } from '../../src/geometry/moved';
import { computeSwap, prepare } from '../../src/geometry/swap';
import { VIEW_LIMITS } from '../../src/state/state';

const read = (p: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../..', p), 'utf8'));
const aug = computeSwap(
  prepare(read('geodata/oblasts.geojson') as OblastCollection, read('geodata/lines/2025-08-15.geojson') as LineCollection),
  read('geodata/scenarios/aug-2025.json') as Scenario,
);
const inside = (inner: Bounds, outer: Bounds, eps = 1e-9) =>
  inner[0] >= outer[0] - eps && inner[1] >= outer[1] - eps && inner[2] <= outer[2] + eps && inner[3] <= outer[3] + eps;
const limitsBox: Bounds = [VIEW_LIMITS.maxBounds[0][0], VIEW_LIMITS.maxBounds[0][1], VIEW_LIMITS.maxBounds[1][0], VIEW_LIMITS.maxBounds[1][1]];

describe('the area of change of a scenario', () => {
  test('aug-2025 moves land from the Sumy pockets (51° N) to southern Donetsk (48° N), between 33° and 40° E', () => {
    const b = movedBounds(aug)!;
    expect(b[0]).toBeGreaterThan(33);
    expect(b[2]).toBeLessThan(40);
    expect(b[1]).toBeGreaterThan(47);
    expect(b[3]).toBeGreaterThan(51);
    expect(b[3]).toBeLessThan(52.5);
  });

  test('one label point per moved part, inside its largest polygon, carrying the headline total', () => {
    const pts = movedLabelPoints(aug).features;
    expect(pts.map((f) => f.properties)).toEqual([
      { part: 'cede', totalKm2: aug.totals.cedeKm2 },
      { part: 'return', totalKm2: aug.totals.returnKm2 },
    ]);
    const [cede] = pts;
    // Kramatorsk–Sloviansk, in the Ukrainian-held part of Donetsk oblast.
    expect(cede!.geometry.coordinates[0]).toBeCloseTo(37.5, 0);
    expect(cede!.geometry.coordinates[1]).toBeCloseTo(48.7, 0);
  });

  test('a scenario that moves nothing has no area of change', () => {
    const none = computeSwap(prepare(read('geodata/oblasts.geojson'), read('geodata/lines/2025-08-15.geojson')), { ...(read('geodata/scenarios/aug-2025.json') as Scenario), terms: {} });
    expect(movedBounds(none)).toBeNull();
    expect(movedLabelPoints(none).features).toEqual([]);
  });
});

describe('fitCamera', () => {
  const card = { width: 840, height: 630 };
  test('shows the bounds whole, with the margin, inside the base map', () => {
    const b = movedBounds(aug)!;
    const cam = fitCamera(b, card, VIEW_LIMITS, 0.04);
    const seen = viewBounds(cam, card);
    expect(inside(b, seen)).toBe(true);
    expect(inside(seen, limitsBox)).toBe(true);
    // Fitted, not merely inside: the bounds with their margin touch two sides of the view.
    const tighter = viewBounds({ ...cam, zoom: cam.zoom + 0.15 }, card);
    expect(inside(b, tighter)).toBe(false);
  });

  test('bounds by the edge of the base map: the view is moved inside it, never beyond (no flat letterbox)', () => {
    const cam = fitCamera([20.2, 42.2, 21, 43], card, VIEW_LIMITS);
    expect(inside(viewBounds(cam, card), limitsBox)).toBe(true);
    // All of Europe in a wide image: zoomed in until the view fits in the base map.
    const wide = fitCamera([0, 30, 60, 70], { width: 2000, height: 400 }, VIEW_LIMITS);
    expect(inside(viewBounds(wide, { width: 2000, height: 400 }), limitsBox, 1e-6)).toBe(true);
  });

  test('a tiny area is not zoomed past the limit', () => {
    expect(fitCamera([36, 48, 36.001, 48.001], card, { ...VIEW_LIMITS, maxZoom: 9 }).zoom).toBe(9);
  });
});

describe('edge guards', () => {
  test('points half a pixel inside every edge (from corner to corner), each pushing its icon outwards', () => {
    const size = { width: 840, height: 630 };
    const cam = { center: [36.5, 49.5] as [number, number], zoom: 7.3 };
    const g = edgeGuards(cam, size);
    const [w, s, e, n] = viewBounds(cam, size);
    for (const f of g.features) {
      const [x, y] = f.geometry.coordinates as [number, number];
      expect(x).toBeGreaterThanOrEqual(w);
      expect(x).toBeLessThanOrEqual(e);
      expect(y).toBeGreaterThanOrEqual(s);
      expect(y).toBeLessThanOrEqual(n);
    }
    const left = g.features.filter((f) => f.properties.anchor === 'right');
    expect(left.every((f) => Math.abs(f.geometry.coordinates[0]! - unproject(cam, size, 0.5, 0)[0]) < 1e-9)).toBe(true);
    // No gap between guards wider than one guard: consecutive points at most 48 px apart.
    expect(left.length).toBeGreaterThanOrEqual(Math.ceil(630 / 48) + 1);
    expect(new Set(g.features.map((f) => f.properties.anchor))).toEqual(new Set(['left', 'right', 'top', 'bottom']));
  });
});

describe('the credit', () => {
  test('names swapmap and the method & sources address', () => {
    expect(creditLine('https://example.org/swapmap/#about')).toBe('Made with swapmap. Method & sources: https://example.org/swapmap/#about');
    expect(creditLine(null)).toBe('Made with swapmap; method & sources in its About page.');
    expect(creditLine(null)).not.toMatch(/README/);
  });
  test('the default address is the page with #about; none for a page on this machine', () => {
    expect(defaultCreditUrl('https://news.example/maps/swapmap/?embed=1#map=6/48/37&layers=line')).toBe('https://news.example/maps/swapmap/?embed=1#about');
    expect(defaultCreditUrl('http://127.0.0.1:4173/#map=6/48/37')).toBeNull();
    expect(defaultCreditUrl('http://localhost:5173/')).toBeNull();
    expect(defaultCreditUrl('file:///tmp/index.html')).toBeNull();
  });
  test('only an http(s) address without spaces, of at most 300 characters, is printed', () => {
    expect(creditUrlProblem('https://example.org/swapmap/#about')).toBeNull();
    expect(creditUrlProblem('javascript:alert(1)')).toMatch(/must start with https:\/\/ or http:\/\//);
    expect(creditUrlProblem('swapmap.example')).toMatch(/is not an address/);
    expect(creditUrlProblem('https://example.org/a b')).toMatch(/spaces/);
    expect(creditUrlProblem(`https://example.org/${'x'.repeat(MAX_CREDIT_URL_LENGTH)}`)).toMatch(/at most 300/);
  });
});
