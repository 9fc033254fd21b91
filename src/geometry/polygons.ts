import area from '@turf/area';
import difference from '@turf/difference';
import intersect from '@turf/intersect';
import union from '@turf/union';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/** A polygonal geometry, or null for "nothing". */
export type Areal = Polygon | MultiPolygon;

const feature = (g: Areal): Feature<Areal> => ({ type: 'Feature', properties: {}, geometry: g });

/** Area in km² (spherical, as @turf/area). */
export function areaKm2(g: Areal | null): number {
  return g ? area(g) / 1e6 : 0;
}

/** a ∩ b, or null when they do not overlap. */
export function clip(a: Areal | null, b: Areal | null): Areal | null {
  if (!a || !b) return null;
  const r = intersect({ type: 'FeatureCollection', features: [feature(a), feature(b)] });
  return r ? r.geometry : null;
}

/** a − b, or null when nothing is left. */
export function subtract(a: Areal | null, b: Areal | null): Areal | null {
  if (!a) return null;
  if (!b) return a;
  const r = difference({ type: 'FeatureCollection', features: [feature(a), feature(b)] });
  return r ? r.geometry : null;
}

/** The union of several geometries, or null for none. */
export function unite(gs: readonly (Areal | null)[]): Areal | null {
  const list = gs.filter((g): g is Areal => g !== null);
  if (list.length === 0) return null;
  if (list.length === 1) return list[0]!;
  const r = union({ type: 'FeatureCollection', features: list.map(feature) });
  return r ? r.geometry : null;
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

/** Is the point inside the geometry (ray casting, even–odd, so holes are respected)? */
export function contains(g: Areal | null, pt: Position): boolean {
  if (!g) return false;
  const x = pt[0]!;
  const y = pt[1]!;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const rings of polys) {
    let inside = false;
    for (const ring of rings) {
      const n = ring.length;
      for (let i = 0, j = n - 1; i < n; j = i++) {
        const pi = ring[i]!;
        const pj = ring[j]!;
        const yi = pi[1]!;
        const yj = pj[1]!;
        if (yi > y !== yj > y) {
          const xi = pi[0]!;
          if (x < ((pj[0]! - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
        }
      }
    }
    if (inside) return true;
  }
  return false;
}
