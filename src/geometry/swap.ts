/**
 * The swap: from the oblast polygons, a dated line (Russian-controlled area) and a scenario,
 * compute what each side would give and get. Pure: GeoJSON in, GeoJSON and numbers out.
 */
import type { Feature, FeatureCollection, MultiLineString, Polygon, Position } from 'geojson';
import type { LineCollection, OblastCollection } from '../data/types';
import type { Action, Scenario } from '../data/scenario';
import { clipLines, contactLines, indexBorders, mergeLines, type Borders } from './contact_line';
import { complementWithin } from './complement';
import { areaKm2, clip, contains, dropSlivers, fromPolygons, polygonsOf, subtract, unite, type Areal } from './polygons';
import { attributeOutside, findArtefacts, FIT_TOLERANCE_KM, type FitStats } from './fit';

/** Pieces smaller than this (km²) are slivers of imperfect edges: dropped and reported. */
export const SLIVER_KM2 = 0.5;

/**
 * A part of a scenario in one oblast: an action the scenario names, or `unchanged` for the
 * Russian-held area of an oblast it does not mention (Crimea, Sevastopol, the Kinburn spit in
 * the August reading): held as it is, but not "frozen" by the proposal (issue #11).
 */
export type Part = Action | 'unchanged';
export const PARTS: readonly Part[] = ['cede', 'freeze', 'return', 'unchanged'];

export interface PartProps {
  scenario: string;
  iso: string;
  oblast: string;
  part: Part;
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
  /** Russian-held area where the scenario freezes the line, km². */
  freezeKm2: number;
  returnKm2: number;
  /** Russian-held area of an oblast the scenario does not mention, km². */
  unchangedKm2: number;
}

export interface SwapTotals {
  cedeKm2: number;
  returnKm2: number;
  /** Russian-held where the scenario freezes the line, km². */
  freezeKm2: number;
  /** Russian-held in oblasts the scenario does not mention, km². */
  unchangedKm2: number;
  /** cede : return, as cedeKm2 / returnKm2 (null when nothing is returned). */
  ratio: number | null;
  /** Change of the Russian-controlled area, km² (positive: Russia gains). */
  netRussiaKm2: number;
  /** Change of the Ukrainian-controlled area, km². */
  netUkraineKm2: number;
  slivers: { count: number; areaKm2: number; thresholdKm2: number };
  /** Pieces of the Ukrainian-held remainder counted as Russian-held: artefacts of another source's line (fit.ts). */
  artefacts: FitStats & { widthKm: number };
  /** Russian-held pieces of the line just outside our border, added to the oblast they lie along (fit.ts). */
  attributed: FitStats & { withinKm: number };
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
  /**
   * Russian-controlled area (status "russian-controlled") in each oblast, by ISO code, after the
   * fit (artefacts and pieces just outside our border included; see fit.ts).
   */
  controlled: Map<string, Areal | null>;
  /** Contested (grey-zone) area in each oblast. */
  contested: Map<string, Areal | null>;
  oblastKm2: Map<string, number>;
  borders: Borders;
  /** The contact line of the dated line, per oblast (the oblast on the Russian-held side). */
  line: Map<string, MultiLineString>;
  /** The Ukrainian-controlled part of an oblast (oblast − controlled), computed once when first asked. */
  ukrainian(iso: string): Areal | null;
  /** Pieces of Ukrainian-held remainder counted as Russian-held (fit.ts): not land. */
  artefacts: FitStats;
  /** Russian-held pieces just outside our border added to the oblast they lie along. */
  attributed: FitStats;
}

/**
 * Split the line by oblast, fit it (fit.ts) and index the borders once; see {@link computeSwap}.
 * The project's line files are already split by oblast (each feature carries `oblast`), which
 * spares a union and 27 clips; any other line is clipped here.
 */
/** How far a long computation got: a phase and a fraction 0–1 of it. */
export type ComputeProgress = (phase: 'uniting' | 'clipping' | 'fitting' | 'computing', fraction: number) => void;

