/**
 * Polygon boolean operations (union, intersection, difference) on GeoJSON, computed with
 * Clipper2 (`clipper2-ts`, a TypeScript port of Angus Johnson's Clipper2). Pure: GeoJSON in,
 * GeoJSON out.
 *
 * Why not Turf's: `@turf/union`, `intersect` and `difference` 7.2+ compute with `polyclip-ts` on
 * `bignumber.js`, 10× and more slower than 7.1; a 4 MB, 100,000-vertex line took 46 s, 13 s of it
 * in the garbage collector (issue #14). Measured here on a 650-feature, 98,000-vertex file
 * shaped like ISW's (union of all features, then a clip per oblast): Turf 7.4 60 s,
 * `polygon-clipping` 22 s, Clipper2 5.5 s without and well under 1 s with a bounding-box
 * prefilter. Clipper2 works on integers: coordinates are scaled by 10^7 (1 cm), which keeps
 * the 5-decimal vertices of the project's files exact, so a piece cut out of an oblast shares
 * its vertices with the oblast (the edge-based complement in complement.ts depends on it).
 *
 * Clipper2 (this port, and the same loop in the original) can spin for ever on a ring that
 * doubles back along itself on a horizontal (a "spike", e.g. [0,0] [5,0] [3,4] [3,3] [5,0]
 * [4,0]). Every ring is therefore cleaned before it is handed over: repeated vertices and spikes
 * are removed, rings of fewer than three vertices or no area dropped. With that, 20,000 random
 * rings on a coarse grid (×4 operations) ran without a hang, where 3–4 in 10,000 hung without it.
 */
// Deep imports: the package's index pulls in every module (offsetting, Minkowski, triangulation)
// and bundlers keep them all; these three are what the app uses (17 instead of 28 KiB gzip).
import { ClipType, FillRule, type Path64, type Paths64 } from 'clipper2-ts/dist/Core.js';
import { Clipper64 } from 'clipper2-ts/dist/Engine.js';
import { RectClip64 } from 'clipper2-ts/dist/RectClip.js';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { contains } from './contains';

export type Areal = Polygon | MultiPolygon;

/** Clipper's integer units per degree: 10^7, 1.1 cm at the equator. */
const SCALE = 1e7;

type Box = [number, number, number, number];

/**
 * A ring as Clipper's integer path, cleaned; null when nothing with an area is left. A ring
 * that crosses itself may enclose area with a net signed area of zero (a symmetric bow-tie):
 * `selfCrossing` keeps it.
 */
export function toPath(ring: readonly Position[], selfCrossing = false): Path64 | null {
  const pts: Path64 = [];
  for (const p of ring) {
    const x = Math.round(p[0]! * SCALE);
    const y = Math.round(p[1]! * SCALE);
    const last = pts[pts.length - 1];
    if (!last || last.x !== x || last.y !== y) pts.push({ x, y });
  }
  return cleanPath(pts, selfCrossing);
}

/**
 * Remove repeated vertices and spikes (a vertex where the ring turns straight back along itself)
 * until none is left; null when fewer than three vertices or no area remain.
 */
export function cleanPath(input: Path64, keepZeroArea = false): Path64 | null {
  let pts = input;
  for (;;) {
    const n = pts.length;
    if (n > 1 && pts[0]!.x === pts[n - 1]!.x && pts[0]!.y === pts[n - 1]!.y) {
      pts = pts.slice(0, -1);
      continue;
    }
    if (pts.length < 3) return null;
    const out: Path64 = [];
    let changed = false;
    for (let i = 0; i < pts.length; i++) {
      const b = pts[i]!;
      const a = out.length ? out[out.length - 1]! : pts[pts.length - 1]!;
      const c = pts[(i + 1) % pts.length]!;
      if (a.x === b.x && a.y === b.y) {
        changed = true;
        continue;
      }
      const abx = b.x - a.x;
      const aby = b.y - a.y;
      const bcx = c.x - b.x;
      const bcy = c.y - b.y;
      // Collinear and turning back (the dot product is negative): a spike.
      if (abx * bcy - aby * bcx === 0 && abx * bcx + aby * bcy < 0) {
        changed = true;
        continue;
      }
      out.push(b);
    }
    pts = out;
    if (!changed) break;
  }
  if (pts.length < 3) return null;
  return !keepZeroArea && area2(pts) === 0 ? null : pts;
}

/** Twice the signed area of an integer path (positive: counter-clockwise). */
function area2(path: Path64): number {
  let s = 0;
  for (let i = 0, j = path.length - 1; i < path.length; j = i++) s += (path[j]!.x - path[i]!.x) * (path[j]!.y + path[i]!.y);
  return s;
}

/** The polygons of a geometry, each as its rings. */
function polygonsOf(g: Areal | null): Position[][][] {
  if (!g) return [];
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function boxOf(rings: readonly Position[][]): Box {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const p of rings[0] ?? []) {
    if (p[0]! < w) w = p[0]!;
    if (p[0]! > e) e = p[0]!;
    if (p[1]! < s) s = p[1]!;
    if (p[1]! > n) n = p[1]!;
  }
  return [w, s, e, n];
}

