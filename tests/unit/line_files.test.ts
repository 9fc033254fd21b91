/**
 * The reader and the fit on files shaped like the ones readers bring (tests/fixtures/line_files.ts:
 * DeepState's daily polygon and multi-status export, as GeoJSON, KML, KMZ and gzip; ISW's control
 * and advances layers, as GeoJSON and TopoJSON; DeepState's history of dates). The files are cut
 * from the project's own 15 Aug 2025 line, so every one of them should give that line's figures:
 * exactly where the file follows our borders, within a few per cent where it draws its own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { strToU8, gzipSync } from 'fflate';
import { readScenarios } from '../../src/cli/scenario_files';
import type { LineCollection, OblastCollection } from '../../src/data/types';
import { deriveLine } from '../../src/geometry/derive';
import { assembleLine } from '../../src/read/assemble';
import { isError } from '../../src/read/errors';
import type { Counted } from '../../src/read/formats';
import { defaultCounting, readLineFiles } from '../../src/read/index';
import { deepStateDaily, deepStateExport, deepStateHistory, iswLayers, monthly, toKml, toKmz, toTopoJson } from '../fixtures/line_files';
import { figures as cliFigures } from '../../src/cli/figures';

const ROOT = resolve(import.meta.dirname, '../..');
const oblasts = JSON.parse(readFileSync(join(ROOT, 'geodata/oblasts.geojson'), 'utf8')) as OblastCollection;
const scenarios = readScenarios();
const enc = (s: string) => strToU8(s);

function figures(files: { name: string; bytes: Uint8Array }[], counting?: Record<string, Counted>, date?: string) {
  const read = readLineFiles(files);
  if (isError(read)) throw new Error(read.error);
  const a = assembleLine(read, { ...defaultCounting(read), ...counting }, date);
  if (isError(a)) throw new Error(a.error);
  const d = deriveLine(oblasts, scenarios, a.line);
  if (!d) throw new Error('no area inside the oblasts');
  return { read, assembled: a, totals: d.results.get('aug-2025')!.totals, pockets: d.results.get('aug-2025-pockets')!.totals };
}

/** The built-in line's own figures: what every fixture is cut from. */
let builtIn: ReturnType<typeof deriveLine>;
const within = (x: number, ref: number, pct: number) => expect(Math.abs(x / ref - 1) * 100, `${x} vs ${ref}`).toBeLessThanOrEqual(pct);

beforeAll(() => {
  builtIn = deriveLine(oblasts, scenarios, JSON.parse(readFileSync(join(ROOT, 'geodata/lines/2025-08-15.geojson'), 'utf8')) as LineCollection);
});

