/**
 * Fitting another source's line to our oblasts. No two sources draw the state border and the
 * coast alike; where a file's Russian-held area stops short of our border, or runs past it, a
 * naive clip turns the gap into land that nobody holds (issue #13: 37 strips of "Ukrainian-held"
 * Luhansk, ~220 km² "ceded"), and cuts off part of the border pockets. Two rules, with one
 * tolerance, {@link FIT_TOLERANCE_KM}:
 *
 * - **Artefacts are not land.** A piece of the Ukrainian-held remainder that touches no other
 *   Ukrainian-held land (it is cut off from the mainland and from every neighbouring oblast's
 *   Ukrainian-held part), that touches the line, and that is thinner than the tolerance, or lies
 *   between the line and the state border or coast and is thinner than three times the
 *   tolerance, is counted as held by the side around it. Islands and spits that the line does
 *   not touch are left alone; wider pieces are real pockets.
 * - **Pieces just outside count.** Russian-held pieces of a file that lie outside our oblasts
 *   but within the tolerance of our outer border are added to the oblast they lie along.
 *
 * Both are reported (count, km²). Pure: GeoJSON in, GeoJSON and numbers out.
 */
import polylabel from 'polylabel';
import type { Polygon, Position } from 'geojson';
import type { OblastCollection } from '../data/types';
import { difference, unionAll, type Areal } from './clip';
import { besideMiddle, type Borders } from './contact_line';
import { areaKm2, contains, polygonsOf } from './polygons';

/** The width below which a cut-off strip is an artefact, and the reach of "just outside", km. */
export const FIT_TOLERANCE_KM = 2;

/**
 * A cut-off piece against the state border or coast is an artefact up to this many times the
 * tolerance in width: where our border bulges past the source's, the strip between them widens;
 * a piece wider than that is a real pocket, whatever it touches.
 */
export const BORDER_STRIP_FACTOR = 3;

export interface FitStats {
  count: number;
  areaKm2: number;
}

/** The union of the oblasts (Ukraine within our borders), computed once per oblast set. */
const unions = new WeakMap<OblastCollection, Areal | null>();
export function oblastUnion(oblasts: OblastCollection): Areal | null {
  if (!unions.has(oblasts)) unions.set(oblasts, unionAll(oblasts.features.map((o) => o.geometry)));
  return unions.get(oblasts) ?? null;
}

/**
 * The pieces of a Russian-held area that lie outside our oblasts but within the tolerance of
 * their outer border (every vertex of the piece), per oblast they lie along (the oblast of the
 * border segment nearest to the piece). `insideKm2` is the area of `held` already found inside:
 * when all of it is inside, there is no polygon work at all.
 */
export function attributeOutside(
  oblasts: OblastCollection,
  held: Areal | null,
  insideKm2: number,
  borders: Borders,
): { pieces: Map<string, Areal>; stats: FitStats } {
  const pieces = new Map<string, Areal>();
  const stats: FitStats = { count: 0, areaKm2: 0 };
  if (areaKm2(held) - insideKm2 < MIN_PIECE_KM2) return { pieces, stats };
  const reach = FIT_TOLERANCE_KM * 1000;
  const found = new Map<string, Position[][][]>();
  for (const rings of polygonsOf(difference(held, oblastUnion(oblasts)))) {
    const km2 = areaKm2({ type: 'Polygon', coordinates: rings });
    if (km2 < MIN_PIECE_KM2) continue;
    // A piece that reaches further than the tolerance from our border is not "just outside".
    if (!rings[0]!.every((p) => borders.outer.near(p, reach))) continue;
    const iso = borders.outer.closest(rings[0]![0]!, reach)?.tag;
    if (!iso) continue;
    const list = found.get(iso);
    if (list) list.push(rings);
    else found.set(iso, [rings]);
    stats.count++;
    stats.areaKm2 += km2;
  }
  for (const [iso, polys] of found) pieces.set(iso, polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys });
  return { pieces, stats };
}

/** Pieces just outside smaller than this (km², a hectare) are left out, unreported: the wobble of a border drawn otherwise. */
const MIN_PIECE_KM2 = 0.01;

interface Piece {
  iso: string;
  rings: Position[][];
  km2: number;
  geometry: Polygon;
}

/**
 * The artefacts of a line: pieces of the Ukrainian-held remainder (`ukrainian(iso)`: the oblast
 * minus its Russian-held part) cut off from all other Ukrainian-held land, touching the line, and
 * thin, or lying against the state border or coast and not much wider; per oblast. Which pieces
 * hang together is read across the oblast borders, so no polygon union of the whole country is
 * needed.
 */
