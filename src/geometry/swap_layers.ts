import type { Scenario } from '../data/scenario';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { computeSwap, type ComputeProgress, type Prepared, type SwapResult } from './swap';

/** Every scenario's layers in one collection each; the style filters them by scenario. */
export interface SwapLayers {
  parts: FeatureCollection<Polygon | MultiPolygon, { scenario: string; part: string }>;
  proposed: FeatureCollection<Polygon | MultiPolygon, { scenario: string }>;
  frozenLine: FeatureCollection<MultiLineString, { scenario: string }>;
  proposedLine: FeatureCollection<MultiLineString, { scenario: string }>;
}

/**
 * Compute every scenario on one prepared line and concatenate their layers, so switching the
 * scenario on the map is a paint change, never a recomputation.
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
  for (const [i, s] of scenarios.entries()) {
    progress('computing', i / scenarios.length);
    const r = computeSwap(p, s);
    results.set(s.id, r);
    layers.parts.features.push(...r.parts.features);
    layers.proposed.features.push(...r.proposed.features);
    layers.frozenLine.features.push(...r.frozenLine.features);
    layers.proposedLine.features.push(...r.proposedLine.features);
  }
  return { results, layers };
}
