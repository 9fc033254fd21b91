/**
 * A polygon minus a part of it: a polygon inside it that shares its boundary vertex for vertex,
 * as a line clipped to an oblast does. The Ukrainian-held part of an oblast is the oblast minus
 * its Russian-held part. Pure: GeoJSON in, GeoJSON out.
 *
 * Instead of a general polygon difference (a sweep over every edge, with exact arithmetic, which
 * is slow exactly where the two boundaries coincide), the boundary of `outer − inner` is read off
 * the edges: the edges of `outer` that `inner` does not share, plus the edges of `inner` that
 * `outer` does not share, reversed. The edges are chained into rings, and the rings sorted into
 * polygons and holes. The result is checked against an area identity; the caller falls back to a
 * general difference when the inputs do not nest as assumed.
 */
import type { Position } from 'geojson';
import { fromPolygons, polygonsOf, type Areal } from './polygons';

/**
 * A vertex lies on an edge when closer than this, in degrees (about 1 m): files rounded to
 * 5 decimals move a point where a line crosses a border by up to 7e-6° off that border.
 */
const ON_EDGE = 1e-5;

interface Ring {
  pts: Position[];
  area: number;
}

/** Twice the signed planar area of a ring (positive: counter-clockwise). */
function signedArea2(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return s;
}

/** The rings of a geometry, open (no repeated last position), outer rings counter-clockwise, holes clockwise. */
function orientedRings(g: Areal): Position[][] {
  const out: Position[][] = [];
  for (const poly of polygonsOf(g))
    poly.forEach((ring, i) => {
      const open = ring.length > 1 && ring[0]![0] === ring[ring.length - 1]![0] && ring[0]![1] === ring[ring.length - 1]![1] ? ring.slice(0, -1) : ring.slice();
      if (open.length < 3) return;
      const ccw = signedArea2(open) > 0;
      out.push(ccw === (i === 0) ? open : open.reverse());
    });
  return out;
}

/** Grid cell of a coordinate pair, as one number. */
const cellOf = (x: number, y: number) => (x + 1_000_000) * 2_000_000 + (y + 1_000_000);

/** Split every ring edge at the given vertices that lie inside it (a grid of the vertices keeps this near-linear). */
function splitAt(rings: Position[][], vertices: readonly Position[], cell: number): Position[][] {
  if (vertices.length === 0) return rings;
  const grid = new Map<number, Position[]>();
  for (const v of vertices) {
    const k = cellOf(Math.floor(v[0]! / cell), Math.floor(v[1]! / cell));
    const list = grid.get(k);
    if (list) list.push(v);
    else grid.set(k, [v]);
  }
  return rings.map((ring) => {
    const out: Position[] = [];
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % ring.length]!;
      out.push(a);
      const dx = b[0]! - a[0]!;
      const dy = b[1]! - a[1]!;
      const len2 = dx * dx + dy * dy;
      if (len2 === 0) continue;
      let hits: { t: number; p: Position }[] | null = null;
      const x0 = Math.floor((Math.min(a[0]!, b[0]!) - ON_EDGE) / cell);
      const x1 = Math.floor((Math.max(a[0]!, b[0]!) + ON_EDGE) / cell);
      const y0 = Math.floor((Math.min(a[1]!, b[1]!) - ON_EDGE) / cell);
      const y1 = Math.floor((Math.max(a[1]!, b[1]!) + ON_EDGE) / cell);
      for (let x = x0; x <= x1; x++)
        for (let y = y0; y <= y1; y++) {
          const list = grid.get(cellOf(x, y));
          if (!list) continue;
          for (const p of list) {
            const t = ((p[0]! - a[0]!) * dx + (p[1]! - a[1]!) * dy) / len2;
            if (t <= 0 || t >= 1) continue;
            const ex = a[0]! + t * dx - p[0]!;
            const ey = a[1]! + t * dy - p[1]!;
            if (ex * ex + ey * ey <= ON_EDGE * ON_EDGE && !same(p, a) && !same(p, b)) (hits ??= []).push({ t, p });
          }
        }
      if (hits) {
        hits.sort((u, v) => u.t - v.t);
        for (const h of hits) out.push(h.p);
      }
    }
    return out;
  });
}

const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** Vertex ids by exact coordinates. */
class Vertices {
  readonly pos: Position[] = [];
  private readonly byX = new Map<number, Map<number, number>>();
  id(p: Position): number {
    let col = this.byX.get(p[0]!);
    if (!col) this.byX.set(p[0]!, (col = new Map()));
    let id = col.get(p[1]!);
    if (id === undefined) {
      id = this.pos.length;
      col.set(p[1]!, id);
      this.pos.push(p);
    }
    return id;
  }
}

/** Twice the area (deg²) below which a ring is a crumb: ~2e-10 deg² is about 1 m² at 48° N. */
const CRUMB_AREA2 = 2e-10;

/** Twice the area (deg²) below which a hole that no shell holds is dropped as a crumb: ~100 m². */
const CRUMB_HOLE_AREA2 = 2e-8;

/** Edge keys: from * EDGE + to, exact in a double for up to 2^26 vertices. */
const EDGE = 2 ** 26;

/**
 * `outer − inner`, when `inner` lies inside `outer` and their common boundary has the same
 * vertices (up to vertices of one lying on the other's edges). Returns undefined when the edges
 * do not close into rings or the areas do not add up, so the caller can use a general difference.
 */
