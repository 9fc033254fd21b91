import type { FeatureCollection } from 'geojson';
import oblastsUrl from '../../geodata/oblasts.geojson?url';
import countriesUrl from '../../geodata/countries.geojson?url';
import waterUrl from '../../geodata/water.geojson?url';
import townsUrl from '../../geodata/towns.geojson?url';
import placesUrl from '../../geodata/places.json?url';
import type {
  CountryCollection,
  LineCollection,
  MapData,
  OblastCollection,
  TownCollection,
  WaterCollection,
} from './types';
import { msg } from '../text/i18n';
import { AREAL, parseGeoJSON, type GeometryKind } from './validate';

/** The embedded default data: URLs of the committed geodata files, emitted by the bundler. */
export const DEFAULT_FILES = {
  oblasts: oblastsUrl,
  countries: countriesUrl,
  water: waterUrl,
  towns: townsUrl,
  lines: builtInLines(),
};

/**
 * The built-in lines, by date: every `geodata/lines/YYYY-MM-DD.geojson`, found at build time.
 * Adding a dated file there adds a line, with no code change.
 */
function builtInLines(): Record<string, string> {
  const urls = import.meta.glob<string>('../../geodata/lines/*.geojson', { query: '?url', import: 'default', eager: true });
  const out: Record<string, string> = {};
  for (const [path, url] of Object.entries(urls)) {
    const m = /(\d{4}-\d{2}-\d{2})\.geojson$/.exec(path);
    if (m) out[m[1]!] = url;
  }
  return out;
}

async function fetchGeoJSON(url: string, label: string, allowed: readonly GeometryKind[]): Promise<FeatureCollection> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new Error(msg().read.data.couldNotLoad(label, (e as Error).message), { cause: e });
  }
  if (!res.ok) throw new Error(msg().read.data.http(label, String(res.status)));
  const parsed = parseGeoJSON(await res.text(), { label, allowed });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

/** Load and validate every default file. Rejects with a message naming the file that failed. */
export async function loadDefaultData(): Promise<MapData> {
  const dates = Object.keys(DEFAULT_FILES.lines).sort();
  const [oblasts, countries, water, towns, ...lines] = await Promise.all([
    fetchGeoJSON(DEFAULT_FILES.oblasts, 'oblasts.geojson', AREAL),
    fetchGeoJSON(DEFAULT_FILES.countries, 'countries.geojson', AREAL),
    fetchGeoJSON(DEFAULT_FILES.water, 'water.geojson', [...AREAL, 'LineString', 'MultiLineString']),
    fetchGeoJSON(DEFAULT_FILES.towns, 'towns.geojson', ['Point']),
    ...dates.map((d) => fetchGeoJSON(DEFAULT_FILES.lines[d]!, `lines/${d}.geojson`, AREAL)),
  ]);
  return {
    oblasts: oblasts as OblastCollection,
    countries: countries as CountryCollection,
    water: water as WaterCollection,
    towns: towns as TownCollection,
    lines: Object.fromEntries(dates.map((d, i) => [d, lines[i] as LineCollection])),
  };
}

/**
 * Fetch places.json (the smaller places whose people are counted; data/places.ts reads it with
 * the towns). Rejects with a message naming the file.
 */
export async function fetchPlaces(): Promise<unknown> {
  try {
    const res = await fetch(placesUrl);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return (await res.json()) as unknown;
  } catch (e) {
    throw new Error(msg().read.data.places((e as Error).message), { cause: e });
  }
}
