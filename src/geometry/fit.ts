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
import type { Position } from 'geojson';
import type { OblastCollection } from '../data/types';
import { bufferKm, difference, intersect, unionAll, type Areal } from './clip';
import type { Borders } from './contact_line';
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

/** Each oblast grown by the tolerance, computed once per oblast set. */
const grown = new WeakMap<OblastCollection, Map<string, Areal | null>>();
function grownOblasts(oblasts: OblastCollection): Map<string, Areal | null> {
  let m = grown.get(oblasts);
  if (!m) {
    m = new Map(oblasts.features.map((o) => [o.properties.iso, bufferKm(o.geometry, FIT_TOLERANCE_KM)] as const));
    grown.set(oblasts, m);
  }
  return m;
}

/**
 * The pieces of a Russian-held area that lie outside our oblasts but within the tolerance of
 * their outer border, per oblast they lie along (each piece goes to one oblast: the first, in ISO
 * order, whose grown polygon holds it). `insideKm2` is the area of `held` already found inside.
 */
export function attributeOutside(
  oblasts: OblastCollection,
  held: Areal | null,
  insideKm2: number,
): { pieces: Map<string, Areal>; stats: FitStats } {
  const pieces = new Map<string, Areal>();
  const stats: FitStats = { count: 0, areaKm2: 0 };
  // Nothing outside (the held area is all inside the oblasts, to 0.01 km²): no polygon work.
  if (areaKm2(held) - insideKm2 < 0.01) return { pieces, stats };
  const outside = difference(held, oblastUnion(oblasts));
  if (!outside) return { pieces, stats };
  let left: Areal | null = outside;
  for (const [iso, zone] of grownOblasts(oblasts)) {
    if (!left) break;
    const piece = intersect(left, zone);
    if (!piece) continue;
    const polys = polygonsOf(piece).filter((p) => areaKm2({ type: 'Polygon', coordinates: p }) > 0.001);
    if (polys.length === 0) continue;
    const g: Areal = polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };
    pieces.set(iso, g);
    stats.count += polys.length;
    stats.areaKm2 += areaKm2(g);
    left = difference(left, piece);
  }
  return { pieces, stats };
}

/**
 * The artefacts of a line (`held`: its whole Russian-held area): pieces of the Ukrainian-held
 * remainder cut off from all other Ukrainian-held land, touching the line, and thin or lying
 * against the state border or coast; per oblast.
 */
export function findArtefacts(
  oblasts: OblastCollection,
  held: Areal | null,
  borders: Borders,
  widthKm = FIT_TOLERANCE_KM,
): { pieces: Map<string, Areal>; stats: FitStats } {
  const pieces = new Map<string, Areal>();
  const stats: FitStats = { count: 0, areaKm2: 0 };
  if (!held) return { pieces, stats };
  const rest = difference(oblastUnion(oblasts), held);
  const polys = polygonsOf(rest)
    .map((p) => ({ rings: p, km2: areaKm2({ type: 'Polygon', coordinates: p }) }))
    .sort((a, b) => b.km2 - a.km2);
  const found = new Map<string, Areal[]>();
  const add = (iso: string, g: Areal) => {
    const list = found.get(iso);
    if (list) list.push(g);
    else found.set(iso, [g]);
  };
  // The largest piece is the mainland; every other piece touches no Ukrainian-held land.
  for (const { rings, km2 } of polys.slice(1)) {
    const { line, border } = touches(rings[0]!, borders);
    if (!line) continue; // an island or spit the line does not reach
    // Thin, or a strip against the border or coast; anything wider is a real pocket.
    const width = widthOfKm(rings);
    if (width >= (border ? BORDER_STRIP_FACTOR * widthKm : widthKm)) continue;
    const g: Areal = { type: 'Polygon', coordinates: rings };
    // Most pieces lie inside one oblast: every vertex strictly inside it. Others are cut.
    const home = oblasts.features.find((o) => rings[0]!.every((p) => contains(o.geometry, p)));
    if (home) add(home.properties.iso, g);
    else
      for (const o of oblasts.features) {
        const piece = intersect(g, o.geometry);
        if (piece) add(o.properties.iso, piece);
      }
    stats.count++;
    stats.areaKm2 += km2;
  }
  for (const [iso, list] of found) pieces.set(iso, list.length === 1 ? list[0]! : unionAll(list)!);
  return { pieces, stats };
}

/** Does a ring run along the line (an edge off the outer border) and along the outer border? */
function touches(ring: readonly Position[], borders: Borders): { line: boolean; border: boolean } {
  let line = false;
  let border = false;
  for (let i = 1; i < ring.length && !(line && border); i++) {
    const a = ring[i - 1]!;
    const b = ring[i]!;
    const mid: Position = [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2];
    if (borders.outer.near(mid, 25)) border = true;
    else line = true;
  }
  return { line, border };
}

/** Twice the radius of the largest circle inside a polygon, km (longitudes scaled by cos(latitude)). */
export function widthOfKm(rings: readonly Position[][]): number {
  const lat = rings[0]!.reduce((s, p) => s + p[1]!, 0) / rings[0]!.length;
  const k = Math.cos((lat * Math.PI) / 180);
  const p = polylabel(rings.map((r) => r.map((q) => [q[0]! * k, q[1]!])), 0.0005);
  return 2 * p.distance * 111.32;
}
