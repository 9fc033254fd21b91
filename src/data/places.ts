/**
 * The places whose people are counted (issue #12): the Ukrainian towns of towns.geojson (drawn on
 * the map) and the smaller places of places.json (counted, not drawn), both from GeoNames with
 * its pre-2022 populations. Parsing is pure; the page fetches the file, the CLI reads it.
 */
import type { Position } from 'geojson';
import type { TownCollection } from './types';
import { msg, num } from '../text/i18n';

/** A settlement, as a point with its population. */
export interface Place {
  /** English name: the project's transliteration (Ukraine's national system, current official name). */
  name: string;
  /** Ukrainian name, when the data has one (towns on the map; places.json rows of 5). */
  name_uk?: string;
  /** People living there, GeoNames' figure: pre-2022, not today's residents. */
  population: number;
  /** [lon, lat] */
  coordinates: Position;
  /** GeoNames id (towns on the map only). */
  geonameid?: number;
}

/** What places.json holds besides its rows: the floor and the units it covers. */
export interface PlacesFile {
  /** Places of at least this many people are listed (GeoNames' cities1000 has no smaller ones). */
  floor: number;
  /** ISO 3166-2 codes of the units whose places are listed; elsewhere only towns.geojson's. */
  scope: string[];
  /** Every counted place: the Ukrainian towns of towns.geojson, then places.json's rows. */
  places: Place[];
}

/**
 * Read places.json (rows `[lon, lat, population, name, name_uk?]`) and join it with the Ukrainian towns
 * of towns.geojson, which it does not repeat. Returns a one-sentence error for a malformed file.
 */
export function readPlaces(json: unknown, towns: TownCollection): PlacesFile | { error: string } {
  const m = msg().data;
  const bad = (why: string) => ({ error: m.placesBad(why) });
  if (typeof json !== 'object' || json === null) return bad(m.placesObject);
  const o = json as Record<string, unknown>;
  if (typeof o.floor !== 'number' || !(o.floor >= 0)) return bad(m.placesFloor);
  if (!Array.isArray(o.scope) || !o.scope.every((s) => typeof s === 'string' && /^UA-\d\d$/.test(s))) return bad(m.placesScope);
  if (!Array.isArray(o.places)) return bad(m.placesArray);
  const places: Place[] = towns.features
    .filter((f) => f.properties.country === 'UA')
    .map((f) => ({
      name: f.properties.name,
      name_uk: f.properties.name_uk,
      population: f.properties.population,
      coordinates: f.geometry.coordinates,
      geonameid: f.properties.geonameid,
    }));
  for (const [i, r] of (o.places as unknown[]).entries()) {
    if (
      !Array.isArray(r) ||
      (r.length !== 4 && r.length !== 5) ||
      !Number.isFinite(r[0]) ||
      !Number.isFinite(r[1]) ||
      !Number.isInteger(r[2]) ||
      (r[2] as number) < 0 ||
      typeof r[3] !== 'string' ||
      (r.length === 5 && typeof r[4] !== 'string')
    ) {
      return bad(m.placesRow(i + 1));
    }
    places.push({ name: r[3] as string, ...(r.length === 5 && { name_uk: r[4] as string }), population: r[2] as number, coordinates: [r[0] as number, r[1] as number] });
  }
  return { floor: o.floor, scope: o.scope as string[], places };
}

/**
 * What the people figures count, in one sentence: the floor, the source and its date, and the
 * units covered (by name, in the order given).
 */
export function peopleDefinition(file: Pick<PlacesFile, 'floor' | 'scope'>, nameOf: (iso: string) => string): string {
  const m = msg().data;
  const names = file.scope.map(nameOf);
  const list = names.length > 1 ? m.listAnd(names.slice(0, -1).join(', '), names.at(-1)!) : (names[0] ?? '');
  return m.peopleDefinition(num(file.floor), list, num(100_000));
}

/** The limits of the people figures, said plainly wherever they are shown (in the current language). */
export const peopleLimits = (): string => msg().data.peopleLimits;