export function complementWithin(outer: Areal, inner: Areal | null): Areal | null | undefined {
  if (!inner) return outer;
  let a = orientedRings(outer);
  let b = orientedRings(inner);
  // A cell about the mean edge length keeps the vertex grid small and its lookups short.
  let n = 0;
  let len = 0;
  for (const r of a) for (let i = 0; i < r.length; i++, n++) len += Math.hypot(r[(i + 1) % r.length]![0]! - r[i]![0]!, r[(i + 1) % r.length]![1]! - r[i]![1]!);
  const cell = Math.max(1e-4, (len / Math.max(1, n)) * 2);
  // Split every edge at any vertex (of either geometry, or another ring of its own) inside it,
  // so that a common stretch of boundary has the same edges on both sides.
  const all = [...a.flat(), ...b.flat()];
  a = splitAt(a, all, cell);
  b = splitAt(b, all, cell);

  // Directed edges. An edge meeting its own reverse cancels it (both sides the same).
  const vs = new Vertices();
  if (all.length * 2 >= EDGE) return undefined;
  const edges = new Map<number, number>();
  const add = (p: Position, q: Position) => {
    const ip = vs.id(p);
    const iq = vs.id(q);
    if (ip === iq) return;
    const rev = iq * EDGE + ip;
    const rc = edges.get(rev);
    if (rc) {
      if (rc === 1) edges.delete(rev);
      else edges.set(rev, rc - 1);
      return;
    }
    const k = ip * EDGE + iq;
    edges.set(k, (edges.get(k) ?? 0) + 1);
  };
  for (const r of a) for (let i = 0; i < r.length; i++) add(r[i]!, r[(i + 1) % r.length]!);
  // The inner boundary reversed: where it runs along the outer boundary, it cancels it.
  for (const r of b) for (let i = r.length - 1; i >= 0; i--) add(r[(i + 1) % r.length]!, r[i]!);

  const out = new Map<number, number[]>();
  let count = 0;
  for (const [k, c] of edges) {
    const from = Math.floor(k / EDGE);
    const to = k - from * EDGE;
    for (let i = 0; i < c; i++) {
      const list = out.get(from);
      if (list) list.push(to);
      else out.set(from, [to]);
      count++;
    }
  }

  // Chain edges into rings, keeping the area on the left: at a vertex with several ways out,
  // take the first one clockwise from the way back.
  const rings: Ring[] = [];
  const pos = vs.pos;
  const angle = (from: Position, to: Position) => Math.atan2(to[1]! - from[1]!, to[0]! - from[0]!);
  while (count > 0) {
    const start = out.keys().next().value as number;
    const pts: Position[] = [];
    let prev = -1;
    let cur = start;
    for (;;) {
      const ways = out.get(cur);
      if (!ways || ways.length === 0) return undefined; // an open chain: the inputs do not nest
      let pick = 0;
      if (ways.length > 1 && prev >= 0) {
        const here = pos[cur]!;
        const back = angle(here, pos[prev]!);
        let best = Infinity;
        ways.forEach((w, i) => {
          let cw = back - angle(here, pos[w]!);
          while (cw <= 0) cw += 2 * Math.PI;
          if (cw < best) {
            best = cw;
            pick = i;
          }
        });
      }
      const next = ways.splice(pick, 1)[0]!;
      if (ways.length === 0) out.delete(cur);
      count--;
      pts.push(pos[cur]!);
      prev = cur;
      cur = next;
      // Back at the start (even with more ways out of it left for another ring): closed.
      if (cur === start) break;
    }
    if (pts.length >= 3) {
      const area = signedArea2(pts);
      // Rings of a square metre or less are crumbs of rounding where two edges cross almost at a
      // vertex (a clipped line's crossing points sit on the integer grid of the clipper): dropped.
      // The caller's area check still holds the result to 0.01 km².
      if (Math.abs(area) > CRUMB_AREA2) rings.push({ pts, area });
    }
  }

  // Counter-clockwise rings are polygons, clockwise ones holes of the smallest polygon around them.
  const shells = rings.filter((r) => r.area > 0).sort((x, y) => x.area - y.area);
  const polys: Position[][][] = shells.map((s) => [close(s.pts)]);
  for (const h of rings.filter((r) => r.area < 0)) {
    const p0 = h.pts[0]!;
    const p1 = h.pts[1]!;
    const probe: Position = [(p0[0]! + p1[0]!) / 2, (p0[1]! + p1[1]!) / 2];
    const i = shells.findIndex((s) => inRing(s.pts, probe));
    if (i < 0) {
      // A small hole that no shell holds is a crumb on the boundary (its probe falls on an edge);
      // a larger one means the inputs do not nest.
      if (-h.area < CRUMB_HOLE_AREA2) continue;
      return undefined;
    }
    polys[i]!.push(close(h.pts));
  }
  return fromPolygons(polys);
}

const close = (pts: Position[]) => [...pts, pts[0]!];

function inRing(ring: readonly Position[], p: Position): boolean {
  let inside = false;
  const x = p[0]!;
  const y = p[1]!;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0]!, yi = ring[i]![1]!, xj = ring[j]![0]!, yj = ring[j]![1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
