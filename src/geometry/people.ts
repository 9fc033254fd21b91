/**
 * The people in each part of a scenario (issue #12): the places inside it, with their
 * populations, and the sums. Pure: points and polygons in, numbers out, with the same
 * point-in-polygon test as the click popup ({@link contains}).
 *
 * What the numbers are, and are not: the sum of the populations GeoNames gives for the places
 * (towns and villages of 1,000+ people, see data/places.ts) whose point lies inside an area.
 * Towns only (people outside them are not counted, nor places GeoNames does not list);
 * pre-2022 figures (not today's residents: many people have left, or were killed).
 */
import type { Position } from 'geojson';
import type { Place } from '../data/places';
import type { EstimateScope } from '../data/estimate';
import type { Part } from './swap';
import type { LineCollection, OblastCollection } from '../data/types';
import { contains } from './contains';
import type { Areal } from './polygons';
import type { SwapResult } from './swap';

/** A number of places and the sum of their populations (people, pre-2022 figures). */
export interface Headcount {
  /** Sum of the populations of the places counted, people. */
  people: number;
  /** How many places were counted. */
  places: number;
}

/** The places inside one part of a scenario (one oblast, one action). */
export interface PartPeople extends Headcount {
  iso: string;
  part: Part;
  /** The places inside the part, largest first. */
  settlements: Place[];
}

/** Per oblast: where its places lie on the line's date and after the scenario. */
export interface OblastPeople {
  iso: string;
  oblast: string;
  /** Places not Russian-controlled on the line's date (contested ones included, as in the areas). */
  ukrainianHeld: Headcount;
  /** Places Russian-controlled on the line's date. */
  russianHeld: Headcount;
  /** Places Russian-controlled after the scenario. */
  russianAfter: Headcount;
}

export interface PeopleTotals {
  /** Places in Ukrainian-held land that would go to Russia. */
  cede: Headcount;
  /** Places in Russian-held land that would go back to Ukraine. */
  return: Headcount;
  /** Places in Russian-held land that stays Russian-held (the frozen line, and the rest of a partial return). */
  freeze: Headcount;
  /** Places in Russian-held land the scenario does not mention (held, unchanged: Crimea, Sevastopol). */
  unchanged: Headcount;
  /** Change of the people in Russian-controlled places: cede − return (positive: more under Russian control). */
  netRussiaPeople: number;
}

/** The people of a scenario on a line: per part, per oblast and in all. */
export interface SwapPeople {
  /** One entry per feature of `SwapResult.parts`, in the same order. */
  parts: PartPeople[];
  /** One entry per oblast of `SwapResult.oblasts`, in the same order. */
  oblasts: OblastPeople[];
  totals: PeopleTotals;
}

/** Which side holds a point: on the line's date, or after a scenario. */
export type Side = 'russian-controlled' | 'contested' | 'ukrainian-controlled';

const NONE: Headcount = { people: 0, places: 0 };

/** Count places and add up their populations. */
export function headcount(places: readonly Place[]): Headcount {
  return { people: places.reduce((s, p) => s + p.population, 0), places: places.length };
}

/**
 * The places whose point lies inside an area, largest first (then by name). Even–odd, so holes
 * are left out; a point on an edge that two areas share falls in exactly one of them (the
 * half-open rule of {@link contains}). None for a null area.
 */
export function placesIn(g: Areal | null, places: readonly Place[]): Place[] {
  if (!g) return [];
  return places.filter((p) => contains(g, p.coordinates)).sort(largestFirst);
}

const largestFirst = (a: Place, b: Place) => b.population - a.population || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Who holds a point on the line's date, from the line as drawn (the same reading as the click
 * popup): Russian-controlled, contested (grey zone), or else Ukrainian-controlled.
 */
export function sideOn(line: LineCollection, pt: Position): Side {
  let side: Side = 'ukrainian-controlled';
  for (const f of line.features) {
    if (!contains(f.geometry, pt)) continue;
    if (f.properties.status === 'russian-controlled') return 'russian-controlled';
    side = 'contested';
  }
  return side;
}

/**
 * The people of every part of a scenario: each place is given to the oblast that contains it,
 * then counted in the part of that oblast that contains it (at most one: the parts of an oblast
 * do not overlap). `line` is the line as drawn (LineDerived.line), `result` the scenario on it.
 */
export function countPeople(oblasts: OblastCollection, line: LineCollection, result: SwapResult, places: readonly Place[]): SwapPeople {
  const byOblast = new Map<string, Place[]>();
  for (const p of places) {
    const o = oblasts.features.find((f) => contains(f.geometry, p.coordinates));
    if (!o) continue;
    const list = byOblast.get(o.properties.iso);
    if (list) list.push(p);
    else byOblast.set(o.properties.iso, [p]);
  }
  const parts: PartPeople[] = result.parts.features.map((f) => {
    const settlements = placesIn(f.geometry, byOblast.get(f.properties.iso) ?? []);
    return { iso: f.properties.iso, part: f.properties.part, ...headcount(settlements), settlements };
  });
  const oblastRows: OblastPeople[] = result.oblasts.map((o) => {
    const mine = byOblast.get(o.iso) ?? [];
    const held = new Set(mine.filter((p) => sideOn(line, p.coordinates) === 'russian-controlled'));
    const after = result.proposed.features.find((f) => f.properties.iso === o.iso);
    return {
      iso: o.iso,
      oblast: o.oblast,
      ukrainianHeld: headcount(mine.filter((p) => !held.has(p))),
      russianHeld: headcount([...held]),
      russianAfter: after ? headcount(placesIn(after.geometry, mine)) : NONE,
    };
  });
  const sum = (part: Part): Headcount =>
    parts.filter((p) => p.part === part).reduce((s, p) => ({ people: s.people + p.people, places: s.places + p.places }), NONE);
  const cede = sum('cede');
  const ret = sum('return');
  return { parts, oblasts: oblastRows, totals: { cede, return: ret, freeze: sum('freeze'), unchanged: sum('unchanged'), netRussiaPeople: cede.people - ret.people } };
}

/**
 * The project's own sum of what a published estimate counts, on this line: the places of the
 * oblast's Ukrainian-held part, or the places it names. Null when there is nothing to set it
 * beside (an oblast not in the result, a place not in the list).
 */
export function ownSum(scope: EstimateScope, people: SwapPeople, places: readonly Place[]): Headcount | null {
  if (scope.kind === 'ukrainian-held') return people.oblasts.find((o) => o.iso === scope.iso)?.ukrainianHeld ?? null;
  const named = places.filter((p) => p.geonameid !== undefined && scope.geonameids.includes(p.geonameid));
  return named.length === scope.geonameids.length ? headcount(named) : null;
}
