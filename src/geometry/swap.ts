/**
 * The swap: from the oblast polygons, a dated line (Russian-controlled area) and a scenario,
 * compute what each side would give and get. Pure: GeoJSON in, GeoJSON and numbers out.
 */
import type { Feature, FeatureCollection, MultiLineString, Position } from 'geojson';
import type { LineCollection, OblastCollection } from '../data/types';
import type { Action, Scenario } from '../data/scenario';
import { besideMiddle, clipLines, contactLine, outerSegments } from './contact_line';
import { areaKm2, clip, contains, dropSlivers, subtract, unite, type Areal } from './polygons';

/** Pieces smaller than this (km²) are slivers of imperfect edges: dropped and reported. */
export const SLIVER_KM2 = 0.5;

export interface PartProps {
  scenario: string;
  iso: string;
  oblast: string;
  part: Action;
  /** km² */
  areaKm2: number;
  /** Share of the oblast's polygon, 0–1. */
  shareOfOblast: number;
}

export interface OblastFigures {
  iso: string;
  oblast: string;
  /** Area of the oblast polygon, km². */
  oblastKm2: number;
  /** Russian-controlled on the line's date, km². */
  russianBeforeKm2: number;
  /** Russian-controlled after the proposal, km². */
  russianAfterKm2: number;
  cedeKm2: number;
  freezeKm2: number;
  returnKm2: number;
}

export interface SwapTotals {
  cedeKm2: number;
  returnKm2: number;
  freezeKm2: number;
  /** cede : return, as cedeKm2 / returnKm2 (null when nothing is returned). */
  ratio: number | null;
  /** Change of the Russian-controlled area, km² (positive: Russia gains). */
  netRussiaKm2: number;
  /** Change of the Ukrainian-controlled area, km². */
  netUkraineKm2: number;
  slivers: { count: number; areaKm2: number; thresholdKm2: number };
}

export interface SwapResult {
  scenario: string;
  /** Ceded, frozen and returned areas: one feature per oblast and part. */
  parts: FeatureCollection<Areal, PartProps>;
  /** The Russian-controlled area after the swap, one feature per oblast. */
  proposed: FeatureCollection<Areal, { scenario: string; iso: string; oblast: string }>;
  /** The contact line where the scenario freezes it. */
  frozenLine: FeatureCollection<MultiLineString, { scenario: string; iso: string }>;
  /** The contact line after the swap (the proposed line). */
  proposedLine: FeatureCollection<MultiLineString, { scenario: string }>;
  oblasts: OblastFigures[];
  totals: SwapTotals;
}

/** Inputs computed once per line and reused across scenarios. */
export interface Prepared {
  oblasts: OblastCollection;
  /** Russian-controlled area (status "russian-controlled") clipped to each oblast, by ISO code. */
  controlled: Map<string, Areal | null>;
  oblastKm2: Map<string, number>;
  outer: [Position, Position][];
  /** All of the Russian-controlled area inside Ukraine. */
  russian: Areal | null;
  /** The contact line of the dated line. */
  line: Feature<MultiLineString> | null;
}

/** Clip the line to each oblast and find the state border once; see {@link computeSwap}. */
export function prepare(oblasts: OblastCollection, line: LineCollection): Prepared {
  const russian = unite(line.features.filter((f) => (f.properties?.status ?? 'russian-controlled') === 'russian-controlled').map((f) => f.geometry));
  const controlled = new Map<string, Areal | null>();
  const oblastKm2 = new Map<string, number>();
  for (const o of oblasts.features) {
    controlled.set(o.properties.iso, clip(o.geometry, russian));
    oblastKm2.set(o.properties.iso, areaKm2(o.geometry));
  }
  const outer = outerSegments(oblasts.features.map((f) => f.geometry));
  const inUkraine = unite([...controlled.values()]);
  return { oblasts, controlled, oblastKm2, outer, russian: inUkraine, line: contactLine(inUkraine, outer) };
}

function boxPolygon([w, s, e, n]: [number, number, number, number]): Areal {
  return { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] };
}

