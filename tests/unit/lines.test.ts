// Checks the authored front lines (geodata/lines/) against the figures published about them.
// Every bound below comes from the one table TARGETS; areas are computed with Turf against
// geodata/oblasts.geojson, the same polygons the app uses.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

type Area = Feature<Polygon | MultiPolygon, { status: string; date: string; oblast: string; sources: string[] }>;
type Oblast = Feature<Polygon | MultiPolygon, { iso: string; name?: string }>;
interface Check { name: string; side: 'ru' | 'ua'; lon: number; lat: number; geonameid: number | null }

const ROOT = path.resolve(__dirname, '../..');
const readJson = <T>(p: string): T => JSON.parse(fs.readFileSync(path.join(ROOT, p), 'utf8')) as T;

/**
 * The published figures the lines must reproduce. Shares are % of the oblast polygon in
 * geodata/oblasts.geojson (for Kherson that polygon is land plus the river, ~26,100 km²).
 */
const TARGETS = {
  // Map shown in the Oval Office, 18 Aug 2025 (Luhansk 99 %, Donetsk 76 %, Zaporizhzhia 73 %, Kherson 73 %);
  // Luhansk refined with DeepState's 99.4 % of mid-Aug 2025; Donetsk from "Ukraine holds about a quarter"
  // (Reuters/FT 16 Aug 2025: ~6,600 km² of 26,517). Tolerance: ±1.5 percentage points.
  sharePct: { 'UA-09': 99.4, 'UA-14': 75.5, 'UA-23': 73, 'UA-65': 72.5 } as Record<string, number>,
  sharePctTolerance: 1.5,
  // Parapolitika ~9 Aug 2025: Kharkiv 1,175 km², Sumy 207 km², "an insignificant area" of Dnipropetrovsk.
  kharkivKm2: [1150, 1350],
  sumyKm2: [180, 240],
  dnipropetrovskMaxKm2: 20,
  // Ukrainian-held Donetsk + Luhansk: Reuters/FT 16 Aug 2025 ~6,600 km²; NYT 17 Aug 2025 ~6,730 km².
  uaHeldDonbasKm2: [6300, 6900],
  // Russian-held share of Donbas: Reuters factbox ~88 %; NYT (DeepState data) ~87 %.
  donbasRuPct: [86, 89],
  // Before 24 Feb 2022. Crimea + Sevastopol ~27,000 km² (official 26,081 + 864); ORDLO approximate:
  // ~16,800 km² is the commonly cited size (~7 % of Ukraine together with Crimea, ~43,000 km²).
  crimeaKm2: [26200, 27800],
  ordloKm2: [15500, 18000],
  // Geometry: outside Ukraine < 0.1 km²; 2022 area outside the 2025 area < 1 km².
  outsideUkraineMaxKm2: 0.1,
  nestingMaxKm2: 1,
  minChecks: 40,
} as const;

const km2 = (f: Feature<Polygon | MultiPolygon> | null): number => (f ? turf.area(f) / 1e6 : 0);
const oblasts = readJson<FeatureCollection<Polygon | MultiPolygon, { iso: string }>>('geodata/oblasts.geojson').features as Oblast[];
const oblast = (iso: string): Oblast => {
  const f = oblasts.find((o) => o.properties.iso === iso);
  if (!f) throw new Error(`no oblast ${iso}`);
  return f;
};
const lines = {
  '2025-08-15': readJson<FeatureCollection>('geodata/lines/2025-08-15.geojson').features as Area[],
  '2022-02-23': readJson<FeatureCollection>('geodata/lines/2022-02-23.geojson').features as Area[],
};
const waypoints = {
  '2025-08-15': readJson<{ checks: Check[] }>('geodata/lines/waypoints-2025-08-15.json'),
  '2022-02-23': readJson<{ checks: Check[] }>('geodata/lines/waypoints-2022-02-23.json'),
};
const ru = (date: keyof typeof lines, iso: string): number =>
  km2(lines[date].find((f) => f.properties.oblast === iso && f.properties.status === 'russian-controlled') ?? null);
