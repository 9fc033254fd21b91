import type { MultiLineString, Position } from 'geojson';
import { polygonsOf, type Areal } from './polygons';

/** Metres per degree of latitude (mean). */
const M_PER_DEG = 111_320;

export type Segment = [Position, Position];

/**
 * The segments of a set of polygons that share their common borders vertex for vertex (as the
 * snapped oblast file does), split into those that belong to one polygon only (`outer`: for
 * Ukraine's oblasts, the state border and the coast) and those two polygons share (`shared`).
 */
export function borderSegments(polys: readonly Areal[]): { outer: Segment[]; outerOwners: number[]; shared: Segment[]; owners: [number, number][] } {
  // Vertices are matched to 1e-6° (about 0.1 m): a number per vertex, a nested map per edge.
  const count = new Map<number, Map<number, { n: number; seg: Segment; owners: number[] }>>();
  const key = (p: Position) => Math.round(p[0]! * 1e6) * 2 ** 26 + Math.round(p[1]! * 1e6);
  for (const [gi, g] of polys.entries())
    for (const rings of polygonsOf(g))
      for (const ring of rings)
        for (let i = 1; i < ring.length; i++) {
          const a = ring[i - 1]!;
          const b = ring[i]!;
          const ka = key(a);
          const kb = key(b);
          if (ka === kb) continue;
          const lo = Math.min(ka, kb);
          const hi = Math.max(ka, kb);
          let row = count.get(lo);
          if (!row) count.set(lo, (row = new Map()));
          const e = row.get(hi);
          if (e) {
            e.n++;
            e.owners.push(gi);
          } else row.set(hi, { n: 1, seg: [a, b], owners: [gi] });
        }
  const outer: Segment[] = [];
  const outerOwners: number[] = [];
  const shared: Segment[] = [];
  const owners: [number, number][] = [];
  for (const row of count.values())
    for (const e of row.values()) {
      if (e.n === 1) {
        outer.push(e.seg);
        outerOwners.push(e.owners[0]!);
      }
      else {
        shared.push(e.seg);
        owners.push([e.owners[0]!, e.owners[1]!]);
      }
    }
  return { outer, outerOwners, shared, owners };
}

/** A uniform grid of segments for "is this point within d metres of a segment?" queries. */
export class SegmentGrid<T = undefined> {
  private cells = new Map<number, { seg: Segment; tag: T }[]>();
  /**
   * Cells of 0.01° (~0.7–1.1 km): a query looks at the cells within its distance, so a 25 m test
   * reads the few segments of 3 × 3 small cells. (With 0.05°, the OpenStreetMap border's dense
   * segments made each test read hundreds.)
   */
  constructor(segs: readonly Segment[], tags?: readonly T[], private readonly cell = 0.01) {
    segs.forEach((s, i) => {
      const x0 = Math.floor(Math.min(s[0][0]!, s[1][0]!) / cell);
      const x1 = Math.floor(Math.max(s[0][0]!, s[1][0]!) / cell);
      const y0 = Math.floor(Math.min(s[0][1]!, s[1][1]!) / cell);
      const y1 = Math.floor(Math.max(s[0][1]!, s[1][1]!) / cell);
      for (let x = x0; x <= x1; x++)
        for (let y = y0; y <= y1; y++) {
          const k = cellKey(x, y);
          const item = { seg: s, tag: tags?.[i] as T };
          const list = this.cells.get(k);
          if (list) list.push(item);
          else this.cells.set(k, [item]);
        }
    });
  }
  /** Is p within `metres` of a segment? */
  near(p: Position, metres: number): boolean {
    return this.nearest(p, metres) !== null;
  }
  /** How many cells around p's a query of `metres` must read (a cell is narrowest east–west). */
  private reach(p: Position, metres: number): number {
    const cellM = this.cell * M_PER_DEG * Math.cos((p[1]! * Math.PI) / 180);
    return Math.max(1, Math.ceil(metres / cellM));
  }
  /** A segment within `metres` of p, with its tag, or null. */
  nearest(p: Position, metres: number): { seg: Segment; tag: T } | null {
    const cx = Math.floor(p[0]! / this.cell);
    const cy = Math.floor(p[1]! / this.cell);
    const kx = Math.cos((p[1]! * Math.PI) / 180);
    const r = this.reach(p, metres);
    for (let x = cx - r; x <= cx + r; x++)
      for (let y = cy - r; y <= cy + r; y++) {
        const list = this.cells.get(cellKey(x, y));
        if (!list) continue;
        for (const item of list) if (distToSegmentM(p, item.seg[0], item.seg[1], kx) <= metres) return item;
      }
    return null;
  }
  /** The closest segment within `metres` of p, with its tag, or null. */
  closest(p: Position, metres: number): { seg: Segment; tag: T } | null {
    const cx = Math.floor(p[0]! / this.cell);
    const cy = Math.floor(p[1]! / this.cell);
    const kx = Math.cos((p[1]! * Math.PI) / 180);
    const r = this.reach(p, metres);
    let best: { seg: Segment; tag: T } | null = null;
    let bestM = metres;
    for (let x = cx - r; x <= cx + r; x++)
      for (let y = cy - r; y <= cy + r; y++)
        for (const item of this.cells.get(cellKey(x, y)) ?? []) {
          const d = distToSegmentM(p, item.seg[0], item.seg[1], kx);
          if (d <= bestM) {
            bestM = d;
            best = item;
          }
        }
    return best;
  }
}

