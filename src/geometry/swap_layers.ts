import type { Scenario } from '../data/scenario';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { computeSwap, type ComputeProgress, type PartProps, type Prepared, type SwapResult } from './swap';

import type { Feature, Geometry } from 'geojson';

/**
 * Every scenario's layers in one collection each. A feature that several scenarios share (the
 * same geometry: a frozen oblast's Russian-held area is the same in every scenario that freezes
 * it) is there once, with every scenario that has it in `scenarios` (",aug-2025,nov-2025,"); the
 * style filters by that list. `scenario` is the first of them.
 */
type Shared = { scenarios: string };
export interface SwapLayers {
  parts: FeatureCollection<Polygon | MultiPolygon, PartProps & Shared>;
  proposed: FeatureCollection<Polygon | MultiPolygon, SwapResult['proposed']['features'][number]['properties'] & Shared>;
  frozenLine: FeatureCollection<MultiLineString, SwapResult['frozenLine']['features'][number]['properties'] & Shared>;
  proposedLine: FeatureCollection<MultiLineString, SwapResult['proposedLine']['features'][number]['properties'] & Shared>;
}

/**
 * Compute every scenario on one prepared line and gather their layers, so switching the
 * scenario on the map is a paint change, never a recomputation. Shared features are kept once:
 * on a large line from a file, each scenario repeated the frozen areas, and the map was handed
 * three copies of them.
 */
export function computeAll(
  p: Prepared,
  scenarios: readonly Scenario[],
  progress: ComputeProgress = () => {},
): { results: Map<string, SwapResult>; layers: SwapLayers } {
  const results = new Map<string, SwapResult>();
  const layers: SwapLayers = {
    parts: { type: 'FeatureCollection', features: [] },
    proposed: { type: 'FeatureCollection', features: [] },
    frozenLine: { type: 'FeatureCollection', features: [] },
    proposedLine: { type: 'FeatureCollection', features: [] },
  };
  // Geometry is compared by identity of its polygons (or lines): the swap reuses the arrays of
  // the areas it leaves as they are.
  const ids = new WeakMap<object, number>();
  let next = 0;
  const uid = (o: object) => {
    let i = ids.get(o);
    if (i === undefined) ids.set(o, (i = next++));
    return i;
  };
  const seen = new Map<string, { properties: { scenarios: string } }>();
  const gather = <G extends Geometry, P extends { scenario: string }>(layer: string, into: Feature<G, P & { scenarios: string }>[], from: Feature<G, P>[]) => {
    for (const f of from) {
      const g = f.geometry as Geometry;
      const parts = g.type === 'MultiPolygon' || g.type === 'MultiLineString' ? g.coordinates : g.type === 'Polygon' ? [g.coordinates] : [g];
      const props = f.properties as Record<string, unknown>;
      const key = `${layer}|${String(props.part ?? '')}|${String(props.iso ?? '')}|${parts.map((x) => uid(x as object)).join(',')}`;
      const had = seen.get(key);
      if (had) {
        had.properties.scenarios += `${f.properties.scenario},`;
        continue;
      }
      const copy = { ...f, properties: { ...f.properties, scenarios: `,${f.properties.scenario},` } };
      into.push(copy);
      seen.set(key, copy);
    }
  };
  for (const [i, s] of scenarios.entries()) {
    progress('computing', i / scenarios.length);
    const r = computeSwap(p, s);
    results.set(s.id, r);
    gather('parts', layers.parts.features, r.parts.features);
    gather('proposed', layers.proposed.features, r.proposed.features);
    gather('frozenLine', layers.frozenLine.features, r.frozenLine.features);
    gather('proposedLine', layers.proposedLine.features, r.proposedLine.features);
  }
  return { results, layers };
}
