import type { FeatureCollection } from 'geojson';
import oblastsUrl from '../../geodata/oblasts.geojson?url';
import countriesUrl from '../../geodata/countries.geojson?url';
import waterUrl from '../../geodata/water.geojson?url';
import townsUrl from '../../geodata/towns.geojson?url';
import line2025Url from '../../geodata/lines/2025-08-15.geojson?url';
import line2022Url from '../../geodata/lines/2022-02-23.geojson?url';
import type {
  CountryCollection,
  LineCollection,
  MapData,
  OblastCollection,
  TownCollection,
  WaterCollection,
} from './types';
import { AREAL, parseGeoJSON, type GeometryKind } from './validate';

/** The embedded default data: URLs of the committed geodata files, emitted by the bundler. */
export const DEFAULT_FILES = {
  oblasts: oblastsUrl,
  countries: countriesUrl,
  water: waterUrl,
  towns: townsUrl,
  lines: { '2025-08-15': line2025Url, '2022-02-23': line2022Url } as Record<string, string>,
};

async function fetchGeoJSON(url: string, label: string, allowed: readonly GeometryKind[]): Promise<FeatureCollection> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new Error(`Could not load ${label}: ${(e as Error).message}`, { cause: e });
  }
  if (!res.ok) throw new Error(`Could not load ${label}: HTTP ${res.status}.`);
  const parsed = parseGeoJSON(await res.text(), { label, allowed });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

/** Load and validate every default file. Rejects with a message naming the file that failed. */
export async function loadDefaultData(): Promise<MapData> {
  const [oblasts, countries, water, towns, l2025, l2022] = await Promise.all([
    fetchGeoJSON(DEFAULT_FILES.oblasts, 'oblasts.geojson', AREAL),
    fetchGeoJSON(DEFAULT_FILES.countries, 'countries.geojson', AREAL),
    fetchGeoJSON(DEFAULT_FILES.water, 'water.geojson', [...AREAL, 'LineString', 'MultiLineString']),
    fetchGeoJSON(DEFAULT_FILES.towns, 'towns.geojson', ['Point']),
    fetchGeoJSON(DEFAULT_FILES.lines['2025-08-15']!, 'lines/2025-08-15.geojson', AREAL),
    fetchGeoJSON(DEFAULT_FILES.lines['2022-02-23']!, 'lines/2022-02-23.geojson', AREAL),
  ]);
  return {
    oblasts: oblasts as OblastCollection,
    countries: countries as CountryCollection,
    water: water as WaterCollection,
    towns: towns as TownCollection,
    lines: { '2025-08-15': l2025 as LineCollection, '2022-02-23': l2022 as LineCollection },
  };
}
