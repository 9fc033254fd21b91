import polylabel from 'polylabel';
import type { Feature, FeatureCollection, Point, Polygon, MultiPolygon, Position } from 'geojson';
import area from '@turf/area';

/**
 * One label point per areal feature: the pole of inaccessibility of its largest polygon,
 * so a label sits well inside concave shapes (Kherson, Dnipropetrovsk) and appears once,
 * not once per tile as a polygon-placed symbol would.
 */
export function labelPoints<P>(
  fc: FeatureCollection<Polygon | MultiPolygon, P>,
  keep: (p: P) => boolean = () => true,
): FeatureCollection<Point, P> {
  const features: Feature<Point, P>[] = [];
  for (const f of fc.features) {
    if (!keep(f.properties)) continue;
    const polys: Position[][][] = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    let best: Position[][] | undefined;
    let bestArea = -1;
    for (const rings of polys) {
      const a = area({ type: 'Polygon', coordinates: rings });
      if (a > bestArea) {
        bestArea = a;
        best = rings;
      }
    }
    if (!best) continue;
    const p = polylabel(best, 0.005);
    features.push({
      type: 'Feature',
      properties: f.properties,
      geometry: { type: 'Point', coordinates: [round(p[0]), round(p[1])] },
    });
  }
  return { type: 'FeatureCollection', features };
}

function round(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
