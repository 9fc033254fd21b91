// Polygon operations for the oblast outline (build/outline.mjs, build/fit.mjs) with
// Clipper2 (clipper2-ts) on integer coordinates in one plane.
//
// Why a plane and integers: Clipper2 is exact and fast on integers (Turf 7's boolean ops
// take minutes on these inputs), and one affine frame keeps every straight segment
// straight, so results map back to lon/lat without distortion of the topology. The frame is
// equirectangular at 48.5°N (the middle of Ukraine) in decimetres: distances used for
// buffers are within ±8 % of metres between 44.4° and 52.4°N, which only matters for the
// few buffer widths below, never for areas (those are measured with Turf on lon/lat).
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const GEODATA = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const gdRequire = createRequire(path.join(GEODATA, 'package.json'));
const C = await import(gdRequire.resolve('clipper2-ts'));
const { Clipper, ClipperOffset, ClipType, EndType, FillRule, JoinType, PolyTree64 } = C;

const LAT0 = 48.5;
const LON0 = 31;
/** Plane units per degree of latitude (decimetres). */
const KY = 111320 * 10;
/** Plane units per degree of longitude at LAT0. */
const KX = KY * Math.cos((LAT0 * Math.PI) / 180);
/** Plane units per metre. */
export const UNIT_PER_M = 10;

/** lon/lat → integer plane point. */
export const proj = ([lon, lat]) => ({ x: Math.round((lon - LON0) * KX), y: Math.round((lat - LAT0) * KY) });
/** Plane point → [lon, lat] (unrounded). */
export const unproj = (p) => [p.x / KX + LON0, p.y / KY + LAT0];

function ringPath(ring) {
  const p = [];
  const n = ring.length - (ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1] ? 1 : 0);
  for (let i = 0; i < n; i++) {
    const q = proj(ring[i]);
    const l = p[p.length - 1];
    if (!l || l.x !== q.x || l.y !== q.y) p.push(q);
  }
  if (p.length > 1 && p[0].x === p[p.length - 1].x && p[0].y === p[p.length - 1].y) p.pop();
  return p;
}
const polygonsOf = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/** GeoJSON (Multi)Polygon → oriented paths (outer rings positive, holes negative). */
export function pathsOf(g) {
  const out = [];
  for (const poly of polygonsOf(g)) {
    poly.forEach((r, i) => {
      const p = ringPath(r);
      if (p.length < 3) return;
      if ((i === 0) !== Clipper.area(p) > 0) p.reverse();
      out.push(p);
    });
  }
  return out;
}

/** Outer rings only (holes filled), positive. */
export function outerPathsOf(g) {
  return polygonsOf(g)
    .map((poly) => {
      const p = ringPath(poly[0]);
      if (Clipper.area(p) < 0) p.reverse();
      return p;
    })
    .filter((p) => p.length >= 3);
}

/** A closed lon/lat ring (first = last or not) → one positive path. */
export const ringToPath = (ring) => {
  const p = ringPath(ring);
  if (Clipper.area(p) < 0) p.reverse();
  return p;
};

function treePolygons(tree) {
  const out = [];
  const walk = (node) => {
    for (let i = 0; i < node.count; i++) {
      const c = node.child(i);
      const poly = [c.poly];
      for (let j = 0; j < c.count; j++) {
        const h = c.child(j);
        poly.push(h.poly);
        walk(h);
      }
      out.push(poly);
    }
  };
  walk(tree);
  return out;
}

/** Boolean operation (non-zero fill) → polygons, each [outer, ...holes]. */
function op(type, a, b) {
  const t = new PolyTree64();
  Clipper.booleanOpWithPolyTree(type, a, b ?? null, t, FillRule.NonZero);
  return treePolygons(t);
}
export const unionP = (a, b) => op(ClipType.Union, a, b);
export const intersectP = (a, b) => op(ClipType.Intersection, a, b);
export const differenceP = (a, b) => op(ClipType.Difference, a, b);
/** Polygons → flat oriented paths (the form every operation takes). */
export const flat = (polys) => polys.flat();
export const union = (a, b) => flat(unionP(a, b));
export const intersect = (a, b) => flat(intersectP(a, b));
export const difference = (a, b) => flat(differenceP(a, b));
/** Drops holes. */
export const fillHoles = (paths) => paths.filter((p) => Clipper.area(p) > 0);
export const pathArea = (p) => Clipper.area(p);
export const pathsArea = (ps) => Clipper.areaPaths(ps);
export const boundsOf = (ps) => Clipper.getBoundsPaths(ps);
export const pathBounds = (p) => Clipper.getBounds(p);
/** 1 inside, 0 outside, -1 on the boundary (Clipper: IsOn 0, IsInside 1, IsOutside 2). */
export function pointIn(pt, path) {
  const r = Clipper.pointInPolygon(pt, path);
  return r === 1 ? 1 : r === 2 ? 0 : -1;
}
export { Clipper };

/** Round-joined buffer by `metres` (negative shrinks). */
export function buffer(paths, metres, arcToleranceM = 5) {
  const co = new ClipperOffset(2, arcToleranceM * UNIT_PER_M);
  co.addPaths(paths, JoinType.Round, EndType.Polygon);
  const out = [];
  co.execute(metres * UNIT_PER_M, out);
  return union(out);
}

/** Polygons → GeoJSON MultiPolygon coordinates in lon/lat rounded to `decimals`. */
export function toCoordinates(polys, decimals = 7) {
  const f = 10 ** decimals;
  const r = (v) => Math.round(v * f) / f;
  return polys.map((poly) =>
    poly.map((p) => {
      const ring = p.map((q) => {
        const [lon, lat] = unproj(q);
        return [r(lon), r(lat)];
      });
      ring.push(ring[0]);
      return ring;
    }),
  );
}
