// How far the oblasts' outer boundary lies from OSM's Ukraine–Russia land border: the figure
// issue #13 asks for (Natural Earth's border was ~1.4 km off; the fitted one is 0 by
// construction, up to rounding). Printed by the build and checked by tests/unit/geodata.test.ts.
import { pathsOf, proj, union, UNIT_PER_M } from './plane.mjs';

/** The land border lies north of the Sea of Azov; further south OSM's Russia also holds Crimea. */
const MAINLAND_MIN_LAT = 46.5;

/**
 * OSM's Ukraine–Russia land border as plane segments: edges of Ukraine's outer rings whose two
 * end points are also vertices of OSM's Russia (the data set keeps shared borders vertex for
 * vertex), north of MAINLAND_MIN_LAT.
 */
export function russianBorderSegments(countries) {
  const key = (p) => `${p[0]},${p[1]}`;
  const ru = new Set();
  for (const poly of countries.RUS.geometry.coordinates) for (const r of poly) for (const p of r) if (p[1] > MAINLAND_MIN_LAT - 1) ru.add(key(p));
  const segs = [];
  const ukr = countries.UKR.geometry;
  for (const poly of ukr.type === 'Polygon' ? [ukr.coordinates] : ukr.coordinates) {
    const r = poly[0];
    for (let i = 0; i + 1 < r.length; i++) {
      if (r[i][1] < MAINLAND_MIN_LAT || !ru.has(key(r[i])) || !ru.has(key(r[i + 1]))) continue;
      segs.push([proj(r[i]), proj(r[i + 1])]);
    }
  }
  return segs;
}

function segDist(p, a, b) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const l2 = dx * dx + dy * dy;
  const t = l2 ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2)) : 0;
  return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
}

/**
 * Distances (metres) from the outer-boundary vertices of a set of oblasts to the Russian
 * border, for the vertices within `zoneM` of it and not beyond its two ends (so the coast
 * of the Sea of Azov and the Belarusian border do not count).
 * @param {GeoJSON.Feature[]} oblasts
 * @param {Array} segs from russianBorderSegments
 */
export function borderDistances(oblasts, segs, zoneM = 10000) {
  const outer = union(oblasts.flatMap((f) => pathsOf(f.geometry)));
  const cell = zoneM * UNIT_PER_M;
  const grid = new Map();
  segs.forEach((s, i) => {
    const x0 = Math.floor((Math.min(s[0].x, s[1].x) - cell) / cell);
    const x1 = Math.floor((Math.max(s[0].x, s[1].x) + cell) / cell);
    const y0 = Math.floor((Math.min(s[0].y, s[1].y) - cell) / cell);
    const y1 = Math.floor((Math.max(s[0].y, s[1].y) + cell) / cell);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) {
      const k = `${x},${y}`;
      if (!grid.has(k)) grid.set(k, []);
      grid.get(k).push(i);
    }
  });
  // The border's two ends, the Sea of Azov and the tripoint with Belarus: the southernmost and
  // the westernmost of the vertices that end a run of segments. A vertex whose distance to an
  // end is less than twice its distance to the border lies beyond that end (the Azov coast,
  // the Belarusian border), not along the border.
  const degree = new Map();
  const k = (p) => `${p.x},${p.y}`;
  for (const s of segs) for (const p of s) degree.set(k(p), (degree.get(k(p)) ?? 0) + 1);
  const loose = segs.flat().filter((p) => degree.get(k(p)) === 1);
  const ends = [
    loose.reduce((a, b) => (b.y < a.y ? b : a)),
    loose.reduce((a, b) => (b.x < a.x ? b : a)),
  ];
  const out = [];
  for (const p of outer.flat()) {
    const cand = grid.get(`${Math.floor(p.x / cell)},${Math.floor(p.y / cell)}`);
    if (!cand) continue;
    let best = Infinity;
    for (const i of cand) best = Math.min(best, segDist(p, segs[i][0], segs[i][1]));
    if (best > cell) continue;
    if (ends.some((e) => Math.hypot(p.x - e.x, p.y - e.y) < 2 * best + 50 * UNIT_PER_M)) continue;
    out.push(best / UNIT_PER_M);
  }
  return out.sort((a, b) => a - b);
}

