import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import polylabel from 'polylabel';
import { describe, expect, test } from 'vitest';
import type { LineCollection, OblastCollection } from '../../src/data/types';
import type { Scenario } from '../../src/data/scenario';
import { computeSwap, prepare } from '../../src/geometry/swap';
import { polygonsOf, areaKm2, type Areal } from '../../src/geometry/polygons';
import { identifyAt, type IdentifyInputs } from '../../src/ui/identify';
import { TOGGLES } from '../../src/state/state';

const read = (p: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../..', p), 'utf8'));
const oblasts = read('geodata/oblasts.geojson') as OblastCollection;
const line = read('geodata/lines/2025-08-15.geojson') as LineCollection;
const aug = computeSwap(prepare(oblasts, line), read('geodata/scenarios/aug-2025.json') as Scenario);
const all: IdentifyInputs = { oblasts, line, lineDate: '2025-08-15', result: aug, layers: TOGGLES };

/** A point deep inside the largest polygon of a part of the scenario in an oblast. */
function inside(part: string, iso: string): [number, number] {
  const f = aug.parts.features.find((x) => x.properties.part === part && x.properties.iso === iso)!;
  const polys = polygonsOf(f.geometry as Areal).sort((a, b) => areaKm2({ type: 'Polygon', coordinates: b }) - areaKm2({ type: 'Polygon', coordinates: a }));
  const p = polylabel(polys[0]!, 0.001);
  return [p[0]!, p[1]!];
}

describe('identifyAt: what is at a point, from the same geometry as the figures', () => {
  test('ceded land in Donetsk: Ukrainian-held now, ceded, Russian-controlled after; the part\'s own figures', () => {
    const part = aug.parts.features.find((x) => x.properties.part === 'cede' && x.properties.iso === 'UA-14')!.properties;
    const r = identifyAt(inside('cede', 'UA-14'), all)!;
    expect(r.oblast).toBe('Donetsk oblast');
    expect(r.rows).toEqual([
      'Ukrainian-controlled on 15 Aug 2025',
      `Proposal: Ukrainian-held land ceded to Russia: ${Math.round(part.areaKm2).toLocaleString('en-GB')} km² in this oblast, ${(part.shareOfOblast * 100).toFixed(1)} % of it`,
      'Proposal: Russian-controlled after',
    ]);
  });

  test('returned land in Kharkiv oblast and frozen land in Zaporizhzhia', () => {
    const ret = identifyAt(inside('return', 'UA-63'), all)!;
    expect(ret.oblast).toBe('Kharkiv oblast');
    expect(ret.rows[0]).toBe('Russian-controlled on 15 Aug 2025');
    expect(ret.rows[1]).toMatch(/^Proposal: Russian-held land returned to Ukraine: [\d,]+ km² in this oblast, \d+\.\d % of it$/);
    expect(ret.rows[2]).toBe('Proposal: Ukrainian-controlled after');
    const frozen = identifyAt(inside('freeze', 'UA-23'), all)!;
    expect(frozen.oblast).toBe('Zaporizhzhia oblast');
    expect(frozen.rows[1]).toMatch(/^Proposal: Russian-held, line frozen: /);
    expect(frozen.rows[2]).toBe('Proposal: Russian-controlled after');
  });

  test('Crimea, which the scenario does not mention, is held, unchanged: not frozen', () => {
    const crimea = identifyAt(inside('unchanged', 'UA-43'), all)!;
    expect(crimea.oblast).toBe('Autonomous Republic of Crimea');
    expect(crimea.rows[1]).toMatch(/^Russian-held, unchanged \(not in the proposal\): [\d,]+ km² in this oblast, 100\.0 % of it$/);
    expect(crimea.rows.join(' ')).not.toMatch(/frozen/);
  });

  test('only the overlays that are shown are described', () => {
    const r = identifyAt(inside('cede', 'UA-14'), { ...all, layers: ['line'] })!;
    expect(r.rows).toEqual(['Ukrainian-controlled on 15 Aug 2025']);
    expect(identifyAt(inside('cede', 'UA-14'), { ...all, layers: [] })!.rows).toEqual([]);
  });

  test('Kyiv is a city, not an oblast; the sea and Russia are not identified', () => {
    expect(identifyAt([30.52, 50.45], all)!.oblast).toBe('Kyiv (city)');
    expect(identifyAt([34.5, 44.2], all)).toBeNull(); // Black Sea
    expect(identifyAt([40.5, 51.5], all)).toBeNull(); // Voronezh oblast, Russia
  });
});