describe('DeepState files', () => {
  const exp = deepStateExport();
  const json = JSON.stringify(exp.fc);

  test('the daily polygon (one MultiPolygon, Z values, CRS84, date in the name) gives the built-in figures', () => {
    const f = figures([{ name: 'deepstatemap_data_20250815.geojson', bytes: enc(deepStateDaily()) }]);
    expect(f.assembled.date).toBe('2025-08-15');
    expect(f.read.files[0]!.format).toBe('deepstate-daily');
    const ref = builtIn!.results.get('aug-2025')!.totals;
    within(f.totals.cedeKm2, ref.cedeKm2, 0.5);
    within(f.totals.returnKm2, ref.returnKm2, 0.5);
  });

  test('the multi-status export: occupied, Crimea, ORDLO and Tuzla count, grey zone is contested, liberated, outside territories and points do not', () => {
    const f = figures([{ name: 'deepstate-export.geojson', bytes: enc(json) }]);
    const count = Object.fromEntries(f.read.categories.map((c) => [c.key, c.count]));
    expect(count['deepstate:occupied']).toBe(exp.counts.occupied);
    expect(count['deepstate:unknown']).toBe(exp.counts.unknown);
    expect(count['deepstate:liberated']).toBe(exp.counts.liberated);
    expect(count['deepstate:territories']).toBe(2);
    expect(f.read.ignored.points).toBe(exp.counts.points);
    expect(f.assembled.description).toMatch(/Russian-controlled: occupied \(\d+ polygons\), Crimea, held since 2014 \(1\), ORDLO, held since 2014 \(1\), Tuzla island \(1\)\./);
    expect(f.assembled.description).toMatch(/Contested: unknown status \(grey zone\) \(27 polygons\)\./);
    expect(f.assembled.description).toMatch(/Not counted: .*liberated \(39\); 66 points\./);
    const ref = builtIn!.results.get('aug-2025')!.totals;
    within(f.totals.cedeKm2, ref.cedeKm2, 0.5);
    within(f.totals.returnKm2, ref.returnKm2, 0.5);
    // Counting the liberated polygons as Russian-held would take them off the ceded land.
    const wrong = figures([{ name: 'deepstate-export.geojson', bytes: enc(json) }], { 'deepstate:liberated': 'russian' });
    expect(exp.liberatedKm2).toBeGreaterThan(100);
    within(f.totals.cedeKm2 - wrong.totals.cedeKm2, exp.liberatedKm2, 2);
  });

  test('KML, KMZ and gzip of the same export give the same figures', () => {
    const kml = toKml(exp.fc);
    const g = figures([{ name: 'deepstate-export.geojson', bytes: enc(json) }]).totals;
    for (const file of [
      { name: 'deepstate.kml', bytes: enc(kml) },
      { name: 'deepstate.kmz', bytes: toKmz(kml) },
      { name: 'deepstate.geojson.gz', bytes: gzipSync(enc(json)) },
    ]) {
      const f = figures([file]);
      expect(f.read.files[0]!.format).toBe('deepstate-export');
      expect(f.totals.cedeKm2).toBeCloseTo(g.cedeKm2, 0);
      expect(f.totals.returnKm2).toBeCloseTo(g.returnKm2, 0);
    }
  });

  test('the history: one polygon per date; --date picks one, the latest by default; the ceded area shrinks month by month', () => {
    const dates = ['2025-08-15', ...monthly('2025-09', 4)];
    const bytes = enc(deepStateHistory(dates));
    const latest = figures([{ name: 'deepstate-map-data.geojson', bytes }]);
    expect(latest.read.files[0]!.format).toBe('deepstate-history');
    expect(latest.read.dates).toEqual(dates);
    expect(latest.assembled.date).toBe('2025-12-01');
    const cede = dates.map((d) => figures([{ name: 'h.geojson', bytes }], undefined, d).totals.cedeKm2);
    within(cede[0]!, builtIn!.results.get('aug-2025')!.totals.cedeKm2, 0.5);
    for (let i = 1; i < cede.length; i++) expect(cede[i]!).toBeLessThan(cede[i - 1]!);
  });
});

describe('ISW/CTP layers', () => {
  let isw: ReturnType<typeof iswLayers>;
  let both: ReturnType<typeof figures>;
  beforeAll(() => {
    isw = iswLayers();
    both = figures([
      { name: 'isw-control.geojson', bytes: enc(isw.control) },
      { name: 'isw-advances.geojson', bytes: enc(isw.advances) },
    ]);
  }, 60_000);

  test('control + advances loaded together: recognised by their fields, dated by the file, counted both', () => {
    expect(both.read.files.map((f) => f.format)).toEqual(['isw', 'isw']);
    expect(both.assembled.date).toBe('2026-04-27');
    expect(both.read.categories.map((c) => c.key).sort()).toEqual(['isw:advances', 'isw:control']);
    expect(isw.vertices).toBeGreaterThan(90_000);
  });

  test('a border drawn ~400 m off ours: artefacts and pieces just outside are counted, and the figures stay within 3 % (cede) and 4 % (return)', () => {
    const ref = builtIn!.results.get('aug-2025')!.totals;
    expect(both.totals.artefacts.count).toBeGreaterThan(10);
    expect(both.totals.attributed.count).toBeGreaterThan(10);
    // The advances add a little Russian-held land along the front: cede is a bit smaller.
    within(both.totals.cedeKm2, ref.cedeKm2, 3);
    within(both.totals.returnKm2, ref.returnKm2, 4);
  });

  test('the same layers as one TopoJSON give the same figures', () => {
    const topo = toTopoJson({ control: JSON.parse(isw.control), advances: JSON.parse(isw.advances) });
    const f = figures([{ name: 'isw-layers.topojson', bytes: enc(topo) }]);
    expect(f.read.files.map((x) => x.name)).toEqual(['isw-layers.topojson › control', 'isw-layers.topojson › advances']);
    expect(f.totals.cedeKm2).toBeCloseTo(both.totals.cedeKm2, 0);
  }, 60_000);
});