/** Compute a scenario on a prepared line. */
export function computeSwap(p: Prepared, scenario: Scenario, sliverKm2 = SLIVER_KM2): SwapResult {
  const parts: Feature<Areal, PartProps>[] = [];
  const proposed: Feature<Areal, { scenario: string; iso: string; oblast: string }>[] = [];
  const frozen: { geometry: MultiLineString | null; properties: { scenario: string; iso: string } }[] = [];
  const figures: OblastFigures[] = [];
  let sliverCount = 0;
  let sliverArea = 0;
  const clean = (g: Areal | null) => {
    const r = dropSlivers(g, sliverKm2);
    sliverCount += r.dropped;
    sliverArea += r.droppedKm2;
    return r.kept;
  };

  for (const o of p.oblasts.features) {
    const { iso, name } = o.properties;
    const total = p.oblastKm2.get(iso)!;
    const russian = p.controlled.get(iso) ?? null;
    const term = scenario.terms[iso];
    const action: Action = term?.action ?? 'freeze';
    const mask = term?.within ? boxPolygon(term.within) : null;
    let cede: Areal | null = null;
    let ret: Areal | null = null;
    let after: Areal | null = russian;
    if (action === 'cede') {
      const ukrainian = subtract(o.geometry, russian);
      cede = clean(mask ? clip(ukrainian, mask) : ukrainian);
      after = cede ? (mask ? unite([russian, cede]) : o.geometry) : russian;
    } else if (action === 'return') {
      ret = clean(mask ? clip(russian, mask) : russian);
      after = ret ? clean(subtract(russian, ret)) : russian;
    }
    // What is neither ceded nor returned of the Russian-held area stays where it is.
    const freeze = action === 'freeze' ? clean(russian) : action === 'return' ? (ret ? after : russian) : null;
    const row = { cede, freeze, return: ret } as const;
    for (const part of ['cede', 'freeze', 'return'] as const) {
      const g = row[part];
      if (!g) continue;
      const a = areaKm2(g);
      parts.push({
        type: 'Feature',
        properties: { scenario: scenario.id, iso, oblast: name, part, areaKm2: round(a, 1), shareOfOblast: round(a / total, 4) },
        geometry: g,
      });
    }
    if (after) proposed.push({ type: 'Feature', properties: { scenario: scenario.id, iso, oblast: name }, geometry: after });
    // The line stays where the oblast is frozen, and outside the box of a partial cede/return.
    if (action === 'freeze' || mask) {
      const keep = (a: Position, b: Position) => {
        const pt = besideMiddle(a, b, (q) => contains(p.russian, q));
        return contains(o.geometry, pt) && (action === 'freeze' || !contains(mask, pt));
      };
      frozen.push({ geometry: clipLines(p.line, keep), properties: { scenario: scenario.id, iso } });
    }
    figures.push({
      iso,
      oblast: name,
      oblastKm2: round(total, 1),
      russianBeforeKm2: round(areaKm2(russian), 1),
      russianAfterKm2: round(areaKm2(after), 1),
      cedeKm2: round(areaKm2(cede), 1),
      freezeKm2: round(areaKm2(freeze), 1),
      returnKm2: round(areaKm2(ret), 1),
    });
  }
  const sum = (k: 'cedeKm2' | 'returnKm2' | 'freezeKm2') => round(figures.reduce((s, f) => s + f[k], 0), 1);
  const cedeKm2 = sum('cedeKm2');
  const returnKm2 = sum('returnKm2');
  const afterUnion = unite(proposed.map((f) => f.geometry));
  return {
    scenario: scenario.id,
    parts: { type: 'FeatureCollection', features: parts },
    proposed: { type: 'FeatureCollection', features: proposed },
    frozenLine: {
      type: 'FeatureCollection',
      features: frozen.filter((f) => f.geometry).map((f) => ({ type: 'Feature', properties: f.properties, geometry: f.geometry! })),
    },
    proposedLine: {
      type: 'FeatureCollection',
      features: [contactLine(afterUnion, p.outer)]
        .filter((f): f is NonNullable<typeof f> => f !== null)
        .map((f) => ({ ...f, properties: { scenario: scenario.id } })),
    },
    oblasts: figures,
    totals: {
      cedeKm2,
      returnKm2,
      freezeKm2: sum('freezeKm2'),
      ratio: returnKm2 > 0 ? round(cedeKm2 / returnKm2, 2) : null,
      netRussiaKm2: round(cedeKm2 - returnKm2, 1),
      netUkraineKm2: round(returnKm2 - cedeKm2, 1),
      slivers: { count: sliverCount, areaKm2: round(sliverArea, 2), thresholdKm2: sliverKm2 },
    },
  };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
