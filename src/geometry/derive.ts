/**
 * Everything that follows from a line: the line as drawn (per oblast, fitted), its contact line,
 * and the swap of every scenario. The one computation a change of line triggers, in the page's
 * worker, on the page for the built-in line at start, and in the CLI. Pure.
 */
import type { Feature, FeatureCollection, MultiLineString } from 'geojson';
import type { Scenario } from '../data/scenario';
import type { ControlStatus, LineCollection, LineProps, OblastCollection } from '../data/types';
import { lineDate } from '../data/line';
import { prepare, type ComputeProgress, type Prepared, type SwapResult } from './swap';
import { computeAll, type SwapLayers } from './swap_layers';
import type { Areal } from './polygons';

export interface LineDerived {
  /** The line as the map draws it: Russian-controlled and contested areas per oblast, after the fit. */
  line: LineCollection;
  /** The contact line per oblast. */
  contact: FeatureCollection<MultiLineString, { iso: string }>;
  /** The swap of every scenario, by scenario id. */
  results: Map<string, SwapResult>;
  swap: SwapLayers;
}

/** Derive a line's layers and figures; null when it holds no area inside the oblasts. */
export function deriveLine(
  oblasts: OblastCollection,
  scenarios: readonly Scenario[],
  line: LineCollection,
  progress?: ComputeProgress,
): LineDerived | null {
  const prepared = prepare(oblasts, line, progress);
  const inside = [...prepared.controlled.values(), ...prepared.contested.values()].some((g) => g !== null);
  if (!inside) return null;
  const all = computeAll(prepared, scenarios, progress);
  return {
    line: drawnLine(prepared, line),
    contact: {
      type: 'FeatureCollection',
      features: [...prepared.line].map(([iso, geometry]) => ({ type: 'Feature', properties: { iso }, geometry })),
    },
    results: all.results,
    swap: all.layers,
  };
}

/** The fitted areas per oblast and status, in the shape of the project's own line files. */
function drawnLine(p: Prepared, line: LineCollection): LineCollection {
  const date = lineDate(line);
  const sources = [...new Set(line.features.flatMap((f) => f.properties.sources))];
  const features: Feature<Areal, LineProps>[] = [];
  for (const o of p.oblasts.features) {
    const iso = o.properties.iso;
    for (const [status, g] of [['contested', p.contested.get(iso)], ['russian-controlled', p.controlled.get(iso)]] as [ControlStatus, Areal | null | undefined][]) {
      if (g) features.push({ type: 'Feature', properties: { status, date, oblast: iso, sources }, geometry: g });
    }
  }
  return { type: 'FeatureCollection', features };
}