function cellKey(x: number, y: number): number {
  return (x + 100_000) * 200_000 + (y + 100_000);
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
 * The point just beside the middle of segment a→b on the side where `side` holds, or null if
 * neither side does.
 */
export function besideMiddle(a: Position, b: Position, side: (p: Position) => boolean, offsetDeg = 1e-6): Position | null {
  const mx = (a[0]! + b[0]!) / 2;
  const my = (a[1]! + b[1]!) / 2;
  const dx = b[0]! - a[0]!;
  const dy = b[1]! - a[1]!;
  const len = Math.hypot(dx, dy) || 1;
  const left: Position = [mx - (dy / len) * offsetDeg, my + (dx / len) * offsetDeg];
  const right: Position = [mx + (dy / len) * offsetDeg, my - (dx / len) * offsetDeg];
  if (side(left)) return left;
  if (side(right)) return right;
  return null;
}

/** The borders of a region split into polygons (oblasts), indexed for line extraction. */
export interface Borders {
  /** The state border and the coast, each segment tagged with the ISO code of its oblast. */
  outer: SegmentGrid<string>;
  /** Borders between two regions, tagged with their two ISO codes. */
  shared: SegmentGrid<[string, string]>;
}

export function indexBorders(regions: readonly { iso: string; geometry: Areal }[]): Borders {
  const { outer, outerOwners, shared, owners } = borderSegments(regions.map((r) => r.geometry));
  return {
    outer: new SegmentGrid(outer, outerOwners.map((i) => regions[i]!.iso)),
    shared: new SegmentGrid(shared, owners.map(([a, b]) => [regions[a]!.iso, regions[b]!.iso] as [string, string])),
  };
}

/**
 * The contact line of an area given per region (oblast): every edge of the pieces except those
 * along the outer border (state border, coast) and those along a border between regions where
 * the area goes on across it (`heldAt(iso, point)` says whether the area holds the point in that
 * region). No polygon union is needed. Returns polylines per region (the region on the held side).
 */
export function contactLines(
  pieces: ReadonlyMap<string, Areal | null>,
  borders: Borders,
  heldAt: (iso: string, p: Position) => boolean,
  toleranceM = 25,
): Map<string, MultiLineString> {
  const out = new Map<string, MultiLineString>();
  for (const [iso, piece] of pieces) {
    if (!piece) continue;
    const lines: Position[][] = [];
    const onBorder = (grid: SegmentGrid<unknown>, a: Position, b: Position) =>
      grid.near(a, toleranceM) && grid.near(b, toleranceM) && grid.near([(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2], toleranceM);
    const keep = (a: Position, b: Position): boolean => {
      if (onBorder(borders.outer, a, b)) return false;
      const mid: Position = [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2];
      const hit = borders.shared.nearest(mid, toleranceM);
      if (!hit || !borders.shared.near(a, toleranceM) || !borders.shared.near(b, toleranceM)) return true;
      // Along the border with another region: a line only where the area does not go on across
      // it. The point just across (on either side: one of them lies in this region, where the
      // other region's area cannot be) tells.
      const other = hit.tag[0] === iso ? hit.tag[1] : hit.tag[0];
      return besideMiddle(a, b, (p) => heldAt(other, p), 2e-5) === null;
    };
    for (const rings of polygonsOf(piece))
      for (const closed of rings) {
        // Walk from a vertex on the outer border where there is one, so a line is not split at
        // the ring's arbitrary first vertex.
        const open = closed.slice(0, -1);
        let start = open.findIndex((p) => borders.outer.near(p, toleranceM));
        if (start < 0) start = 0;
        lines.push(...keptRuns([...open.slice(start), ...open.slice(0, start), open[start]!], keep));
      }
    if (lines.length) out.set(iso, { type: 'MultiLineString', coordinates: lines });
  }
  return out;
}

/** Keep the parts of polylines whose segments pass `keep(a, b)`. */
export function clipLines(lines: MultiLineString | null | undefined, keep: (a: Position, b: Position) => boolean): MultiLineString | null {
  if (!lines) return null;
  const out = lines.coordinates.flatMap((line) => keptRuns(line, keep));
  return out.length ? { type: 'MultiLineString', coordinates: out } : null;
}

/** The runs of consecutive segments of a polyline that pass `keep(a, b)`, as polylines. */
function keptRuns(line: readonly Position[], keep: (a: Position, b: Position) => boolean): Position[][] {
  const out: Position[][] = [];
  let current: Position[] = [];
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    if (keep(a, b)) {
      if (current.length === 0) current.push(a);
      current.push(b);
    } else {
      if (current.length >= 2) out.push(current);
      current = [];
    }
  }
  if (current.length >= 2) out.push(current);
  return out;
}

/** Join the lines of several regions into one MultiLineString (null for none). */
export function mergeLines(lines: Iterable<MultiLineString>): MultiLineString | null {
  const coords: Position[][] = [];
  for (const l of lines) coords.push(...l.coordinates);
  return coords.length ? { type: 'MultiLineString', coordinates: coords } : null;
}
