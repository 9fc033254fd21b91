/**
 * Where a scenario moves land: the extent of its ceded and returned parts, and one label point
 * for each of the two, for exports framed on the story (issue #11). Pure.
 */
import polylabel from 'polylabel';
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import { areaKm2, polygonsOf } from './polygons';
import type { SwapResult } from './swap';

/** The parts that move land from one side to the other. */
export type MovedPart = 'cede' | 'return';
export const MOVED_PARTS: readonly MovedPart[] = ['cede', 'return'];

/**
 * [west, south, east, north] in degrees of every ceded and returned polygon of a scenario, or
 * null when it moves nothing.
 */
export function movedBounds(result: SwapResult): [number, number, number, number] | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const f of result.parts.features) {
    if (!(MOVED_PARTS as readonly string[]).includes(f.properties.part)) continue;
    for (const poly of polygonsOf(f.geometry))
      for (const [x, y] of poly[0]!) {
        w = Math.min(w, x!);
        e = Math.max(e, x!);
        s = Math.min(s, y!);
        n = Math.max(n, y!);
      }
  }
  return w <= e ? [w, s, e, n] : null;
}

export interface MovedLabelProps {
  part: MovedPart;
  /** The part's total over every oblast, km² (the headline figure). */
  totalKm2: number;
}

/**
 * One point per moved part (ceded, returned) that has any area: the pole of inaccessibility of its
 * largest polygon, where a label of the part's total reads as belonging to it.
 */
export function movedLabelPoints(result: SwapResult): FeatureCollection<Point, MovedLabelProps> {
  const features: Feature<Point, MovedLabelProps>[] = [];
  const totals: Record<MovedPart, number> = { cede: result.totals.cedeKm2, return: result.totals.returnKm2 };
  for (const part of MOVED_PARTS) {
    let best: Position[][] | null = null;
    let bestKm2 = 0;
    for (const f of result.parts.features) {
      if (f.properties.part !== part) continue;
      for (const poly of polygonsOf(f.geometry)) {
        const a = areaKm2({ type: 'Polygon', coordinates: poly });
        if (a > bestKm2) {
          bestKm2 = a;
          best = poly;
        }
      }
    }
    if (!best || totals[part] <= 0) continue;
    const p = polylabel(best, 0.001);
    features.push({ type: 'Feature', properties: { part, totalKm2: totals[part] }, geometry: { type: 'Point', coordinates: [p[0]!, p[1]!] } });
  }
  return { type: 'FeatureCollection', features };
}
