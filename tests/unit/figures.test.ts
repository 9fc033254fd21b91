import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

const ROOT = resolve(import.meta.dirname, '../..');
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/figures.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
const json = (scenario: string) => {
  const r = run('--scenario', scenario, '--json');
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

/**
 * Published figures the default scenarios should reproduce on the default line (15 Aug 2025).
 * Sources: ../shared/context/proposals-and-figures.md.
 */
const TARGETS = {
  // Reuters / FT 16 Aug 2025: ~6,600 km² of Donetsk + Luhansk Ukrainian-held; NYT 17 Aug: ~6,730.
  cedeKm2: [6300, 6900],
  // Reuters 16 Aug 2025: northern pockets in Sumy and NE Kharkiv "totaling around 440 square kilometers".
  pocketsReturnKm2: [330, 550],
  // Parapolitika ~9 Aug 2025: 1,175 (Kharkiv) + 207 (Sumy) + an insignificant area in Dnipropetrovsk.
  fullReturnKm2: [1330, 1610],
} as const;

describe('npm run figures', () => {
  test('aug-2025 on the default line: JSON shape and the published figures', () => {
    const j = json('aug-2025');
    expect(j.scenario.id).toBe('aug-2025');
    expect(j.line.date).toBe('2025-08-15');
    expect(Object.keys(j.totals).sort()).toEqual(['artefacts', 'attributed', 'cedeKm2', 'freezeKm2', 'netRussiaKm2', 'netUkraineKm2', 'population', 'ratio', 'returnKm2', 'slivers', 'unchangedKm2']);
    for (const p of j.parts) {
      expect(Object.keys(p).sort()).toEqual(['areaKm2', 'iso', 'oblast', 'part', 'population', 'settlements', 'shareOfOblast']);
      expect(['cede', 'freeze', 'return', 'unchanged']).toContain(p.part);
    }
    expect(j.totals.cedeKm2).toBeGreaterThanOrEqual(TARGETS.cedeKm2[0]);
    expect(j.totals.cedeKm2).toBeLessThanOrEqual(TARGETS.cedeKm2[1]);
    expect(j.totals.returnKm2).toBeGreaterThanOrEqual(TARGETS.fullReturnKm2[0]);
    expect(j.totals.returnKm2).toBeLessThanOrEqual(TARGETS.fullReturnKm2[1]);
    expect(j.totals.ratio).toBeCloseTo(j.totals.cedeKm2 / j.totals.returnKm2, 1);
    const isos = (part: string) => j.parts.filter((p: { part: string }) => p.part === part).map((p: { iso: string }) => p.iso).sort();
    expect(isos('cede')).toEqual(['UA-09', 'UA-14']);
    // "Frozen" only where the scenario freezes the line; what it does not mention is held, unchanged.
    expect(isos('freeze')).toEqual(['UA-23', 'UA-65']);
    expect(isos('unchanged')).toEqual(['UA-40', 'UA-43', 'UA-48']);
  });

  test('aug-2025-pockets returns about the 440 km² Reuters reported', () => {
    const j = json('aug-2025-pockets');
    expect(j.totals.returnKm2).toBeGreaterThanOrEqual(TARGETS.pocketsReturnKm2[0]);
    expect(j.totals.returnKm2).toBeLessThanOrEqual(TARGETS.pocketsReturnKm2[1]);
    expect(j.totals.cedeKm2).toBe(json('aug-2025').totals.cedeKm2);
  });

  test('nov-2025 also returns the Kinburn spit (Mykolaiv oblast)', () => {
    const j = json('nov-2025');
    const kinburn = j.parts.find((p: { iso: string; part: string }) => p.iso === 'UA-48' && p.part === 'return');
    expect(kinburn?.areaKm2).toBeGreaterThan(50);
  });

  test('the readable table names the line and the totals', () => {
    const r = run('--scenario', 'aug-2025');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Line: Russian-controlled area on 2025-08-15/);
    expect(r.stdout).toMatch(/Ceded to Russia: +6,\d{3} km²/);
    expect(r.stdout).toMatch(/^Oblast +Part +km² +% of oblast +People +Places$/m);
    expect(r.stdout).toMatch(/^Donetsk +Ceded +6,\d{3} +\d+\.\d% +\d{3},\d{3} +\d+$/m);
    expect(r.stdout).toMatch(/^People in the towns ceded: +\d{3},\d{3} people in \d+ places \(pre-war figures\)$/m);
    expect(r.stdout).toMatch(/Limits: towns only, pre-war figures, people have left/);
    expect(r.stdout).toMatch(/about 255,500 \(1 Aug 2025; Donetsk regional military administration, via LIGA\.net\)/);
  });

  test('a bad --line file gives one line of error and exit code 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'swapmap-figures-'));
    const cases: [string, RegExp][] = [
      ['{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[36,48]}}]}', /holds no polygons \(only 1 point\)/],
      ['{"type":"FeatureCollection","features":[', /not valid JSON/],
      ['<html><body>not geojson</body></html>', /is a web page \(HTML\), not a line file/],
    ];
    for (const [i, [text, msg]] of cases.entries()) {
      const f = join(dir, `bad${i}.geojson`);
      writeFileSync(f, text);
      const r = run('--line', f, '--json');
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(msg);
    }
    expect(run('--line', join(dir, 'missing.geojson')).status).toBe(2);
    expect(run('--scenario', 'nope').stderr).toMatch(/unknown scenario “nope”/);
  });

  test('a line from another source (no status, Z values) is read as Russian-controlled', () => {
    const dir = mkdtempSync(join(tmpdir(), 'swapmap-figures-'));
    const f = join(dir, 'other.geojson');
    // A square of Russian-held land inside Donetsk oblast, with a Z value and foreign properties.
    writeFileSync(f, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'occupied' }, geometry: { type: 'Polygon', coordinates: [[[37.6, 47.9, 0], [37.9, 47.9, 0], [37.9, 48.1, 0], [37.6, 48.1, 0], [37.6, 47.9, 0]]] } }] }));
    const r = run('--line', f, '--json', '--scenario', 'aug-2025');
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    const donetskCede = j.parts.find((p: { iso: string; part: string }) => p.iso === 'UA-14' && p.part === 'cede');
    // The square is 0.3° × 0.2° at 48° N ≈ 22.3 km × 22.2 km ≈ 496 km²; Donetsk is 26,544 km².
    expect(donetskCede.areaKm2).toBeGreaterThan(26544 - 496 - 5);
    expect(donetskCede.areaKm2).toBeLessThan(26544 - 496 + 5);
  });
});