const meet = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

function unionBox(boxes: readonly Box[]): Box {
  const out: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    out[0] = Math.min(out[0], b[0]);
    out[1] = Math.min(out[1], b[1]);
    out[2] = Math.max(out[2], b[2]);
    out[3] = Math.max(out[3], b[3]);
  }
  return out;
}

/**
 * Clipper paths of polygons, each shell counter-clockwise and its holes clockwise, so that
 * under the non-zero rule overlapping polygons add up and holes cut out whatever the file's
 * own ring orientation was. (Rings that cross themselves are repaired before, in the reader.)
 */
function pathsOf(polys: readonly Position[][][]): Paths64 {
  const out: Paths64 = [];
  for (const rings of polys)
    rings.forEach((ring, i) => {
      const p = toPath(ring);
      if (!p) return;
      if (area2(p) > 0 !== (i === 0)) p.reverse();
      out.push(p);
    });
  return out;
}

/** A polygon as Clipper paths, with its bounding box. */
interface PreparedPolygon {
  box: Box;
  paths: Paths64;
}

/**
 * Geometries converted to Clipper paths once: an oblast is clipped against every line, and a
 * line's union against all 27 oblasts, so each conversion (scaling, cleaning, orienting) is
 * cached by the geometry object. Geometries are never mutated in this app.
 */
const prepared = new WeakMap<Areal, PreparedPolygon[]>();
function prep(g: Areal | null): PreparedPolygon[] {
  if (!g) return [];
  let p = prepared.get(g);
  if (!p) {
    p = polygonsOf(g).map((rings) => ({ box: boxOf(rings), paths: pathsOf([rings]) }));
    prepared.set(g, p);
  }
  return p;
}

const flat = (ps: readonly PreparedPolygon[]): Paths64 => ps.flatMap((p) => p.paths);

const fromInt = (p: Path64): Position[] => {
  const ring = p.map((q) => [q.x / SCALE, q.y / SCALE]);
  ring.push(ring[0]!);
  return ring;
};

/**
 * Clipper's flat result as GeoJSON polygons: shells are the counter-clockwise paths, and each
 * clockwise path (a hole) goes to the smallest shell around it. (Clipper's own PolyTree does the
 * same with a linear search per path: 4.6 s of 8 on a result of 4,000 paths.) Shells are found
 * through a grid of their bounding boxes and tested with a banded point-in-polygon index.
 */
function assemble(paths: Paths64): Areal | null {
  const shells: { area: number; box: Box; rings: Position[][]; outline: Polygon }[] = [];
  const holes: { path: Path64; box: Box }[] = [];
  for (const p of paths) {
    if (p.length < 3) continue;
    const a = area2(p);
    if (a === 0) continue;
    const box = intBox(p);
    if (a > 0) {
      const outer = fromInt(p);
      // The outline object is kept: contains() caches its band index per object.
      shells.push({ area: a, box, rings: [outer], outline: { type: 'Polygon', coordinates: [outer] } });
    }
    else holes.push({ path: p, box });
  }
  if (shells.length === 0) return null;
  if (holes.length > 0) {
    // Smallest first, so the first shell that holds a hole is the one it belongs to.
    shells.sort((x, y) => x.area - y.area);
    const cell = GRID_CELL;
    const grid = new Map<number, number[]>();
    shells.forEach((sh, i) => {
      for (let x = Math.floor(sh.box[0] / cell); x <= Math.floor(sh.box[2] / cell); x++)
        for (let y = Math.floor(sh.box[1] / cell); y <= Math.floor(sh.box[3] / cell); y++) {
          const k = x * 100_000 + y;
          const list = grid.get(k);
          if (list) list.push(i);
          else grid.set(k, [i]);
        }
    });
    for (const h of holes) {
      const ring = fromInt([...h.path].reverse());
      const probe = h.path[0]!;
      const candidates = grid.get(Math.floor(probe.x / cell) * 100_000 + Math.floor(probe.y / cell)) ?? [];
      // Candidates are in index order, which is ascending area.
      for (const i of candidates) {
        const sh = shells[i]!;
        if (h.box[0] < sh.box[0] || h.box[1] < sh.box[1] || h.box[2] > sh.box[2] || h.box[3] > sh.box[3]) continue;
        if (holeInside(h.path, sh.outline)) {
          sh.rings.push(ring);
          break;
        }
      }
    }
  }
  const polys = shells.map((sh) => sh.rings);
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };
}

/** Grid cell for locating shells, in Clipper units (0.1°). */
const GRID_CELL = 0.1 * SCALE;

function intBox(p: Path64): Box {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const q of p) {
    if (q.x < w) w = q.x;
    if (q.x > e) e = q.x;
    if (q.y < s) s = q.y;
    if (q.y > n) n = q.y;
  }
  return [w, s, e, n];
}

