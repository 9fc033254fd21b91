import area from '@turf/area';
import type { Position } from 'geojson';
import { difference, intersect, unionAll, type Areal } from './clip';

export type { Areal };

/** Area in km² (spherical, as @turf/area). */
export function areaKm2(g: Areal | null): number {
  return g ? area(g) / 1e6 : 0;
}

/** a ∩ b, or null when they do not overlap. */
export function clip(a: Areal | null, b: Areal | null): Areal | null {
  return intersect(a, b);
}

/** a − b, or null when nothing is left. */
export function subtract(a: Areal | null, b: Areal | null): Areal | null {
  if (!a) return null;
  if (!b) return a;
  return difference(a, b);
}

/** The union of several geometries, or null for none. */
export function unite(gs: readonly (Areal | null)[]): Areal | null {
  const list = gs.filter((g): g is Areal => g !== null);
  if (list.length === 0) return null;
  if (list.length === 1) return list[0]!;
  return unionAll(list);
}

/** The polygons of a geometry, each as its rings. */
export function polygonsOf(g: Areal | null): Position[][][] {
  if (!g) return [];
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Rebuild a geometry from polygons: null for none, a Polygon for one. */
export function fromPolygons(polys: Position[][][]): Areal | null {
  if (polys.length === 0) return null;
  if (polys.length === 1) return { type: 'Polygon', coordinates: polys[0]! };
  return { type: 'MultiPolygon', coordinates: polys };
}

/**
 * Drop the polygons of a geometry smaller than `minKm2` (slivers left by edges that almost,
 * but not exactly, coincide). Returns what is kept and the area and count dropped, so the
 * caller can report them rather than lose them silently.
 */
export function dropSlivers(g: Areal | null, minKm2: number): { kept: Areal | null; droppedKm2: number; dropped: number } {
  let droppedKm2 = 0;
  let dropped = 0;
  const kept: Position[][][] = [];
  for (const p of polygonsOf(g)) {
    const a = areaKm2({ type: 'Polygon', coordinates: p });
    if (a < minKm2) {
      droppedKm2 += a;
      dropped++;
    } else kept.push(p);
  }
  return { kept: fromPolygons(kept), droppedKm2, dropped };
}

export { contains } from './contains';
