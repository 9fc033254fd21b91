/**
 * Make the polygons of a line file valid, and say what was done: unclosed rings are closed,
 * rings without an area dropped, rings that cross or touch themselves (a "bow-tie") replaced by
 * the area they enclose (Clipper2, non-zero rule: every lobe counts), holes cut out of their
 * shell with a polygon difference, so a hole outside its shell subtracts nothing instead of
 * adding area. Pure: GeoJSON positions in, GeoJSON geometry and counts out.
 */
import type { Position } from 'geojson';
import { difference, regionOf, type Areal } from '../geometry/clip';
import { contains } from '../geometry/contains';

export interface Repairs {
  /** Rings whose last position was not their first: closed. */
  closed: number;
  /** Rings with fewer than three distinct positions or no area: dropped. */
  degenerate: number;
  /** Rings that cross or touch themselves: replaced by the area they enclose. */
  selfIntersecting: number;
  /** Holes that lie outside their shell: ignored. */
  holesOutside: number;
}

export const noRepairs = (): Repairs => ({ closed: 0, degenerate: 0, selfIntersecting: 0, holesOutside: 0 });

/** The polygons of one feature, valid; null when nothing with an area is left. */
export function repairPolygons(polygons: readonly Position[][][], r: Repairs): Areal | null {
  const out: Position[][][] = [];
  for (const rings of polygons) {
    const clean: Position[][] = [];
    let crossing = false;
    for (let i = 0; i < rings.length; i++) {
      const ring = closeRing(rings[i]!, r);
      if (!ring) {
        r.degenerate++;
        if (i === 0) break; // no shell: the holes have nothing to cut
        continue;
      }
      if (selfIntersects(ring)) {
        r.selfIntersecting++;
        crossing = true;
      }
      clean.push(ring);
    }
    if (clean.length === 0) continue;
    if (!crossing && clean.length === 1) {
      out.push(clean);
      continue;
    }
    // A hole is read against its shell's area: shell region − the union of the holes.
    const shell = regionOf([clean[0]!]);
    if (!shell) {
      r.degenerate++;
      continue;
    }
    const holes = clean.slice(1);
    for (const h of holes) if (!insideRegion(shell, h)) r.holesOutside++;
    const g = holes.length ? difference(shell, regionOf(holes)) : shell;
    if (g) out.push(...(g.type === 'Polygon' ? [g.coordinates] : g.coordinates));
  }
  if (out.length === 0) return null;
  return out.length === 1 ? { type: 'Polygon', coordinates: out[0]! } : { type: 'MultiPolygon', coordinates: out };
}

/** The ring closed, with repeated positions removed; null when it has no area. */
function closeRing(ring: readonly Position[], r: Repairs): Position[] | null {
  const pts: Position[] = [];
  for (const p of ring) {
    const last = pts[pts.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
  }
  if (pts.length > 1) {
    const a = pts[0]!;
    const b = pts[pts.length - 1]!;
    if (a[0] === b[0] && a[1] === b[1]) pts.pop();
    else if (ring.length >= 3) r.closed++;
  }
  if (pts.length < 3) return null;
  // Twice the signed area, about the first point. Points on one line rarely sum to exactly 0 in
  // floating point ([37,48],[37.1,48.1],[37.2,48.2] gave ~1e-14): such a ring passed as a polygon,
  // was counted ("1 polygon"), then vanished in the union, and the file was refused as holding
  // "no area counted" instead of "a ring without an area". So an area below 1e-10 of the ring's
  // bounding square (rounding noise, far under any real sliver) counts as none.
  const [x0, y0] = [pts[0]![0]!, pts[0]![1]!];
  let s = 0;
  let w = Infinity, so = Infinity, e = -Infinity, n = -Infinity;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = [pts[i]![0]! - x0, pts[i]![1]! - y0];
    s += (pts[j]![0]! - x0 - xi) * (pts[j]![1]! - y0 + yi);
    if (xi < w) w = xi;
    if (xi > e) e = xi;
    if (yi < so) so = yi;
    if (yi > n) n = yi;
  }
  const side = Math.max(e - w, n - so);
  // A zero signed area can still enclose area when the ring crosses itself (a symmetric bow-tie).
  if (Math.abs(s) <= 1e-10 * side * side && !selfIntersects([...pts, pts[0]!])) return null;
  pts.push(pts[0]!);
  return pts;
}

/** Does a hole lie in the shell's area? Tested at the midpoints of its first edges (a hole may touch its shell). */
function insideRegion(shell: Areal, hole: readonly Position[]): boolean {
  let votes = 0;
  const tries = Math.min(3, hole.length - 1);
  for (let i = 0; i < tries; i++) {
    const a = hole[i]!;
    const b = hole[i + 1]!;
    if (contains(shell, [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2])) votes++;
  }
  return votes * 2 > tries;
}

/**
 * Does a closed ring cross or touch itself (two non-adjacent edges meeting)? Edges are bucketed
 * in a grid about the mean edge length, so a ring of 100,000 vertices is checked in linear time.
 */
export function selfIntersects(ring: readonly Position[]): boolean {
  const n = ring.length - 1; // edges; the ring is closed
  if (n < 4) return false;
  let w = Infinity, s = Infinity, e = -Infinity, no = -Infinity;
  let len = 0;
  for (let i = 0; i < n; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    if (a[0]! < w) w = a[0]!;
    if (a[0]! > e) e = a[0]!;
    if (a[1]! < s) s = a[1]!;
    if (a[1]! > no) no = a[1]!;
    len += Math.abs(b[0]! - a[0]!) + Math.abs(b[1]! - a[1]!);
  }
  const cell = Math.max(len / n, (Math.max(e - w, no - s) || 1) / 4096, 1e-9);
  const grid = new Map<number, number[]>();
  const key = (x: number, y: number) => x * 1_048_576 + y;
  for (let i = 0; i < n; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    const x0 = Math.floor((Math.min(a[0]!, b[0]!) - w) / cell);
    const x1 = Math.floor((Math.max(a[0]!, b[0]!) - w) / cell);
    const y0 = Math.floor((Math.min(a[1]!, b[1]!) - s) / cell);
    const y1 = Math.floor((Math.max(a[1]!, b[1]!) - s) / cell);
    for (let x = x0; x <= x1; x++)
      for (let y = y0; y <= y1; y++) {
        const k = key(x, y);
        const list = grid.get(k);
        if (list) {
          for (const j of list) if (!adjacent(i, j, n) && segmentsMeet(a, b, ring[j]!, ring[j + 1]!)) return true;
          list.push(i);
        } else grid.set(k, [i]);
      }
  }
  return false;
}

const adjacent = (i: number, j: number, n: number) => Math.abs(i - j) === 1 || Math.abs(i - j) === n - 1;

function orient(a: Position, b: Position, c: Position): number {
  const v = (b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

const onSegment = (a: Position, b: Position, p: Position) =>
  Math.min(a[0]!, b[0]!) <= p[0]! && p[0]! <= Math.max(a[0]!, b[0]!) && Math.min(a[1]!, b[1]!) <= p[1]! && p[1]! <= Math.max(a[1]!, b[1]!);

/** Do segments ab and cd meet (cross, or touch)? */
function segmentsMeet(a: Position, b: Position, c: Position, d: Position): boolean {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  return (o1 === 0 && onSegment(a, b, c)) || (o2 === 0 && onSegment(a, b, d)) || (o3 === 0 && onSegment(c, d, a)) || (o4 === 0 && onSegment(c, d, b));
}
