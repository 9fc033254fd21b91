import type { Estimate } from '../data/estimate';
import { estimateWhen } from '../data/estimate';
import type { TownCollection } from '../data/types';
import { msg } from '../text/i18n';
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
  const m = msg().identify;
  const rows = [here?.oblast ?? m.countries[t.country] ?? t.country, m.population(count(t.population))];
  for (const e of inp.estimates) {
    if (e.scope.kind !== 'places' || e.scope.geonameids.length !== 1 || e.scope.geonameids[0] !== geonameid) continue;
    rows.push(m.estimate(e.what, !!e.approximate, count(e.people), estimateWhen(e.when), e.citations.map((c) => c.source).join('; ')));
  }
  return { name: t.name, name_uk: t.name_uk, rows: [...rows, ...(here?.rows ?? [])] };
}
