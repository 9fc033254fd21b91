import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

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
    expect(Object.keys(j.totals).sort()).toEqual(['artefacts', 'attributed', 'cedeKm2', 'freezeKm2', 'netRussiaKm2', 'netUkraineKm2', 'ratio', 'returnKm2', 'slivers', 'unchangedKm2']);
    for (const p of j.parts) {
      expect(Object.keys(p).sort()).toEqual(['areaKm2', 'iso', 'oblast', 'part', 'shareOfOblast']);
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
