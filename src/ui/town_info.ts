import type { Estimate } from '../data/estimate';
import { estimateWhen } from '../data/estimate';
import type { TownCollection } from '../data/types';
import { count } from './format';
import { identifyAt, type IdentifyInputs } from './identify';

/** What the popup says about a town: its names and short lines of text (never markup). */
export interface TownIdentified {
  name: string;
  /** Ukrainian name ('' when the data has none). */
  name_uk: string;
  rows: string[];
}

export interface TownInputs extends IdentifyInputs {
  towns: TownCollection;
  estimates: readonly Estimate[];
}

const COUNTRY: Record<string, string> = { RU: 'Russia', BY: 'Belarus', PL: 'Poland', RO: 'Romania', MD: 'Moldova' };

/**
 * A town clicked on the map (by GeoNames id): its names in English and Ukrainian, its
 * population, the published estimates for it, then what {@link identifyAt} says at its point —
 * which side holds it on the line's date and after the scenario (always, whatever overlays are
 * shown: that is the town's own information), and the part of the proposal it lies in with that
 * part's figures (for the overlays shown). Pure, from the same geometry as the figures. Null for
 * an id not in the towns.
 */
export function identifyTown(geonameid: number, inp: TownInputs): TownIdentified | null {
  const town = inp.towns.features.find((f) => f.properties.geonameid === geonameid);
  if (!town) return null;
  const t = town.properties;
  const here = identifyAt(town.geometry.coordinates, { ...inp, layers: [...new Set([...inp.layers, 'line', 'proposed'] as const)] });
  const rows = [here?.oblast ?? COUNTRY[t.country] ?? t.country, `Population: ${count(t.population)} (GeoNames, pre-2022 figure)`];
  for (const e of inp.estimates) {
    if (e.scope.kind !== 'places' || e.scope.geonameids.length !== 1 || e.scope.geonameids[0] !== geonameid) continue;
    rows.push(`${e.what}: ${e.approximate ? 'about ' : ''}${count(e.people)} (${estimateWhen(e.when)}; ${e.citations.map((c) => c.source).join('; ')})`);
  }
  return { name: t.name, name_uk: t.name_uk, rows: [...rows, ...(here?.rows ?? [])] };
}
