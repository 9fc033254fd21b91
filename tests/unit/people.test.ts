import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import type { LineCollection, OblastCollection, TownCollection } from '../../src/data/types';
import type { Scenario } from '../../src/data/scenario';
import { readPlaces, type Place, type PlacesFile } from '../../src/data/places';
import { estimateProblem, estimateWhen } from '../../src/data/estimate';
import { countPeople, headcount, ownSum, placesIn, sideOn } from '../../src/geometry/people';
import { deriveLine } from '../../src/geometry/derive';
import type { Areal } from '../../src/geometry/polygons';
import { readEstimates } from '../../src/cli/scenario_files';

const fx = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures', name), 'utf8'));
const noTowns: TownCollection = { type: 'FeatureCollection', features: [] };
const place = (lon: number, lat: number, population = 1000, name = `${lon},${lat}`): Place => ({ name, population, coordinates: [lon, lat] });
const shapes = fx('in/people-shapes.geojson') as FeatureCollection<Areal, { name: string }>;
const shape = (name: string) => (shapes.features.find((f) => f.properties.name === name) as Feature<Areal>).geometry;
const names = (ps: Place[]) => ps.map((p) => p.name);

describe('placesIn: the places inside an area', () => {
  test('points in and out, largest first', () => {
    const g = shape('square with a hole');
    const got = placesIn(g, [place(0.5, 0.5, 10, 'a'), place(3.5, 2, 30, 'b'), place(5, 2, 99, 'out east'), place(2, -1, 99, 'out south')]);
    expect(names(got)).toEqual(['b', 'a']);
    expect(headcount(got)).toEqual({ people: 40, places: 2 });
  });

  test('a hole is left out', () => {
    const g = shape('square with a hole');
    expect(placesIn(g, [place(2, 2), place(1.5, 2.9)])).toEqual([]);
  });

  test('a MultiPolygon counts its places in every polygon, none between them', () => {
    const g = shape('two squares apart');
    expect(names(placesIn(g, [place(10.5, 0.5, 1, 'first'), place(11.5, 0.5, 1, 'between'), place(12.5, 0.5, 2, 'second')]))).toEqual(['second', 'first']);
  });

  test('a point on an edge two areas share is counted in exactly one of them', () => {
    // Four squares that tile a 2 × 2 block.
    const areas = ['west of a shared edge', 'east of a shared edge', 'north of a shared edge', 'north-east of a shared corner'].map(shape);
    // On the vertical edges, on the horizontal edges, and on the corner all four share.
    for (const p of [place(21, 0.5), place(21, 1.5), place(20.5, 1), place(21.5, 1), place(21, 1)]) {
      const hits = areas.filter((g) => placesIn(g, [p]).length === 1);
      expect(hits, p.name).toHaveLength(1);
    }
  });

  test('no area, no places', () => {
    expect(placesIn(null, [place(0, 0)])).toEqual([]);
  });
});

describe('countPeople on the two squares', () => {
  const oblasts = fx('in/two-squares-oblasts.geojson') as OblastCollection;
  const file = fx('in/two-squares-places.json');
  const read = readPlaces(file, noTowns) as PlacesFile;
  const scenario: Scenario = {
    id: 'fixture', title: 't', reported: '2025-08-16', description: 'd', citations: [{ source: 's', title: 't' }],
    terms: { 'UA-14': { action: 'cede' }, 'UA-63': { action: 'return' } },
  };
  const derived = deriveLine(oblasts, [scenario], fx('in/two-squares-line.geojson') as LineCollection)!;
  const result = derived.results.get('fixture')!;
  const people = countPeople(oblasts, derived.line, result, read.places);

  test('each part: the places inside it and their sum (worked out on paper)', () => {
    const part = (iso: string) => people.parts.find((p) => p.iso === iso)!;
    expect(part('UA-14')).toMatchObject({ part: 'cede', people: 1000, places: 1 });
    expect(names(part('UA-14').settlements)).toEqual(['West, Ukrainian-held']);
    expect(part('UA-63')).toMatchObject({ part: 'return', people: 8000, places: 1 });
    expect(people.totals).toEqual({ cede: { people: 1000, places: 1 }, return: { people: 8000, places: 1 }, freeze: { people: 0, places: 0 }, unchanged: { people: 0, places: 0 }, netRussiaPeople: -7000 });
  });

  test('per oblast: held on the line\'s date and after; a place on the line or on a border counted once; outside, not at all', () => {
    const o = Object.fromEntries(people.oblasts.map((x) => [x.iso, x]));
    // The place on the line (x = 0.5) lies on the Russian-held side of it (the half-open rule).
    expect(o['UA-14']).toMatchObject({ ukrainianHeld: { people: 1000, places: 1 }, russianHeld: { people: 6000, places: 2 }, russianAfter: { people: 7000, places: 3 } });
    // The place on the border of the squares (x = 1) is the east square's.
    expect(o['UA-63']).toMatchObject({ ukrainianHeld: { people: 80000, places: 2 }, russianHeld: { people: 8000, places: 1 }, russianAfter: { people: 0, places: 0 } });
    const counted = people.oblasts.reduce((s, x) => s + x.ukrainianHeld.people + x.russianHeld.people, 0);
    expect(counted).toBe(1000 + 2000 + 4000 + 8000 + 16000 + 64000);
  });

  test('the side of a point on the line\'s date', () => {
    expect(sideOn(derived.line, [0.25, 0.5])).toBe('ukrainian-controlled');
    expect(sideOn(derived.line, [0.75, 0.5])).toBe('russian-controlled');
  });

  test('matches the golden output (REGEN=1 rewrites it)', () => {
    const golden = join(import.meta.dirname, '../fixtures/out/two-squares-people.json');
    const got = JSON.parse(JSON.stringify(people));
    if (process.env.REGEN) writeFileSync(golden, JSON.stringify(got, null, 1) + '\n');
    expect(got).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });
});