const union = (fs_: Feature<Polygon | MultiPolygon>[]): Feature<Polygon | MultiPolygon> | null =>
  fs_.length === 0 ? null : fs_.length === 1 ? fs_[0]! : turf.union(turf.featureCollection(fs_));
const polygonsOf = (f: Feature<Polygon | MultiPolygon>): Feature<Polygon>[] =>
  f.geometry.type === 'Polygon' ? [turf.polygon(f.geometry.coordinates)] : f.geometry.coordinates.map((c) => turf.polygon(c));

describe('front line files: schema', () => {
  for (const [date, features] of Object.entries(lines)) {
    test(`${date}: one feature per oblast per status, sorted, with date and sources`, () => {
      const keys = features.map((f) => `${f.properties.oblast}|${f.properties.status}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect([...keys].sort()).toEqual(keys);
      for (const f of features) {
        expect(Object.keys(f.properties)).toEqual(['status', 'date', 'oblast', 'sources']);
        expect(['russian-controlled', 'contested']).toContain(f.properties.status);
        expect(f.properties.date).toBe(date);
        expect(f.properties.oblast).toMatch(/^UA-\d\d$/);
        expect(f.properties.sources.length).toBeGreaterThan(0);
        expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
      }
    });
  }

  test('2025-08-15 covers every oblast of the front, Crimea, Sevastopol and the Kinburn spit', () => {
    const isos = new Set(lines['2025-08-15'].filter((f) => f.properties.status === 'russian-controlled').map((f) => f.properties.oblast));
    for (const iso of ['UA-14', 'UA-09', 'UA-23', 'UA-65', 'UA-63', 'UA-59', 'UA-43', 'UA-40', 'UA-48']) expect(isos).toContain(iso);
  });
});

describe('2025-08-15 against the published figures', () => {
  for (const [iso, pct] of Object.entries(TARGETS.sharePct)) {
    test(`${iso}: Russian-held share ${pct} % ± ${TARGETS.sharePctTolerance}`, () => {
      const share = (100 * ru('2025-08-15', iso)) / km2(oblast(iso));
      expect(Math.abs(share - pct)).toBeLessThanOrEqual(TARGETS.sharePctTolerance);
    });
  }

  test('Kharkiv, Sumy and Dnipropetrovsk: Russian-held km²', () => {
    const kh = ru('2025-08-15', 'UA-63');
    const su = ru('2025-08-15', 'UA-59');
    expect(kh).toBeGreaterThanOrEqual(TARGETS.kharkivKm2[0]);
    expect(kh).toBeLessThanOrEqual(TARGETS.kharkivKm2[1]);
    expect(su).toBeGreaterThanOrEqual(TARGETS.sumyKm2[0]);
    expect(su).toBeLessThanOrEqual(TARGETS.sumyKm2[1]);
    expect(ru('2025-08-15', 'UA-12')).toBeLessThan(TARGETS.dnipropetrovskMaxKm2);
  });

  test('Donbas: Ukrainian-held km² and Russian-held share', () => {
    const total = km2(oblast('UA-14')) + km2(oblast('UA-09'));
    const held = ru('2025-08-15', 'UA-14') + ru('2025-08-15', 'UA-09');
    expect(total - held).toBeGreaterThanOrEqual(TARGETS.uaHeldDonbasKm2[0]);
    expect(total - held).toBeLessThanOrEqual(TARGETS.uaHeldDonbasKm2[1]);
    expect((100 * held) / total).toBeGreaterThanOrEqual(TARGETS.donbasRuPct[0]);
    expect((100 * held) / total).toBeLessThanOrEqual(TARGETS.donbasRuPct[1]);
  });
});

describe('2022-02-23 against the published figures', () => {
  test('Crimea and Sevastopol', () => {
    const c = ru('2022-02-23', 'UA-43') + ru('2022-02-23', 'UA-40');
    expect(c).toBeGreaterThanOrEqual(TARGETS.crimeaKm2[0]);
    expect(c).toBeLessThanOrEqual(TARGETS.crimeaKm2[1]);
  });

  test('ORDLO (Donetsk + Luhansk before 24 Feb 2022), approximate', () => {
    const o = ru('2022-02-23', 'UA-14') + ru('2022-02-23', 'UA-09');
    expect(o).toBeGreaterThanOrEqual(TARGETS.ordloKm2[0]);
    expect(o).toBeLessThanOrEqual(TARGETS.ordloKm2[1]);
    const others = lines['2022-02-23'].filter((f) => !['UA-14', 'UA-09', 'UA-43', 'UA-40'].includes(f.properties.oblast));
    expect(others).toEqual([]);
  });
});

describe('geometry', () => {
  const ukraine = union(oblasts)!;

  for (const [date, features] of Object.entries(lines)) {
    test(`${date}: valid polygons (no self-intersections) inside Ukraine`, () => {
      for (const f of features) {
        for (const p of polygonsOf(f)) expect(turf.kinks(p).features.length, `${f.properties.oblast} ${f.properties.status}`).toBe(0);
        const outside = turf.difference(turf.featureCollection([f, ukraine]));
        expect(km2(outside), `${f.properties.oblast} ${f.properties.status}`).toBeLessThan(TARGETS.outsideUkraineMaxKm2);
      }
    });
  }

  test('the 2022 area lies inside the 2025 Russian-controlled area', () => {
    for (const f of lines['2022-02-23']) {
      const later = lines['2025-08-15'].find((g) => g.properties.oblast === f.properties.oblast && g.properties.status === 'russian-controlled');
      expect(later, f.properties.oblast).toBeDefined();
      const rest = turf.difference(turf.featureCollection([f, later!]));
      expect(km2(rest), f.properties.oblast).toBeLessThan(TARGETS.nestingMaxKm2);
    }
  });
});

describe('check settlements lie on their reported side of the line', () => {
  for (const date of Object.keys(lines) as (keyof typeof lines)[]) {
    const held = lines[date].filter((f) => f.properties.status === 'russian-controlled');
    const checks = waypoints[date].checks;
    for (const c of checks) {
      test(`${date}: ${c.name} is ${c.side === 'ru' ? 'Russian' : 'Ukrainian'}-held`, () => {
        const inside = held.some((f) => turf.booleanPointInPolygon(turf.point([c.lon, c.lat]), f));
        expect(inside).toBe(c.side === 'ru');
      });
    }
  }

  test('2025-08-15: at least 40 checks, both sides, spread over the sectors', () => {
    const checks = waypoints['2025-08-15'].checks;
    expect(checks.length).toBeGreaterThanOrEqual(TARGETS.minChecks);
    const inOblast = (c: Check, iso: string): boolean => turf.booleanPointInPolygon(turf.point([c.lon, c.lat]), oblast(iso));
    const sides = (iso: string): Set<string> => new Set(checks.filter((c) => inOblast(c, iso)).map((c) => c.side));
    for (const iso of ['UA-14', 'UA-23', 'UA-65']) expect([...sides(iso)].sort(), iso).toEqual(['ru', 'ua']);
    for (const iso of ['UA-63', 'UA-59', 'UA-12']) expect(sides(iso).has('ua'), iso).toBe(true);
    expect(sides('UA-09').has('ru')).toBe(true);
  });
});

describe('build', () => {
  test('the committed files are what build.mjs makes from the waypoints (deterministic bytes)', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lines-'));
    execFileSync(process.execPath, [path.join(ROOT, 'geodata/lines/build.mjs'), '--out', out], { cwd: ROOT, stdio: 'pipe' });
    for (const date of Object.keys(lines)) {
      const built = fs.readFileSync(path.join(out, `${date}.geojson`), 'utf8');
      expect(built === fs.readFileSync(path.join(ROOT, `geodata/lines/${date}.geojson`), 'utf8'), `${date}.geojson is stale: run node geodata/lines/build.mjs`).toBe(true);
    }
    fs.rmSync(out, { recursive: true });
  }, 30_000);
});