export function prepare(oblasts: OblastCollection, line: LineCollection, progress: ComputeProgress = () => {}): Prepared {
  const isos = new Set(oblasts.features.map((o) => o.properties.iso));
  const byStatus = (status: string) => line.features.filter((f) => (f.properties?.status ?? 'russian-controlled') === status);
  const held = byStatus('russian-controlled');
  const split = line.features.length > 0 && line.features.every((f) => typeof f.properties.oblast === 'string' && isos.has(f.properties.oblast));
  const oblastKm2 = new Map<string, number>();
  if (!split) progress('uniting', 0);
  const all = split ? null : unite(held.map((f) => f.geometry));
  const grey = split ? null : unite(byStatus('contested').map((f) => f.geometry));
  const inside = new Map<string, Areal | null>();
  const contested = new Map<string, Areal | null>();
  oblasts.features.forEach((o, i) => {
    const iso = o.properties.iso;
    if (!split) progress('clipping', i / oblasts.features.length);
    oblastKm2.set(iso, areaKm2(o.geometry));
    if (split) {
      const mine = (fs: typeof held) => unite(fs.filter((f) => f.properties.oblast === iso).map((f) => f.geometry));
      inside.set(iso, mine(held));
      contested.set(iso, mine(byStatus('contested')));
    } else {
      inside.set(iso, clip(o.geometry, all));
      contested.set(iso, clip(o.geometry, grey));
    }
  });
  const borders = bordersOf(oblasts);
  const insideKm2 = [...inside.values()].reduce((sum, g) => sum + areaKm2(g), 0);
  if (!split) progress('fitting', 0);
  // Fit another source's line to our borders: artefacts of the remainder become Russian-held,
  // pieces just outside are added. The project's own lines are cut from these oblasts: no fit.
  const byIso = new Map(oblasts.features.map((o) => [o.properties.iso, o.geometry] as const));
  /** The Ukrainian-held part of each oblast (oblast − Russian-held), computed when first asked. */
  const rest = new Map<string, Areal | null>();
  const ukrainian = (iso: string) => {
    if (!rest.has(iso)) rest.set(iso, minusPart(byIso.get(iso) ?? null, inside.get(iso) ?? null));
    return rest.get(iso) ?? null;
  };
  const artefacts = split ? { pieces: new Map<string, Polygon[]>(), stats: { count: 0, areaKm2: 0 } } : findArtefacts(oblasts, ukrainian, borders, (iso) => inside.get(iso) != null);
  for (const [iso, list] of artefacts.pieces) {
    // The pieces are polygons of the oblast's Ukrainian-held part: they move to the Russian-held
    // one, which is read back off the edges (the rest still shares its edges with the oblast).
    const moved = new Set(list.map((g) => g.coordinates));
    const left = fromPolygons(polygonsOf(ukrainian(iso)).filter((p) => !moved.has(p)));
    rest.set(iso, left);
    inside.set(iso, minusPart(byIso.get(iso) ?? null, left));
    const g: Areal = list.length === 1 ? list[0]! : { type: 'MultiPolygon', coordinates: list.map((x) => x.coordinates) };
    contested.set(iso, subtract(contested.get(iso) ?? null, g));
  }
  const attributed = split ? { pieces: new Map<string, Areal>(), stats: { count: 0, areaKm2: 0 } } : attributeOutside(oblasts, all, insideKm2, borders);
  const controlled = new Map(inside);
  // Pieces just outside touch the oblast's own piece from outside: listed beside it, not merged
  // (areas add up, and every reader of `controlled` takes a point in any of its polygons).
  for (const [iso, g] of attributed.pieces) controlled.set(iso, fromPolygons([...polygonsOf(inside.get(iso) ?? null), ...polygonsOf(g)]));
  const heldNow = (iso: string, pt: Position) => contains(controlled.get(iso) ?? null, pt);
  return {
    oblasts,
    controlled,
    contested,
    oblastKm2,
    borders,
    // The line runs along the area inside the oblasts: pieces added beyond our border would draw
    // a second line just outside it.
    line: contactLines(inside, borders, heldNow),
    ukrainian,
    artefacts: roundStats(artefacts.stats),
    attributed: roundStats(attributed.stats),
  };
}

const roundStats = (s: FitStats): FitStats => ({ count: s.count, areaKm2: round(s.areaKm2, 1) });

/** The oblasts' borders do not depend on the line: indexed once per oblast collection. */
const bordersCache = new WeakMap<OblastCollection, Borders>();
function bordersOf(oblasts: OblastCollection): Borders {
  let b = bordersCache.get(oblasts);
  if (!b) bordersCache.set(oblasts, (b = indexBorders(oblasts.features.map((o) => ({ iso: o.properties.iso, geometry: o.geometry })))));
  return b;
}

/**
 * whole − part, where part was cut out of whole (the Russian-held part of an oblast, clipped to
 * it; the returned part of a Russian-held area), so the two share their common boundary and the
 * fast edge-based complement applies. It is checked by the areas (whole = part + the rest, to
 * 0.05 km² or 2 ppm: a line clipped with a wobbling border leaves crumbs of rounding, each under
 * 100 m², that the edge method drops); when that fails, a general polygon difference is used.
 */
export function minusPart(whole: Areal | null, part: Areal | null): Areal | null {
  if (!whole) return null;
  const fast = complementWithin(whole, part);
  if (fast !== undefined) {
    const total = areaKm2(whole);
    if (Math.abs(total - areaKm2(part) - areaKm2(fast)) <= Math.max(0.05, total * 2e-6)) return fast;
  }
  return subtract(whole, part);
}

function boxPolygon([w, s, e, n]: [number, number, number, number]): Areal {
  return { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] };
}

const inBox = (box: [number, number, number, number] | undefined, p: Position) =>
  !!box && p[0]! >= box[0] && p[0]! <= box[2] && p[1]! >= box[1] && p[1]! <= box[3];

