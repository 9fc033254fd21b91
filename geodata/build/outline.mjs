// Ukraine's outline (state border and sea coast) from OpenStreetMap, via
// @geo-maps/countries-land-100m (OSM land polygons per country, generalised to 100 m).
//
// That data set is *land*: lakes and reservoirs are holes (the whole Dnipro reservoir chain
// and the lower Dnipro included), water along a border river is left out up to each bank,
// and coastal lagoons whose barrier spit is narrower than the 100 m generalisation are
// carved out of the coast, open to the sea. The oblasts and their official areas count all
// of these waters. So the outline is built as
//
//   O = U ∪ (NE ∩ LAGOONS) ∪ BORDER_WATERS
//
//   U              the exterior rings of OSM Ukraine (holes filled): border and coast;
//   NE ∩ LAGOONS   Natural Earth's oblast area inside the authored masks below, around the
//                  lagoons whose barrier OSM's 100 m outline lost (NE has the barrier);
//   BORDER_WATERS  the Ukrainian half of the water between Ukraine's and a neighbour's
//                  bank: gaps narrower than 2 × BORDER_WATER_CLOSE_M between the two lands,
//                  split at the midline (nearest bank).
import fs from 'node:fs';
import {
  boundsOf,
  buffer,
  difference,
  differenceP,
  fillHoles,
  intersect,
  outerPathsOf,
  pathBounds,
  pathsArea,
  ringToPath,
  union,
  UNIT_PER_M,
  Clipper,
} from './plane.mjs';
import { densify, nearestPartition } from './nearest.mjs';

/** Ukraine and the neighbours whose land borders it (ISO 3166-1 alpha-3, the data set's `A3`). */
export const UKRAINE = 'UKR';
export const NEIGHBOURS = ['BLR', 'HUN', 'MDA', 'POL', 'ROU', 'RUS', 'SVK'];

/**
 * Lagoons and estuaries open to the sea in OSM's 100 m outline (their barrier spit is lost
 * in the generalisation) that Natural Earth, and the official oblast areas, count as part
 * of the oblasts. Inside each mask the outline is the union of OSM's and Natural Earth's:
 * NE supplies the barrier and the water behind it. Each mask is drawn by the project
 * (lon, lat), generous over land, and crosses the coast only where the two sources agree
 * within ~100 m, so that no other stretch of Natural Earth's coast comes in.
 */
export const LAGOONS = [
  {
    name: 'Syvash and the Arabat spit (Kherson, Crimea)',
    // OSM lacks the northern Arabat spit and opens the Syvash to the Sea of Azov at the
    // Henichesk strait and along the spit: the mask runs ~2 km offshore along NE's spit from
    // Henichesk to the spit's root on the Kerch peninsula, then inland round the Syvash,
    // east of the Perekop isthmus (Karkinit Bay stays OSM's).
    ring: [
      [33.685, 46.32], [34.6, 46.34], [34.78, 46.22], [34.8, 46.185], [34.87, 46.175], [34.87, 46.06],
      [34.91, 45.93], [35.03, 45.75], [35.2, 45.54], [35.37, 45.4], [35.51, 45.33], [35.49, 45.25],
      [35.45, 45.2], [35.25, 45.16], [34.85, 45.35], [34.7, 45.66], [34.3, 45.78], [33.85, 45.9],
      [33.685, 46.02],
    ],
  },
  {
    name: 'Molochnyi estuary (Zaporizhzhia)',
    // Open to the Sea of Azov where OSM lost the spit between the estuary and the sea; the
    // Utliuk estuary to the west is water in both sources and stays outside the mask.
    ring: [
      [35.24, 46.715], [35.47, 46.715], [35.47, 46.47], [35.5, 46.44], [35.47, 46.405], [35.4, 46.36],
      [35.35, 46.37], [35.3, 46.4], [35.3, 46.46], [35.24, 46.52],
    ],
  },
  {
    name: 'Dniester estuary (Odesa)',
    // OSM lost the Bugaz/Zatoka spit (~25 km) between the estuary and the Black Sea; the
    // head of the estuary stays south of the Moldovan border.
    ring: [
      [30.02, 46.378], [30.1, 46.4], [30.3, 46.4], [30.54, 46.17], [30.56, 46.13], [30.53, 46.09],
      [30.42, 45.99], [30.3, 45.935], [30.24, 45.95], [30.1, 46.1], [30.0, 46.3],
    ],
  },
  {
    name: 'Donuzlav (Crimea)',
    // The lake's barrier and its cut to the sea are lost in OSM's outline.
    ring: [
      [32.94, 45.37], [32.94, 45.33], [33.06, 45.27], [33.06, 45.31], [33.15, 45.36], [33.23, 45.46],
      [33.19, 45.47], [33.05, 45.4],
    ],
  },
  {
    name: 'Sasyk-Syvash (Crimea)',
    // East of Yevpatoria; its barrier beach is lost in OSM's outline.
    ring: [
      [33.37, 45.26], [33.6, 45.26], [33.6, 45.13], [33.55, 45.09], [33.4, 45.17], [33.37, 45.2],
    ],
  },
];

/** Half-width of the widest border-river gap closed and split at its midline, metres. */
export const BORDER_WATER_CLOSE_M = 1000;
/** Spacing of the bank points whose nearest-point split gives the midline, metres. */
const BANK_SITE_STEP_M = 50;

/**
 * Reads the features of the given countries from the data set's map.geo.json (one feature
 * per line; parsing only the needed lines takes ~2 s instead of ~17 s for the whole 126 MB).
 * @returns {Record<string, GeoJSON.Feature>}
 */
