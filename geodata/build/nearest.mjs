// Nearest-site partition of the plane (Voronoi cells merged per label), used to share
// out land that lies between two sources' borders: the gap strips between Natural Earth's
// oblasts and the OSM outline go to the nearest oblast (build/fit.mjs), and the water of a
// border river goes to the nearer bank (build/outline.mjs).
//
// Sites are points densified along boundaries, so the cell borders between two labels are
// the bisectors between two boundaries: where an inner oblast border meets the outline,
// it is prolonged across the strip along the bisector of the two oblasts' edges.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pathArea, union } from './plane.mjs';

const GEODATA = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const gdRequire = createRequire(path.join(GEODATA, 'package.json'));
const { Delaunay } = await import(gdRequire.resolve('d3-delaunay'));

/**
 * Points along the segment a→b (plane units), at most `step` apart, excluding a and b.
 * @returns {{x:number,y:number}[]}
 */
export function densify(a, b, step) {
  const d = Math.hypot(b.x - a.x, b.y - a.y);
  const n = Math.ceil(d / step);
  const out = [];
  for (let k = 1; k < n; k++) out.push({ x: a.x + ((b.x - a.x) * k) / n, y: a.y + ((b.y - a.y) * k) / n });
  return out;
}

/**
 * Merges the Voronoi cells of labelled sites into one region per label.
 * @param {{x:number,y:number,label:string}[]} sites plane points; of points that coincide,
 *   the first is kept
 * @param {{left:number,top:number,right:number,bottom:number}} bounds region to cover
 * @returns {Map<string, {x:number,y:number}[][]>} label → oriented paths, in label order
 */
export function nearestPartition(sites, bounds) {
  const seen = new Set();
  const pts = [];
  for (const s of sites) {
    const k = `${s.x},${s.y}`;
    if (seen.has(k)) continue;
    seen.add(k);
    pts.push(s);
  }
  const delaunay = Delaunay.from(pts, (p) => p.x, (p) => p.y);
  const voronoi = delaunay.voronoi([bounds.left, bounds.top, bounds.right, bounds.bottom]);
  // Cell vertices are circumcentres shared by neighbouring cells: rounded the same way in
  // both cells, a shared edge has the same two end points in both. Unioning tens of
  // thousands of cells with Clipper takes ~25 s, so the regions are traced instead: an edge
  // of a cell is on its region's boundary unless the cell across it has the same label.
  const edges = new Map(); // undirected key → [{label, a, b}] (directed as in its cell)
  const pkey = (p) => `${p.x},${p.y}`;
  for (let i = 0; i < pts.length; i++) {
    const poly = voronoi.cellPolygon(i);
    if (!poly) continue;
    const ring = [];
    for (let j = 0; j < poly.length - 1; j++) {
      const q = { x: Math.round(poly[j][0]), y: Math.round(poly[j][1]) };
      const l = ring[ring.length - 1];
      if (!l || l.x !== q.x || l.y !== q.y) ring.push(q);
    }
    if (ring.length > 1 && pkey(ring[0]) === pkey(ring[ring.length - 1])) ring.pop();
    if (ring.length < 3) continue;
    if (pathArea(ring) < 0) ring.reverse();
    for (let j = 0; j < ring.length; j++) {
      const a = ring[j];
      const b = ring[(j + 1) % ring.length];
      const ka = pkey(a);
      const kb = pkey(b);
      const k = ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
      if (!edges.has(k)) edges.set(k, []);
      edges.get(k).push({ label: pts[i].label, a, b });
    }
  }
  // Directed boundary edges per label, chained into rings.
  const byLabel = new Map();
  for (const list of edges.values()) {
    for (const e of list) {
      if (list.some((o) => o !== e && o.label === e.label)) continue;
      if (!byLabel.has(e.label)) byLabel.set(e.label, []);
      byLabel.get(e.label).push(e);
    }
  }
  const out = new Map();
  for (const label of [...byLabel.keys()].sort()) {
    const from = new Map();
    for (const e of byLabel.get(label)) {
      const k = pkey(e.a);
      if (!from.has(k)) from.set(k, []);
      from.get(k).push(e);
    }
    const rings = [];
    for (const start of byLabel.get(label)) {
      if (start.used) continue;
      const ring = [];
      let e = start;
      while (e && !e.used) {
        e.used = true;
        ring.push(e.a);
        e = (from.get(pkey(e.b)) ?? []).find((o) => !o.used);
      }
      if (ring.length >= 3) rings.push(ring);
    }
    // Where four cells meet with alternating labels a ring may touch itself: a union of the
    // traced rings (few, large) normalises them.
    out.set(label, union(rings));
  }
  return out;
}
