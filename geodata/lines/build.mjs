#!/usr/bin/env node
// Builds the dated Russian-controlled-area files from the waypoint lists in this folder:
//   waypoints-2022-02-23.json -> 2022-02-23.geojson
//   waypoints-2025-08-15.json -> 2025-08-15.geojson
// Usage: node geodata/lines/build.mjs [--oblasts FILE] [--out DIR]
// Method (see README.md): each waypoint line + its closing points (in Russia / the sea) is one ring;
// the rings are unioned (with whole Crimea and Sevastopol, and for 2025 with the 2022 area),
// intersected with each oblast polygon, and written one feature per oblast per status.
// Output bytes are deterministic: 5 decimals, fixed property order, features sorted by oblast then status.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** Pieces of a per-oblast result smaller than this are slivers from border mismatches and are dropped, km². */
export const MIN_PIECE_KM2 = 0.5;
/** Coordinate precision of the output, decimals (~1 m). */
export const DECIMALS = 5;
/** Order in which dates are built: a later file may union with an earlier one (`unionWith`). */
export const DATES = ['2022-02-23', '2025-08-15'];

function parseArgs(argv) {
  const args = { oblasts: path.join(HERE, '..', 'oblasts.geojson'), out: HERE };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--oblasts') args.oblasts = argv[++i];
    else if (argv[i] === '--out') args.out = argv[++i];
    else throw new Error(`unknown argument ${argv[i]} (use --oblasts FILE --out DIR)`);
  }
  return args;
}

/** ISO 3166-2 code of an oblast feature, whatever property the oblast file keeps it in. */
export function isoOf(feature) {
  const p = feature.properties ?? {};
  for (const k of ['iso_3166_2', 'iso', 'ISO', 'code', 'id', 'oblast']) {
    if (typeof p[k] === 'string' && /^UA-\d\d$/.test(p[k])) return p[k];
  }
  if (typeof feature.id === 'string' && /^UA-\d\d$/.test(feature.id)) return feature.id;
  return null;
}

/** One closed ring from a waypoint line: the points in order, then its closing points. */
export function lineRing(line) {
  const ring = [...line.points.map((p) => [p.lon, p.lat]), ...(line.closeVia ?? [])];
  ring.push(ring[0]);
  return ring;
}

function ringPolygon(line, what) {
  const poly = turf.polygon([lineRing(line)], { id: line.id });
  const k = turf.kinks(poly).features;
  if (k.length) {
    const at = k.map((f) => f.geometry.coordinates.map((c) => c.toFixed(4)).join(',')).join('; ');
    throw new Error(`${what} line "${line.id}" crosses itself at ${at}: check the order of its waypoints`);
  }
  return poly;
}

function unionAll(features) {
  const list = features.filter(Boolean);
  if (list.length === 0) return null;
  if (list.length === 1) return list[0];
  return turf.union(turf.featureCollection(list));
}

const round = (x) => {
  const f = 10 ** DECIMALS;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r; // no -0
};

/** Rounds a polygon's rings, drops repeated points and degenerate rings. */
function roundPolygon(rings) {
  const out = [];
  for (const ring of rings) {
    const r = [];
    for (const [x, y] of ring) {
      const p = [round(x), round(y)];
      const last = r[r.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) r.push(p);
    }
    if (r.length > 1 && (r[0][0] !== r[r.length - 1][0] || r[0][1] !== r[r.length - 1][1])) r.push(r[0]);
    if (r.length >= 4) out.push(r);
    else if (out.length === 0) return null; // outer ring collapsed
  }
  return out.length ? out : null;
}

/** Splits a (Multi)Polygon feature into polygons, keeping those of at least MIN_PIECE_KM2; returns [kept, droppedKm2]. */
function dropSlivers(feature) {
  if (!feature) return [[], 0];
  const polys = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  const kept = [];
  let dropped = 0;
  for (const rings of polys) {
    const a = turf.area(turf.polygon(rings)) / 1e6;
    if (a < MIN_PIECE_KM2) { dropped += a; continue; }
    const r = roundPolygon(rings);
    if (r) kept.push(r);
  }
  return [kept, dropped];
}

function geometryOf(polys) {
  // Stable order of parts: largest first would depend on area ties; sort by first vertex instead.
  polys.sort((a, b) => a[0][0][0] - b[0][0][0] || a[0][0][1] - b[0][0][1]);
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
}

