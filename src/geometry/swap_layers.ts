import type { Scenario } from '../data/scenario';
import type { SwapLayers } from '../style/build_style';
import { computeSwap, type Prepared, type SwapResult } from './swap';

/**
 * Compute every scenario on one prepared line and concatenate their layers, so switching the
 * scenario on the map is a paint change, never a recomputation.
 */
export function computeAll(p: Prepared, scenarios: readonly Scenario[]): { results: Map<string, SwapResult>; layers: SwapLayers } {
  const results = new Map<string, SwapResult>();
  const layers: SwapLayers = {
    parts: { type: 'FeatureCollection', features: [] },
    proposed: { type: 'FeatureCollection', features: [] },
    frozenLine: { type: 'FeatureCollection', features: [] },
    proposedLine: { type: 'FeatureCollection', features: [] },
  };
  for (const s of scenarios) {
    const r = computeSwap(p, s);
    results.set(s.id, r);
    layers.parts.features.push(...r.parts.features);
    layers.proposed.features.push(...r.proposed.features);
    layers.frozenLine.features.push(...r.frozenLine.features);
    layers.proposedLine.features.push(...r.proposedLine.features);
  }
  return { results, layers };
}
