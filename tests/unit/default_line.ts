/**
 * The default view's data for the unit tests of the popup and the panels: the oblasts, the towns,
 * the August 2025 proposal on the built-in line of 15 Aug 2025, its people, the popup's inputs,
 * a town's id by name and a point inside a part.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import polylabel from 'polylabel';
import type { OblastCollection, TownCollection } from '../../src/data/types';
import type { Scenario } from '../../src/data/scenario';
import { readPlaces, type PlacesFile } from '../../src/data/places';
import { deriveLine } from '../../src/geometry/derive';
import { countPeople } from '../../src/geometry/people';
import { areaKm2, polygonsOf, type Areal } from '../../src/geometry/polygons';
import { TOGGLES } from '../../src/state/state';
import { readEstimates } from '../../src/cli/scenario_files';
import type { TownInputs } from '../../src/ui/town_info';

export const read = (p: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../..', p), 'utf8'));
export const oblasts = read('geodata/oblasts.geojson') as OblastCollection;
export const towns = read('geodata/towns.geojson') as TownCollection;
export const scenario = read('geodata/scenarios/aug-2025.json') as Scenario;
export const derived = deriveLine(oblasts, [scenario], read('geodata/lines/2025-08-15.geojson'))!;
export const result = derived.results.get('aug-2025')!;
export const places = readPlaces(read('geodata/places.json'), towns) as PlacesFile;
export const counted = countPeople(oblasts, derived.line, result, places.places);
/** What a click on the map is told: every layer shown, the people counted, the estimates (read in the language of the moment this module is loaded). */
export const inputs: TownInputs = {
  oblasts, line: derived.line, lineDate: '2025-08-15', result, layers: TOGGLES,
  people: { counted, floor: places.floor, scope: places.scope }, towns, estimates: readEstimates(),
};
/** A town's GeoNames id by its English name (the most populous of that name). */
export const townId = (name: string) => towns.features.filter((f) => f.properties.name === name).sort((a, b) => b.properties.population - a.properties.population)[0]!.properties.geonameid;
/** A point well inside the largest polygon of a part of the result. */
export const inside = (part: string, iso: string): [number, number] => {
  const f = result.parts.features.find((x) => x.properties.part === part && x.properties.iso === iso)!;
  const polys = polygonsOf(f.geometry as Areal).sort((a, b) => areaKm2({ type: 'Polygon', coordinates: b }) - areaKm2({ type: 'Polygon', coordinates: a }));
  const p = polylabel(polys[0]!, 0.001);
  return [p[0]!, p[1]!];
};