/** Builds the per-oblast features of one date. Returns { features, area, report }. */
export function buildDate(wp, oblasts, earlierAreas = {}) {
  const byIso = new Map(oblasts.map((f) => [isoOf(f), f]));
  const rings = wp.lines.map((l) => ringPolygon(l, wp.date));
  let ru = unionAll(rings);
  if (wp.unionWith) {
    const earlier = earlierAreas[wp.unionWith];
    if (!earlier) throw new Error(`${wp.date}: unionWith ${wp.unionWith} has not been built`);
    ru = unionAll([ru, earlier]);
  }
  const include = new Set(wp.includeOblasts ?? []);
  for (const iso of include) if (!byIso.has(iso)) throw new Error(`${wp.date}: includeOblasts ${iso} not in the oblast file`);
  const contestedRaw = unionAll((wp.contested ?? []).map((l) => ringPolygon(l, `${wp.date} contested`)));
  const contested = contestedRaw && ru ? turf.difference(turf.featureCollection([contestedRaw, ru])) : contestedRaw;

  const features = [];
  let droppedKm2 = 0;
  const isos = [...byIso.keys()].filter(Boolean).sort();
  for (const iso of isos) {
    const oblast = byIso.get(iso);
    for (const [status, area] of [['contested', contested], ['russian-controlled', ru]]) {
      let piece;
      if (include.has(iso)) piece = status === 'russian-controlled' ? turf.feature(oblast.geometry) : null;
      else piece = area ? turf.intersect(turf.featureCollection([turf.feature(oblast.geometry), area])) : null;
      const [polys, dropped] = dropSlivers(piece);
      droppedKm2 += dropped;
      if (!polys.length) continue;
      features.push({
        type: 'Feature',
        properties: { status, date: wp.date, oblast: iso, sources: [...wp.sources] },
        geometry: geometryOf(polys),
      });
    }
  }
  // The area this date hands to later dates: rings (+earlier) + included oblasts, before clipping.
  const full = unionAll([ru, ...[...include].map((iso) => turf.feature(byIso.get(iso).geometry))]);
  return { features, area: full, droppedKm2 };
}

export function serialize(features) {
  const fc = { type: 'FeatureCollection', features };
  // One feature per line keeps diffs readable and the bytes stable.
  return '{"type":"FeatureCollection","features":[\n' + fc.features.map((f) => JSON.stringify(f)).join(',\n') + '\n]}\n';
}

function report(date, features, oblasts) {
  const byIso = new Map(oblasts.map((f) => [isoOf(f), f]));
  const km2 = (g) => turf.area(g) / 1e6;
  const rows = [];
  const ruBy = {};
  let total = 0;
  for (const f of features) {
    const a = km2(f);
    const ob = km2(byIso.get(f.properties.oblast));
    if (f.properties.status === 'russian-controlled') { ruBy[f.properties.oblast] = a; total += a; }
    rows.push(`  ${f.properties.oblast} ${f.properties.status.padEnd(18)} ${a.toFixed(0).padStart(7)} km²  ${(100 * a / ob).toFixed(1).padStart(5)} % of ${ob.toFixed(0)} km²`);
  }
  console.log(`${date}:`);
  console.log(rows.join('\n'));
  const don = km2(byIso.get('UA-14')), luh = km2(byIso.get('UA-09'));
  const ruD = (ruBy['UA-14'] ?? 0) + (ruBy['UA-09'] ?? 0);
  console.log(`  Donbas: Russian-held ${ruD.toFixed(0)} km² (${(100 * ruD / (don + luh)).toFixed(1)} %), Ukrainian-held ${(don + luh - ruD).toFixed(0)} km²`);
  const crimea = (ruBy['UA-43'] ?? 0) + (ruBy['UA-40'] ?? 0);
  const ukr = [...byIso.values()].reduce((s, f) => s + km2(f), 0);
  console.log(`  total Russian-held ${total.toFixed(0)} km² (${(100 * total / ukr).toFixed(1)} % of ${ukr.toFixed(0)} km²), of which Crimea+Sevastopol ${crimea.toFixed(0)} km², rest ${(total - crimea).toFixed(0)} km²`);
}

export function main(argv = process.argv.slice(2)) {
  const args = parseArgs(argv);
  const oblastFc = JSON.parse(fs.readFileSync(args.oblasts, 'utf8'));
  const oblasts = oblastFc.features.filter((f) => isoOf(f));
  if (oblasts.length < 25) throw new Error(`${args.oblasts}: found ISO codes on only ${oblasts.length} features`);
  fs.mkdirSync(args.out, { recursive: true });
  const areas = {};
  for (const date of DATES) {
    const wp = JSON.parse(fs.readFileSync(path.join(HERE, `waypoints-${date}.json`), 'utf8'));
    if (wp.date !== date) throw new Error(`waypoints-${date}.json has date ${wp.date}`);
    const { features, area, droppedKm2 } = buildDate(wp, oblasts, areas);
    areas[date] = area;
    const file = path.join(args.out, `${date}.geojson`);
    fs.writeFileSync(file, serialize(features));
    report(date, features, oblasts);
    console.log(`  dropped ${droppedKm2.toFixed(2)} km² in pieces < ${MIN_PIECE_KM2} km²; wrote ${path.relative(process.cwd(), file)} (${features.length} features)`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
