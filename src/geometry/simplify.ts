/**
 * Lighter geometry for drawing: the layers of a line loaded from a file, simplified (Douglas–
 * Peucker) to a tolerance below a pixel at the map's closest zoom. The figures are computed
 * before, on the full geometry; only what the map and the exports draw is simplified. A 4 MB,
 * 100,000-vertex line gave ~570,000 positions over its layers (every scenario's parts): handing
 * them to MapLibre froze the page for ~2 s on its main thread. Pure.
 */
import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { LineDerived } from './derive';

/** Metres per degree of latitude (mean). */
const M_PER_DEG = 111_320;

/**
 * The tolerance: 10 m, under half a pixel at the map's closest zoom (12: ~25 m per pixel at
 * 48° N), so no one can see it; shared borders of neighbouring parts move by at most that.
 */
export const DRAW_TOLERANCE_M = 10;

/** A polyline or ring simplified (closed rings stay closed; null when a ring collapses). */
export function simplifyPath(pts: readonly Position[], toleranceM: number, closed: boolean): Position[] | null {
  const n = pts.length;
  if (n <= (closed ? 4 : 2)) return pts as Position[];
  const k = Math.cos(((pts[0]![1] ?? 0) * Math.PI) / 180);
  const tol2 = (toleranceM / M_PER_DEG) ** 2;
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  // A ring is split at the vertex farthest from its first: two open runs that DP can take.
  let split = -1;
  if (closed) {
    let best = -1;
    for (let i = 1; i < n - 1; i++) {
      const dx = (pts[i]![0]! - pts[0]![0]!) * k;
      const dy = pts[i]![1]! - pts[0]![1]!;
      const d = dx * dx + dy * dy;
      if (d > best) {
        best = d;
        split = i;
      }
    }
    keep[split] = 1;
  }
  const stack: [number, number][] = closed ? [[0, split], [split, n - 1]] : [[0, n - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const ax = pts[a]![0]! * k, ay = pts[a]![1]!;
    const bx = pts[b]![0]! * k, by = pts[b]![1]!;
    const dx = bx - ax, dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let far = -1;
    let farD = tol2;
    for (let i = a + 1; i < b; i++) {
      const px = pts[i]![0]! * k, py = pts[i]![1]!;
      const t = len2 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
      const ex = ax + t * dx - px, ey = ay + t * dy - py;
      const d = ex * ex + ey * ey;
      if (d > farD) {
        farD = d;
        far = i;
      }
    }
    if (far >= 0) {
      keep[far] = 1;
      stack.push([a, far], [far, b]);
    }
  }
  const out: Position[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(pts[i]!);
  if (closed && out.length < 4) return null;
  return out;
}

/** A geometry simplified; shared rings (the same array in several features) are simplified once. */
function simplifyGeometry<G extends Geometry>(g: G, toleranceM: number, memo: WeakMap<Position[], Position[] | null>): G | null {
  const ring = (r: Position[], closed: boolean) => {
    if (!memo.has(r)) memo.set(r, simplifyPath(r, toleranceM, closed));
    return memo.get(r)!;
  };
  const poly = (rings: Position[][]) => {
    const out: Position[][] = [];
    for (const [i, r] of rings.entries()) {
      const s = ring(r, true);
      if (s) out.push(s);
      else if (i === 0) return null;
    }
    return out;
  };
  switch (g.type) {
    case 'Polygon': {
      const p = poly(g.coordinates);
      return p ? ({ type: 'Polygon', coordinates: p } as G) : null;
    }
    case 'MultiPolygon': {
      const ps = g.coordinates.map(poly).filter((p): p is Position[][] => p !== null);
      return ps.length ? ({ type: 'MultiPolygon', coordinates: ps } as G) : null;
    }
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: g.coordinates.map((l) => ring(l, false)!) } as G;
    case 'LineString':
      return { type: 'LineString', coordinates: ring(g.coordinates, false)! } as G;
    default:
      return g;
  }
}

function simplifyCollection<G extends Geometry, P>(fc: FeatureCollection<G, P>, toleranceM: number, memo: WeakMap<Position[], Position[] | null>): FeatureCollection<G, P> {
  const features = [];
  for (const f of fc.features) {
    const g = simplifyGeometry(f.geometry, toleranceM, memo);
    if (g) features.push({ ...f, geometry: g });
  }
  return { ...fc, features };
}

/**
 * Everything a line's layers draw, simplified: the line, its contact line, the swap layers and
 * the geometry of each scenario's result (drawn by exports, read by a click). The numbers of the
 * results (areas, totals) are those of the full geometry and are left as they are.
 */
export function simplifyForDrawing(d: LineDerived, toleranceM = DRAW_TOLERANCE_M): LineDerived {
  const memo = new WeakMap<Position[], Position[] | null>();
  const s = <G extends Geometry, P>(fc: FeatureCollection<G, P>) => simplifyCollection(fc, toleranceM, memo);
  const results = new Map(
    [...d.results].map(([id, r]) => [id, { ...r, parts: s(r.parts), proposed: s(r.proposed), frozenLine: s(r.frozenLine), proposedLine: s(r.proposedLine) }] as const),
  );
  return {
    line: s(d.line),
    contact: s(d.contact),
    results,
    swap: { parts: s(d.swap.parts), proposed: s(d.swap.proposed), frozenLine: s(d.swap.frozenLine), proposedLine: s(d.swap.proposedLine) },
  };
}

/** How many positions a derived line hands to the map (for the bench and tests). */
export function positionsOf(d: LineDerived): number {
  let n = 0;
  const count = (c: unknown): void => {
    if (Array.isArray(c)) {
      if (typeof c[0] === 'number') n++;
      else for (const x of c) count(x);
    }
  };
  for (const fc of [d.line, d.contact, d.swap.parts, d.swap.proposed, d.swap.frozenLine, d.swap.proposedLine]) for (const f of fc.features) count(f.geometry.coordinates);
  return n;
}
