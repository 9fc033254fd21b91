import type { Feature, FeatureCollection, MultiLineString, Position } from 'geojson';
import { polygonsOf, type Areal } from './polygons';

/** Metres per degree of latitude (mean). */
const M_PER_DEG = 111_320;

/**
 * The outer boundary of a set of polygons that share their common borders vertex for vertex
 * (as the snapped oblast file does): every segment that belongs to exactly one polygon.
 * For Ukraine's oblasts this is the state border and the coast.
 */
export function outerSegments(polys: readonly Areal[]): [Position, Position][] {
  const count = new Map<string, { n: number; seg: [Position, Position] }>();
  const key = (p: Position) => `${p[0]!.toFixed(6)},${p[1]!.toFixed(6)}`;
  for (const g of polys)
    for (const rings of polygonsOf(g))
      for (const ring of rings)
        for (let i = 1; i < ring.length; i++) {
          const a = ring[i - 1]!;
          const b = ring[i]!;
          const ka = key(a);
          const kb = key(b);
          if (ka === kb) continue;
          const k = ka < kb ? `${ka};${kb}` : `${kb};${ka}`;
          const e = count.get(k);
          if (e) e.n++;
          else count.set(k, { n: 1, seg: [a, b] });
        }
  return [...count.values()].filter((e) => e.n === 1).map((e) => e.seg);
}

/** A uniform grid of segments for "is this point within d of any segment?" queries. */
class SegmentGrid {
  private cells = new Map<string, [Position, Position][]>();
  constructor(segs: readonly [Position, Position][], private readonly cell: number) {
    for (const s of segs) {
      const x0 = Math.floor(Math.min(s[0][0]!, s[1][0]!) / cell);
      const x1 = Math.floor(Math.max(s[0][0]!, s[1][0]!) / cell);
      const y0 = Math.floor(Math.min(s[0][1]!, s[1][1]!) / cell);
      const y1 = Math.floor(Math.max(s[0][1]!, s[1][1]!) / cell);
      for (let x = x0; x <= x1; x++)
        for (let y = y0; y <= y1; y++) {
          const k = `${x},${y}`;
          const list = this.cells.get(k);
          if (list) list.push(s);
          else this.cells.set(k, [s]);
        }
    }
  }
  /** Is p within `metres` of a segment? (`metres` must be smaller than a cell.) */
  near(p: Position, metres: number): boolean {
    const cx = Math.floor(p[0]! / this.cell);
    const cy = Math.floor(p[1]! / this.cell);
    const kx = Math.cos((p[1]! * Math.PI) / 180);
    for (let x = cx - 1; x <= cx + 1; x++)
      for (let y = cy - 1; y <= cy + 1; y++)
        for (const [a, b] of this.cells.get(`${x},${y}`) ?? []) {
          if (distToSegmentM(p, a, b, kx) <= metres) return true;
        }
    return false;
  }
}

function distToSegmentM(p: Position, a: Position, b: Position, kx: number): number {
  const ax = a[0]! * kx, ay = a[1]!, bx = b[0]! * kx, by = b[1]!, px = p[0]! * kx, py = p[1]!;
  const dx = bx - ax, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  const qx = ax + t * dx - px, qy = ay + t * dy - py;
  return Math.sqrt(qx * qx + qy * qy) * M_PER_DEG;
}

/**
 * The contact line of a controlled area: its boundary minus the stretches that run along the
 * `outer` segments (state border, coast), within `toleranceM` metres. Returns polylines.
 */
export function contactLine(
  controlled: Areal | null,
  outer: readonly [Position, Position][],
  toleranceM = 25,
): Feature<MultiLineString, Record<string, never>> | null {
  if (!controlled) return null;
  const grid = new SegmentGrid(outer, 0.05);
  const lines: Position[][] = [];
  for (const rings of polygonsOf(controlled))
    for (const closed of rings) {
      // Walk the ring from a vertex on the outer boundary, so no piece of line is split at the
      // ring's arbitrary first vertex; a ring that never touches it is a closed line of its own.
      const open = closed.slice(0, -1);
      const onOpen = open.map((p) => grid.near(p, toleranceM));
      const s0 = onOpen.indexOf(true);
      const start = s0 < 0 ? 0 : s0;
      const ring = [...open.slice(start), ...open.slice(0, start), open[start]!];
      const on = [...onOpen.slice(start), ...onOpen.slice(0, start), onOpen[start]!];
      let current: Position[] = [];
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1]!;
        const b = ring[i]!;
        const mid: Position = [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2];
        if (on[i - 1] && on[i] && grid.near(mid, toleranceM)) {
          if (current.length >= 2) lines.push(current);
          current = [];
        } else {
          if (current.length === 0) current.push(a);
          current.push(b);
        }
      }
      if (current.length >= 2) lines.push(current);
    }
  if (lines.length === 0) return null;
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: lines } };
}

/** Keep the parts of polylines whose segments pass `keep(a, b)`. */
export function clipLines(
  lines: Feature<MultiLineString> | null,
  keep: (a: Position, b: Position) => boolean,
): MultiLineString | null {
  if (!lines) return null;
  const out: Position[][] = [];
  for (const line of lines.geometry.coordinates) {
    let current: Position[] = [];
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1]!;
      const b = line[i]!;
      if (keep(a, b)) {
        if (current.length === 0) current.push(a);
        current.push(b);
      } else if (current.length) {
        if (current.length >= 2) out.push(current);
        current = [];
      }
    }
    if (current.length >= 2) out.push(current);
  }
  return out.length ? { type: 'MultiLineString', coordinates: out } : null;
}

/**
 * The point just beside the middle of segment a→b on the side where `side` holds, or the
 * middle itself if neither does. A contact line that runs along an oblast border belongs to
 * the oblast on its Russian-held side; this finds which.
 */
export function besideMiddle(a: Position, b: Position, side: (p: Position) => boolean, offsetDeg = 1e-6): Position {
  const mx = (a[0]! + b[0]!) / 2;
  const my = (a[1]! + b[1]!) / 2;
  const dx = b[0]! - a[0]!;
  const dy = b[1]! - a[1]!;
  const len = Math.hypot(dx, dy) || 1;
  const left: Position = [mx - (dy / len) * offsetDeg, my + (dx / len) * offsetDeg];
  const right: Position = [mx + (dy / len) * offsetDeg, my - (dx / len) * offsetDeg];
  if (side(left)) return left;
  if (side(right)) return right;
  return [mx, my];
}

/** Wrap polylines as a collection (helper for the style's sources). */
export function lineCollection<P>(items: { geometry: MultiLineString | null; properties: P }[]): FeatureCollection<MultiLineString, P> {
  return {
    type: 'FeatureCollection',
    features: items
      .filter((i): i is { geometry: MultiLineString; properties: P } => i.geometry !== null)
      .map((i) => ({ type: 'Feature', properties: i.properties, geometry: i.geometry })),
  };
}