/**
 * Does the shell hold the hole? A hole may touch its shell at a vertex, so the test takes the
 * midpoint of the hole's first edges until one is clearly inside or outside (a point on the
 * shell's boundary reads as either; three tries settle any real case).
 */
function holeInside(hole: Path64, poly: Polygon): boolean {
  let votes = 0;
  const tries = Math.min(3, hole.length);
  for (let i = 0; i < tries; i++) {
    const a = hole[i]!;
    const b = hole[(i + 1) % hole.length]!;
    if (contains(poly, [(a.x + b.x) / 2 / SCALE, (a.y + b.y) / 2 / SCALE])) votes++;
  }
  return votes * 2 > tries;
}

function run(type: ClipType, subject: Paths64, clip: Paths64): Areal | null {
  if (subject.length === 0) return null;
  const c = new Clipper64();
  c.addSubject(subject);
  if (clip.length) c.addClip(clip);
  const out: Paths64 = [];
  if (!c.execute(type, FillRule.NonZero, out)) throw new Error('polygon clipping failed');
  return assemble(out);
}

/**
 * The area a set of rings encloses under the non-zero rule, whatever their orientation: a ring
 * that crosses itself (a "bow-tie") becomes its lobes, all filled. The reader repairs invalid
 * rings with it. Spikes and repeated vertices are removed; rings with no area are left out.
 */
export function regionOf(rings: readonly Position[][]): Areal | null {
  const paths: Paths64 = [];
  for (const r of rings) {
    const p = toPath(r, true);
    if (p) paths.push(p);
  }
  return run(ClipType.Union, paths, []);
}

/** The union of several geometries, or null for none. */
export function unionAll(gs: readonly (Areal | null)[]): Areal | null {
  const paths = gs.flatMap((g) => flat(prep(g)));
  if (paths.length === 0) return null;
  return run(ClipType.Union, paths, []);
}

/**
 * a ∩ b, or null when they do not overlap. Both sides are first cut, in linear time, to the box
 * the two bounding boxes share, so that clipping the union of a whole line file by one oblast
 * sweeps only the vertices near that oblast.
 */
export function intersect(a: Areal | null, b: Areal | null): Areal | null {
  if (!a || !b) return null;
  const aPolys = prep(a);
  const bPolys = prep(b);
  const aBox = unionBox(aPolys.map((p) => p.box));
  const bBox = unionBox(bPolys.map((p) => p.box));
  if (!meet(aBox, bBox)) return null;
  const common: Box = [Math.max(aBox[0], bBox[0]), Math.max(aBox[1], bBox[1]), Math.min(aBox[2], bBox[2]), Math.min(aBox[3], bBox[3])];
  const subject = cutToBox(aPolys, common);
  const clip = cutToBox(bPolys, common);
  if (subject.length === 0 || clip.length === 0) return null;
  return run(ClipType.Intersection, subject, clip);
}

/** a − b, or null when nothing is left. Only the part of b inside a's bounding box is used. */
export function difference(a: Areal | null, b: Areal | null): Areal | null {
  if (!a) return null;
  const aPolys = prep(a);
  const clip = cutToBox(prep(b), unionBox(aPolys.map((p) => p.box)));
  if (clip.length === 0) return a;
  return run(ClipType.Difference, flat(aPolys), clip);
}

/**
 * The paths of the polygons that meet a box, each cut to the box (slightly enlarged, so that
 * edges on the box's sides are not cut): Clipper's RectClip, linear in the vertices.
 */
function cutToBox(polys: readonly PreparedPolygon[], box: Box): Paths64 {
  const near = polys.filter((p) => meet(p.box, box));
  if (near.length === 0) return [];
  const r = {
    left: Math.floor(box[0] * SCALE) - 10,
    top: Math.floor(box[1] * SCALE) - 10,
    right: Math.ceil(box[2] * SCALE) + 10,
    bottom: Math.ceil(box[3] * SCALE) + 10,
  };
  const lo = [box[0] - 1e-6, box[1] - 1e-6];
  const hi = [box[2] + 1e-6, box[3] + 1e-6];
  // Polygons wholly inside are kept as they are (RectClip would re-start them at another vertex).
  const whole = near.filter((p) => p.box[0] >= lo[0]! && p.box[1] >= lo[1]! && p.box[2] <= hi[0]! && p.box[3] <= hi[1]!);
  const cut = near.filter((p) => !whole.includes(p));
  const out = flat(whole);
  if (cut.length === 0) return out;
  for (const p of new RectClip64(r).execute(flat(cut))) {
    const c = cleanPath(p);
    if (c) out.push(c);
  }
  return out;
}

/** The part of a geometry inside a [west, south, east, north] box, or null. */
export function clipToBox(g: Areal | null, [w, s, e, n]: Box): Areal | null {
  return intersect(g, { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
}