/** Compute a scenario on a prepared line. */
export function computeSwap(p: Prepared, scenario: Scenario, sliverKm2 = SLIVER_KM2): SwapResult {
  const parts: Feature<Areal, PartProps>[] = [];
  const proposed: Feature<Areal, { scenario: string; iso: string; oblast: string }>[] = [];
  const frozen: Feature<MultiLineString, { scenario: string; iso: string }>[] = [];
  const figures: OblastFigures[] = [];
  const after = new Map<string, Areal | null>();
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
    let now: Areal | null = russian;
    if (action === 'cede') {
      const ukrainian = p.ukrainian(iso);
      cede = clean(mask ? clip(ukrainian, mask) : ukrainian);
      now = !cede ? russian : mask ? unite([russian, cede]) : o.geometry;
    } else if (action === 'return') {
      ret = clean(mask ? clip(russian, mask) : russian);
      // What is left of the Russian-held area: it shares its edges with the returned part.
      now = !ret ? russian : mask ? clean(minusPart(russian, ret)) : null;
    }
    // What is neither ceded nor returned of the Russian-held area stays where it is: frozen where
    // the scenario says so (or keeps the rest of a partial return), unchanged where it is silent.
    const held = action === 'freeze' ? clean(russian) : action === 'return' ? now : null;
    const freeze = term ? held : null;
    const unchanged = term ? null : held;
    after.set(iso, now);
    const row = { cede, freeze, return: ret, unchanged } as const;
    for (const part of PARTS) {
      const g = row[part];
      if (!g) continue;
      const a = areaKm2(g);
      parts.push({
        type: 'Feature',
        properties: { scenario: scenario.id, iso, oblast: name, part, areaKm2: round(a, 1), shareOfOblast: round(a / total, 4) },
        geometry: g,
      });
    }
    if (now) proposed.push({ type: 'Feature', properties: { scenario: scenario.id, iso, oblast: name }, geometry: now });
    // The line is frozen where the scenario freezes the oblast, and outside the box of a partial
    // cede/return; an oblast it does not mention keeps its line, but the proposal does not freeze it.
    const kept =
      term?.action === 'freeze'
        ? (p.line.get(iso) ?? null)
        : term?.within
          ? clipLines(p.line.get(iso), (a, b) => !inBox(term.within, [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2]))
          : null;
    if (kept) frozen.push({ type: 'Feature', properties: { scenario: scenario.id, iso }, geometry: kept });
    figures.push({
      iso,
      oblast: name,
      oblastKm2: round(total, 1),
      russianBeforeKm2: round(areaKm2(russian), 1),
      russianAfterKm2: round(areaKm2(now), 1),
      cedeKm2: round(areaKm2(cede), 1),
      freezeKm2: round(areaKm2(freeze), 1),
      returnKm2: round(areaKm2(ret), 1),
      unchangedKm2: round(areaKm2(unchanged), 1),
    });
  }
  const sum = (k: 'cedeKm2' | 'returnKm2' | 'freezeKm2' | 'unchangedKm2') => round(figures.reduce((s, f) => s + f[k], 0), 1);
  const cedeKm2 = sum('cedeKm2');
  const returnKm2 = sum('returnKm2');
  // Whole oblasts ceded or returned need no point-in-polygon test.
  const whole = new Map<string, boolean>();
  for (const [iso, t] of Object.entries(scenario.terms)) if (!t.within && t.action !== 'freeze') whole.set(iso, t.action === 'cede');
  const heldAfter = (iso: string, pt: Position) => whole.get(iso) ?? contains(after.get(iso) ?? null, pt);
  const proposedLine = mergeLines(contactLines(after, p.borders, heldAfter).values());
  return {
    scenario: scenario.id,
    parts: { type: 'FeatureCollection', features: parts },
    proposed: { type: 'FeatureCollection', features: proposed },
    frozenLine: { type: 'FeatureCollection', features: frozen },
    proposedLine: {
      type: 'FeatureCollection',
      features: proposedLine ? [{ type: 'Feature', properties: { scenario: scenario.id }, geometry: proposedLine }] : [],
    },
    oblasts: figures,
    totals: {
      cedeKm2,
      returnKm2,
      freezeKm2: sum('freezeKm2'),
      unchangedKm2: sum('unchangedKm2'),
      ratio: returnKm2 > 0 ? round(cedeKm2 / returnKm2, 2) : null,
      netRussiaKm2: round(cedeKm2 - returnKm2, 1),
      netUkraineKm2: round(returnKm2 - cedeKm2, 1),
      slivers: { count: sliverCount, areaKm2: round(sliverArea, 2), thresholdKm2: sliverKm2 },
      artefacts: { ...p.artefacts, widthKm: FIT_TOLERANCE_KM },
      attributed: { ...p.attributed, withinKm: FIT_TOLERANCE_KM },
    },
  };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