export function findArtefacts(
  oblasts: OblastCollection,
  ukrainian: (iso: string) => Areal | null,
  borders: Borders,
  held: (iso: string) => boolean,
  widthKm = FIT_TOLERANCE_KM,
): { pieces: Map<string, Polygon[]>; stats: FitStats } {
  const pieces = new Map<string, Polygon[]>();
  const stats: FitStats = { count: 0, areaKm2: 0 };
  const all: Piece[] = [];
  const byIso = new Map<string, Piece[]>();
  for (const o of oblasts.features) {
    const iso = o.properties.iso;
    const list: Piece[] = polygonsOf(ukrainian(iso)).map((rings) => {
      const geometry: Polygon = { type: 'Polygon', coordinates: rings };
      return { iso, rings, km2: areaKm2(geometry), geometry };
    });
    byIso.set(iso, list);
    all.push(...list);
  }
  if (all.length === 0) return { pieces, stats };
  // Only a thin piece can be an artefact: anything as wide as the widest artefact (3 × the
  // tolerance, against the border) is land or a real pocket, and so is whatever hangs on it.
  // The oblasts with no Russian-held land are whole. Neither kind's borders need walking.
  const widest = BORDER_STRIP_FACTOR * widthKm;
  const thin = all.map((p) => held(p.iso) && !wider(p.rings, widest));
  const width = all.map(() => 0);
  // Union–find over the thin pieces: two hang together where they meet across an oblast border;
  // a thin piece that meets a wide one (or a whole oblast) is anchored to it.
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const index = new Map(all.map((p, i) => [p, i]));
  const edges = all.map(() => ({ line: false, border: false, anchored: false }));
  const grids = new Map([...byIso].map(([iso, list]) => [iso, new PieceGrid(list)] as const));
  all.forEach((piece, i) => {
    if (!thin[i]) return;
    width[i] = widthOfKm(piece.rings);
    for (const ring of piece.rings)
      for (let k = 1; k < ring.length; k++) {
        const a = ring[k - 1]!;
        const b = ring[k]!;
        const mid: Position = [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2];
        if (borders.outer.near(mid, 25)) {
          edges[i]!.border = true;
          continue;
        }
        const hit = borders.shared.nearest(mid, 25);
        if (!hit) {
          edges[i]!.line = true;
          continue;
        }
        // Just across the border (on either side of the edge: one side is this piece's own oblast).
        const other = hit.tag[0] === piece.iso ? hit.tag[1] : hit.tag[0];
        const grid = grids.get(other);
        let across: Piece | undefined;
        besideMiddle(a, b, (pt) => !!(across = grid?.at(pt)), 2e-5);
        if (!across) edges[i]!.line = true; // the other oblast is Russian-held there: the line runs on the border
        else if (thin[index.get(across)!]) parent[find(i)] = find(index.get(across)!);
        else edges[i]!.anchored = true;
      }
  });
  const groups = new Map<number, number[]>();
  all.forEach((_, i) => {
    if (!thin[i]) return;
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  const area = (g: number[]) => g.reduce((s, i) => s + all[i]!.km2, 0);
  for (const g of groups.values()) {
    if (g.some((i) => edges[i]!.anchored)) continue; // it touches Ukrainian-held land beyond it
    if (!g.some((i) => edges[i]!.line)) continue; // islands and spits the line does not reach
    const border = g.some((i) => edges[i]!.border);
    // Thin, or a strip against the border or coast; anything wider is a real pocket.
    if (Math.max(...g.map((i) => width[i]!)) >= (border ? widest : widthKm)) continue;
    for (const i of g) {
      const p = all[i]!;
      const list = pieces.get(p.iso);
      if (list) list.push(p.geometry);
      else pieces.set(p.iso, [p.geometry]);
    }
    stats.count++;
    stats.areaKm2 += area(g);
  }
  return { pieces, stats };
}

/**
 * Is a polygon at least `km` wide somewhere (a circle of that diameter fits in it)? A coarse
 * pole of inaccessibility answers at once for large land; near the limit, a fine one decides.
 */
function wider(rings: readonly Position[][], km: number): boolean {
  const coarse = widthOfKm(rings, 0.01);
  // The coarse answer is within 0.01° (~1.1 km) of the true radius: only near the limit refine.
  if (coarse >= km) return true;
  if (coarse + 2 * 1.2 < km) return false;
  return widthOfKm(rings) >= km;
}

/** The pieces of one oblast in a grid of their bounding boxes: which piece holds a point? */
class PieceGrid {
  private readonly cells = new Map<number, Piece[]>();
  private static readonly CELL = 0.05;
  constructor(pieces: readonly Piece[]) {
    const c = PieceGrid.CELL;
    for (const p of pieces) {
      let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
      for (const q of p.rings[0]!) {
        if (q[0]! < w) w = q[0]!;
        if (q[0]! > e) e = q[0]!;
        if (q[1]! < s) s = q[1]!;
        if (q[1]! > n) n = q[1]!;
      }
      for (let x = Math.floor(w / c); x <= Math.floor(e / c); x++)
        for (let y = Math.floor(s / c); y <= Math.floor(n / c); y++) {
          const k = x * 100_000 + y;
          const list = this.cells.get(k);
          if (list) list.push(p);
          else this.cells.set(k, [p]);
        }
    }
  }
  at(pt: Position): Piece | undefined {
    const c = PieceGrid.CELL;
    return this.cells.get(Math.floor(pt[0]! / c) * 100_000 + Math.floor(pt[1]! / c))?.find((p) => contains(p.geometry, pt));
  }
}

/** Twice the radius of the largest circle inside a polygon, km (longitudes scaled by cos(latitude)); `precisionDeg` of polylabel. */
export function widthOfKm(rings: readonly Position[][], precisionDeg = 0.0005): number {
  const lat = rings[0]!.reduce((s, p) => s + p[1]!, 0) / rings[0]!.length;
  const k = Math.cos((lat * Math.PI) / 180);
  const p = polylabel(rings.map((r) => r.map((q) => [q[0]! * k, q[1]!])), precisionDeg);
  return 2 * p.distance * 111.32;
}