describe('npm run figures over dates', () => {
  const dir = mkdtempSync(join(tmpdir(), 'swapmap-dates-'));
  const file = join(dir, 'deepstate-map-data.geojson');
  const dates = ['2025-08-15', ...monthly('2025-09', 3)];
  writeFileSync(file, deepStateHistory(dates));
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/figures.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

  test('--all-dates --json: one element per date, in order, with the totals', () => {
    const r = run('--scenario', 'aug-2025', '--line', file, '--all-dates', '--json');
    expect(r.status, r.stderr).toBe(0);
    const list = JSON.parse(r.stdout) as { date: string; totals: { cedeKm2: number; returnKm2: number; ratio: number } }[];
    expect(list.map((d) => d.date)).toEqual(dates);
    for (const d of list) expect(d.totals.ratio).toBeCloseTo(d.totals.cedeKm2 / d.totals.returnKm2, 1);
  });

  test('--csv: the header on the first row, then per date a row per oblast and one of the totals; --out writes its sidecar beside it', () => {
    const r = run('--line', file, '--all-dates', '--csv');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(r.stdout, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields!.slice(0, 5)).toEqual(['date', 'scenario', 'iso', 'oblast', 'proposal']);
    expect(new Set(parsed.data.map((x) => x.date))).toEqual(new Set(dates));
    expect(parsed.data.filter((x) => x.iso === 'UA-14' && Number(x.ceded_km2) > 0)).toHaveLength(dates.length);
    expect(parsed.data.filter((x) => x.iso === 'TOTAL')).toHaveLength(dates.length);
    const out = join(dir, 'history.csv');
    const w = run('--line', file, '--all-dates', '--csv', '--out', out);
    expect(w.status, w.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(r.stdout);
    const side = JSON.parse(readFileSync(join(dir, 'history-csv-sources.json'), 'utf8'));
    expect(side.describes).toBe('history.csv');
    expect(side.line.dates).toEqual(dates);
    expect(side.attribution.join(' ')).toMatch(/Natural Earth/);
    expect(run('--out', out).stderr).toMatch(/--out writes the CSV: give it with --csv/);
  });

  test('14 monthly dates drawn on a border ~400 m off ours: every date within 3 % (cede) and 4 % (return) of the same polygons on our border', () => {
    const months = ['2025-08-15', ...monthly('2025-09', 13)];
    const truthFile = join(dir, 'truth.geojson');
    const shiftedFile = join(dir, 'deepstate-history-shifted.geojson');
    writeFileSync(truthFile, deepStateHistory(months));
    writeFileSync(shiftedFile, deepStateHistory(months, 6, 0.004));
    type Dated = { date: string; totals: { cedeKm2: number; returnKm2: number } };
    const truth = JSON.parse(cliFigures(['--line', truthFile, '--all-dates', '--json'])) as Dated[];
    const shifted = JSON.parse(cliFigures(['--line', shiftedFile, '--all-dates', '--json'])) as Dated[];
    expect(shifted.map((d) => d.date)).toEqual(months);
    for (const [i, d] of shifted.entries()) {
      const t = truth[i]!;
      expect(Math.abs(d.totals.cedeKm2 - t.totals.cedeKm2) / t.totals.cedeKm2, `cede on ${d.date}`).toBeLessThan(0.03);
      expect(Math.abs(d.totals.returnKm2 - t.totals.returnKm2) / t.totals.returnKm2, `return on ${d.date}`).toBeLessThan(0.04);
    }
    // The front moves: ceded on the last date is less than on the first.
    expect(shifted[13]!.totals.cedeKm2).toBeLessThan(shifted[0]!.totals.cedeKm2 - 100);
  }, 120_000);

  test('--date must be one of the file’s dates', () => {
    const r = run('--line', file, '--date', '2024-01-01');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--date 2024-01-01: the file holds the dates 2025-08-15, 2025-09-01/);
  });
});