export function readCountries(file, codes) {
  const text = fs.readFileSync(file, 'utf8');
  const want = new Set(codes);
  const out = {};
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const m = /"A3":"([A-Z]{3})"/.exec(text.slice(Math.max(from, to - 40), to));
    if (m && want.has(m[1])) {
      if (out[m[1]]) throw new Error(`${file}: ${m[1]} appears twice`);
      out[m[1]] = JSON.parse(text.slice(from, to).replace(/,\s*$/, ''));
    }
    from = to + 1;
  }
  const missing = codes.filter((c) => !out[c]);
  if (missing.length) throw new Error(`${file}: no feature with A3 ${missing.join(', ')}`);
  return out;
}

/**
 * Builds the outline O (plane paths) and the pieces the build reports.
 * @param {Record<string, GeoJSON.Feature>} countries from readCountries (UKR + NEIGHBOURS)
 * @param {Array} nePaths plane paths of the union of Natural Earth's oblasts
 */
export function buildOutline(countries, nePaths) {
  const ukr = countries[UKRAINE].geometry;
  const holes = ukr.type === 'Polygon' ? ukr.coordinates.length - 1 : ukr.coordinates.reduce((s, p) => s + p.length - 1, 0);
  const U = union(outerPathsOf(ukr));

  // Neighbours near Ukraine. OSM's Russia also contains Crimea: only land outside U counts.
  const b = boundsOf(U);
  const pad = 40000 * UNIT_PER_M;
  const rect = { left: b.left - pad, top: b.top - pad, right: b.right + pad, bottom: b.bottom + pad };
  const nb = [];
  for (const code of NEIGHBOURS) nb.push(...Clipper.rectClip(rect, outerPathsOf(countries[code].geometry)));
  const Nb = difference(union(nb), U);

  // Lagoons: Natural Earth's area inside the masks.
  const lagoonStats = [];
  let lagoons = [];
  for (const l of LAGOONS) {
    const mask = ringToPath(l.ring);
    const add = intersect(nePaths, [mask]);
    const added = difference(add, Clipper.rectClip(pathBounds(mask), U));
    const gain = pathsArea(added);
    if (gain < 5e6 * UNIT_PER_M ** 2) throw new Error(`outline: lagoon mask "${l.name}" adds only ${(gain / 1e6 / UNIT_PER_M ** 2).toFixed(1)} km²: check it`);
    lagoonStats.push({ name: l.name, added });
    lagoons = union(lagoons, add);
  }
  const withLagoons = union(U, lagoons);

  const borderWater = borderWaters(U, Nb);
  const O = fillHoles(union(withLagoons, borderWater.paths));
  // Pieces for the report (areas are measured on lon/lat by the caller).
  return {
    paths: O,
    report: {
      holes,
      lagoons: lagoonStats,
      borderWater: borderWater.paths,
      borderWaterGaps: borderWater.pieces,
    },
  };
}

/**
 * The Ukrainian half of the water between Ukraine's bank and a neighbour's: the gaps that a
 * morphological closing of both lands by BORDER_WATER_CLOSE_M fills and that touch both,
 * split between the two banks by nearest point (the midline).
 */
function borderWaters(U, Nb) {
  const r = BORDER_WATER_CLOSE_M;
  const X = union(U, Nb);
  const closed = buffer(buffer(X, r), -r);
  const gaps = differenceP(fillHoles(closed), X);
  const key = (p) => `${p.x},${p.y}`;
  const uKeys = new Set(U.flat().map(key));
  const nKeys = new Set(Nb.flat().map(key));
  const touching = gaps.filter((poly) => {
    let u = 0;
    let n = 0;
    for (const p of poly) for (const q of p) {
      const k = key(q);
      if (uKeys.has(k)) u++;
      if (nKeys.has(k)) n++;
    }
    return u >= 2 && n >= 2;
  });
  if (!touching.length) return { paths: [], pieces: 0 };
  // Bank points near the gaps: the edges of U and Nb inside the gaps' boxes grown by r.
  const margin = 2 * r * UNIT_PER_M;
  const boxes = touching.map((poly) => {
    const bb = pathBounds(poly[0]);
    return { left: bb.left - margin, top: bb.top - margin, right: bb.right + margin, bottom: bb.bottom + margin };
  });
  const near = (a, c) => boxes.some((bx) => Math.max(a.x, c.x) >= bx.left && Math.min(a.x, c.x) <= bx.right && Math.max(a.y, c.y) >= bx.top && Math.min(a.y, c.y) <= bx.bottom);
  const sites = [];
  const step = BANK_SITE_STEP_M * UNIT_PER_M;
  for (const [label, paths, other] of [['UKR', U, nKeys], ['NB', Nb, uKeys]]) {
    for (const p of paths) {
      for (let i = 0; i < p.length; i++) {
        const a = p[i];
        const c = p[(i + 1) % p.length];
        if (!near(a, c)) continue;
        // Points on the land border itself belong to both: leave them out.
        if (!other.has(key(a))) sites.push({ x: a.x, y: a.y, label });
        if (other.has(key(a)) && other.has(key(c))) continue;
        for (const q of densify(a, c, step)) sites.push({ x: q.x, y: q.y, label });
      }
    }
  }
  const all = boundsOf(touching.flat());
  const part = nearestPartition(sites, { left: all.left - margin, top: all.top - margin, right: all.right + margin, bottom: all.bottom + margin });
  const ua = part.get('UKR') ?? [];
  return { paths: intersect(touching.flat(), ua), pieces: touching.length };
}