describe('places.json and the towns: one list of places', () => {
  const towns: TownCollection = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { name: 'Kramatorsk', name_uk: 'Краматорськ', geonameid: 704508, population: 173700, country: 'UA', rank: 2 }, geometry: { type: 'Point', coordinates: [37.5563, 48.7231] } },
      { type: 'Feature', properties: { name: 'Belgorod', name_uk: 'Бєлгород', geonameid: 578072, population: 356402, country: 'RU', rank: 2 }, geometry: { type: 'Point', coordinates: [36.5983, 50.6107] } },
    ],
  };

  test('the Ukrainian towns, then the rows; a malformed file is refused in one sentence', () => {
    const r = readPlaces({ floor: 1000, scope: ['UA-14'], places: [[37.1, 48.2, 1200, 'Village']] }, towns) as PlacesFile;
    expect(r.places.map((p) => p.name)).toEqual(['Kramatorsk', 'Village']);
    expect(r.places[0]).toMatchObject({ name_uk: 'Краматорськ', geonameid: 704508 });
    const r5 = readPlaces({ floor: 1000, scope: ['UA-14'], places: [[37.1, 48.2, 1200, 'Selo', 'Село']] }, towns) as PlacesFile;
    expect(r5.places[1]).toEqual({ name: 'Selo', name_uk: 'Село', population: 1200, coordinates: [37.1, 48.2] });
    expect(readPlaces({ floor: 1000, scope: ['UA-14'], places: [[37.1, 48.2, 1200, 'Selo', 7]] }, towns)).toHaveProperty('error');
    expect(readPlaces({ floor: 1000, scope: ['UA-14'], places: [[37.1, 48.2, 'many', 'Village']] }, towns)).toEqual({ error: 'places.json: row 1 is not [lon, lat, population, name, name_uk?].' });
    expect(readPlaces({ floor: 1000, scope: ['Donetsk'], places: [] }, towns)).toHaveProperty('error');
  });

  test('a published estimate is set beside the town sum of the same thing', () => {
    const r = readPlaces({ floor: 1000, scope: ['UA-14'], places: [] }, towns) as PlacesFile;
    const people = { parts: [], oblasts: [{ iso: 'UA-14', oblast: 'Donetsk', ukrainianHeld: { people: 5, places: 1 }, russianHeld: { people: 0, places: 0 }, russianAfter: { people: 0, places: 0 } }], totals: { cede: { people: 0, places: 0 }, return: { people: 0, places: 0 }, freeze: { people: 0, places: 0 }, unchanged: { people: 0, places: 0 }, netRussiaPeople: 0 } };
    expect(ownSum({ kind: 'ukrainian-held', iso: 'UA-14' }, people, r.places)).toEqual({ people: 5, places: 1 });
    expect(ownSum({ kind: 'places', geonameids: [704508] }, people, r.places)).toEqual({ people: 173700, places: 1 });
    expect(ownSum({ kind: 'places', geonameids: [704508, 1] }, people, r.places)).toBeNull();
    expect(ownSum({ kind: 'ukrainian-held', iso: 'UA-99' }, people, r.places)).toBeNull();
  });
});

describe('geodata/estimates/', () => {
  test('every file is valid, cited, and dated', () => {
    const all = readEstimates();
    expect(all.map((e) => e.id)).toContain('donetsk-ukrainian-held-2025-08-01');
    const donetsk = all.find((e) => e.id === 'donetsk-ukrainian-held-2025-08-01')!;
    expect(donetsk).toMatchObject({ people: 255500, when: '2025-08-01', scope: { kind: 'ukrainian-held', iso: 'UA-14' } });
    expect(estimateWhen(donetsk.when)).toBe('1 Aug 2025');
    expect(estimateWhen('2025-08')).toBe('Aug 2025');
    expect(estimateWhen('pre-war')).toBe('before the war');
  });

  test('a figure without a source, a date or a scope is refused', () => {
    const ok = { id: 'x', what: 'w', people: 1, approximate: true, when: '2025-08', scope: { kind: 'ukrainian-held', iso: 'UA-14' }, citations: [{ source: 's', title: 't' }], uk: { what: 'в', citations: [{ source: 's', title: 'т' }] } };
    expect(estimateProblem(ok, 'x.json')).toBeNull();
    // The texts in Ukrainian are required, a citation for each one.
    expect(estimateProblem({ ...ok, uk: undefined }, 'x.json')).toMatch(/"uk"/);
    expect(estimateProblem({ ...ok, uk: { ...ok.uk, citations: [] } }, 'x.json')).toMatch(/"uk\.citations"/);
    expect(estimateProblem({ ...ok, uk: { ...ok.uk, what: 'w' } }, 'x.json')).toMatch(/"uk\.what"/);
    expect(estimateProblem({ ...ok, citations: [] }, 'x.json')).toMatch(/citation/);
    expect(estimateProblem({ ...ok, when: 'last summer' }, 'x.json')).toMatch(/"when"/);
    expect(estimateProblem({ ...ok, scope: { kind: 'oblast' } }, 'x.json')).toMatch(/"scope"/);
    expect(estimateProblem({ ...ok, people: 2.5 }, 'x.json')).toMatch(/"people"/);
  });
});