describe('npm run figures: the people in the towns (#12)', () => {
  const read = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
  const j = json('aug-2025');
  type Part = { iso: string; part: string; population: { people: number; places: number }; settlements: { name: string; population: number }[] };
  const parts = j.parts as Part[];

  test('population on every part ({people, places}, the settlements largest first) and in the totals', () => {
    for (const p of parts) {
      expect(p.population.places).toBe(p.settlements.length);
      expect(p.population.people).toBe(p.settlements.reduce((s, x) => s + x.population, 0));
      const pops = p.settlements.map((x) => x.population);
      expect(pops).toEqual([...pops].sort((a, b) => b - a));
    }
    const sum = (part: string) => parts.filter((p) => p.part === part).reduce((s, p) => s + p.population.people, 0);
    expect(j.totals.population.cede.people).toBe(sum('cede'));
    expect(j.totals.population.return.people).toBe(sum('return'));
    expect(j.totals.population.freeze.people).toBe(sum('freeze'));
    expect(j.totals.population.netRussiaPeople).toBe(sum('cede') - sum('return'));
    expect(j.people.floor).toBe(1000);
    expect(j.people.definition).toMatch(/pre-2022 figures/);
    expect(j.people.limits).toMatch(/towns only, pre-war figures, people have left/);
  });

  test('Ukrainian-held Donetsk + Luhansk on the default line: half a million to a million people before the war, as an independent count says', () => {
    const ceded = j.totals.population.cede.people;
    expect(ceded).toBeGreaterThan(500_000);
    expect(ceded).toBeLessThan(1_000_000);
    // The same count with another point-in-polygon (Turf's) on the files as committed: every
    // Ukrainian town and place in the two oblasts, not in the line's Russian-controlled area.
    const oblasts = read('geodata/oblasts.geojson') as FeatureCollection<Polygon | MultiPolygon, { iso: string }>;
    const line = read('geodata/lines/2025-08-15.geojson') as FeatureCollection<Polygon | MultiPolygon, { status: string }>;
    const towns = read('geodata/towns.geojson') as FeatureCollection<Point, { name: string; population: number; country: string }>;
    const rows = read('geodata/places.json').places as [number, number, number, string][];
    const all = [
      ...towns.features.filter((f) => f.properties.country === 'UA').map((f) => ({ name: f.properties.name, population: f.properties.population, at: f.geometry.coordinates })),
      ...rows.map(([lon, lat, population, name]) => ({ name, population, at: [lon, lat] })),
    ];
    const donbas = oblasts.features.filter((f) => ['UA-14', 'UA-09'].includes(f.properties.iso));
    const held = line.features.filter((f) => f.properties.status === 'russian-controlled');
    const mine = all.filter((p) => donbas.some((o) => booleanPointInPolygon(p.at, o)) && !held.some((h) => booleanPointInPolygon(p.at, h)));
    expect(ceded).toBe(mine.reduce((s, p) => s + p.population, 0));
    // The largest towns, by hand: each ceded, and together nearly all of it (the rest are small places).
    const LARGEST = ['Kramatorsk', 'Sloviansk', 'Kostiantynivka', 'Pokrovsk', 'Druzhkivka', 'Myrnohrad', 'Dobropillia', 'Lyman'];
    // Two towns are called Kostiantynivka: the one in Donetsk oblast is the larger.
    const popOf = (n: string) => Math.max(...towns.features.filter((f) => f.properties.name === n).map((f) => f.properties.population));
    const largest = LARGEST.reduce((s, n) => s + popOf(n), 0);
    const donetsk = parts.find((p) => p.iso === 'UA-14' && p.part === 'cede')!;
    expect(donetsk.settlements.slice(0, LARGEST.length).map((x) => x.name).sort()).toEqual([...LARGEST].sort());
    expect(largest).toBeLessThanOrEqual(ceded);
    expect(largest / ceded).toBeGreaterThan(0.9);
  });

  test('each published estimate comes with its citation, and with our own sum of the same thing where there is one', () => {
    const donetsk = j.people.estimates.find((e: { id: string }) => e.id === 'donetsk-ukrainian-held-2025-08-01');
    expect(donetsk).toMatchObject({ people: 255500, when: '2025-08-01', approximate: true });
    expect(donetsk.citations[0].source).toMatch(/Donetsk regional military administration/);
    const oblast = j.oblasts.find((o: { iso: string }) => o.iso === 'UA-14');
    expect(donetsk.ours).toEqual(oblast.population.ukrainianHeld);
    // All of Ukrainian-held Donetsk is ceded in this scenario: the same places.
    expect(oblast.population.ukrainianHeld).toEqual(parts.find((p) => p.iso === 'UA-14' && p.part === 'cede')!.population);
    for (const e of j.people.estimates) expect(e.citations.length).toBeGreaterThan(0);
  });
});
