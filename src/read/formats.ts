/**
 * Recognise the shape of a line file (see shared FORMATS.md: DeepState's multi-status export and
 * its daily polygons, ISW/CTP layers, swapmap's own files, plain polygons) and say, for every
 * feature, what it is and whether it counts as Russian-controlled by default. Recognition reads
 * the data's own keys and names, never its colours. Pure.
 */
import { quote } from './errors';
import type { RawFeature } from './geojson';

/** How a category of features enters the line: Russian-controlled, contested (grey zone), or not at all. */
export type Counted = 'russian' | 'contested' | 'ignored';

export interface CategoryDef {
  /** Stable key, e.g. "deepstate:occupied", "isw:advances". */
  key: string;
  /** What the features are, in a few words ("occupied", "liberated"). */
  label: string;
  /** How the category counts unless the reader chooses otherwise. */
  counted: Counted;
  /** Why it counts so, when that needs saying ("not recognised", "outside Ukraine: falls away"). */
  note?: string;
}

export type FormatId = 'deepstate-export' | 'deepstate-daily' | 'deepstate-history' | 'isw' | 'swapmap' | 'plain';

export const FORMAT_LABEL: Record<FormatId, string> = {
  'deepstate-export': 'DeepState export',
  'deepstate-daily': 'DeepState daily polygon',
  'deepstate-history': 'DeepState history (a polygon per date)',
  isw: 'ISW/CTP layer',
  swapmap: 'swapmap line',
  plain: 'polygons',
};

export interface Recognised {
  format: FormatId;
  /** The layer's date (ISO), from the data or the file name; '' when none. */
  date: string;
  /** Where the date came from, for the report. */
  dateFrom: 'features' | 'file' | 'name' | '';
  categoryOf(f: RawFeature): CategoryDef;
  /** The date of one feature, when features carry their own (multi-date files). */
  dateOf(f: RawFeature): string;
}

// ---------------------------------------------------------------------------------------------
// DeepState: `name` is "Ukrainian /// English /// key", e.g. "Окуповано /// Occupied /// geoJSON.status.occupied".

const DS = (key: string, label: string, counted: Counted, note?: string): CategoryDef => ({ key: `deepstate:${key}`, label, counted, ...(note ? { note } : {}) });

const DEEPSTATE: Record<string, CategoryDef> = {
  'geoJSON.status.occupied': DS('occupied', 'occupied', 'russian'),
  'geoJSON.territories.crimea': DS('crimea', 'Crimea, held since 2014', 'russian'),
  'geoJSON.territories.ordlo': DS('ordlo', 'ORDLO, held since 2014', 'russian'),
  'geoJSON.territories.tuzla': DS('tuzla', 'Tuzla island', 'russian'),
  'geoJSON.status.unknown': DS('unknown', 'unknown status (grey zone)', 'contested'),
  'geoJSON.status.dismissed': DS('liberated', 'liberated', 'ignored'),
  'geoJSON.status.dismissed_at': DS('liberated', 'liberated', 'ignored'),
  'geoJSON.zmiinyi_island': DS('zmiinyi', 'Snake Island (Ukrainian-held)', 'ignored'),
};
const DS_OUTSIDE = DS('territories', 'territories outside Ukraine', 'ignored', 'Transnistria, Abkhazia, …');

/** The key part of a DeepState name: the last "///" field without a `{{…}}` suffix, or null. */
export function deepStateKey(name: unknown): string | null {
  if (typeof name !== 'string' || !name.includes('///')) return null;
  const last = name.split('///').pop()!.replace(/\{\{.*?\}\}/g, '').trim();
  return /^geoJSON\.[\w.]+$/.test(last) ? last : null;
}

function deepStateCategory(name: unknown): CategoryDef {
  const key = deepStateKey(name);
  if (key) {
    const known = DEEPSTATE[key];
    if (known) return known;
    if (key.startsWith('geoJSON.territories.')) return DS_OUTSIDE;
    const english = typeof name === 'string' ? (name.split('///')[1] ?? '') : '';
    return keywordCategory(english) ?? unrecognised(key);
  }
  return keywordCategory(name) ?? unrecognised(name);
}

// ---------------------------------------------------------------------------------------------
// Words in a status or name, English and Ukrainian.

const OCCUPIED: CategoryDef = { key: 'status:occupied', label: 'occupied / Russian-controlled', counted: 'russian' };
const CONTESTED: CategoryDef = { key: 'status:contested', label: 'contested / unknown status (grey zone)', counted: 'contested' };
const LIBERATED: CategoryDef = { key: 'status:liberated', label: 'liberated / Ukrainian-controlled', counted: 'ignored' };

function keywordCategory(v: unknown): CategoryDef | null {
  if (typeof v !== 'string') return null;
  const s = v.toLowerCase();
  if (/liberat|dismissed|ukrainian[- ]controlled|ukrainian[- ]held|звільн/.test(s)) return LIBERATED;
  if (/unknown|grey|gray|contested|disputed|невідом|сір/.test(s)) return CONTESTED;
  if (/occupied|occupation|russian[- ]controlled|russian[- ]held|окупов/.test(s)) return OCCUPIED;
  return null;
}

/** A status the reader does not know: counted as Russian-controlled, and named in the report so the reader can leave it out. */
function unrecognised(value: unknown): CategoryDef {
  const v = quote(value, 40) || '(empty)';
  return { key: `unrecognised:${v}`, label: `“${v}”`, counted: 'russian', note: 'not a status swapmap knows' };
}

// ---------------------------------------------------------------------------------------------
// ISW/CTP: ArcGIS exports, one layer per file, no status field; the layer is in the file's name.

const ISW_FIELDS = ['GlobalID', 'GlobalID_2', 'Shape__Are', 'Shape__Area', 'Shape__Len', 'EditDate', 'CreationDa', 'CreationDate', 'Creator', 'Editor', 'Area_KM'];

const ISW = (key: string, label: string, counted: Counted, note?: string): CategoryDef => ({ key: `isw:${key}`, label, counted, ...(note ? { note } : {}) });
const ISW_LAYERS: [RegExp, CategoryDef][] = [
  [/advanc/i, ISW('advances', 'assessed Russian advances', 'russian')],
  [/claim/i, ISW('claimed', 'claimed by Russia (not assessed)', 'ignored', 'most media do not count claims')],
  [/infiltrat/i, ISW('infiltration', 'Russian infiltration', 'ignored', 'not control')],
  [/partisan|counteroffens|ukrain.*(advance|gain)/i, ISW('ukrainian', 'Ukrainian activity', 'ignored')],
  [/control|occup|AO\d|assessed/i, ISW('control', 'assessed Russian control', 'russian')],
];
const ISW_OTHER = ISW('layer', 'ISW layer (not named)', 'russian', 'the file name does not say which layer');

// ---------------------------------------------------------------------------------------------

const SWAPMAP: Record<string, CategoryDef> = {
  'russian-controlled': { key: 'swapmap:russian-controlled', label: 'Russian-controlled', counted: 'russian' },
  contested: { key: 'swapmap:contested', label: 'contested (grey zone)', counted: 'contested' },
};

const PLAIN: CategoryDef = { key: 'plain:polygons', label: 'polygons', counted: 'russian' };

/**
 * Recognise one layer. `top` holds the object's top-level members (ISW's `fileName`), `fileName`
 * the name of the file (and `object` the TopoJSON object's name) where dates and layer names hide.
 */
export function recognise(features: readonly RawFeature[], top: Record<string, unknown>, fileName: string, object: string | null): Recognised {
  const names = [typeof top.fileName === 'string' ? top.fileName : '', object ?? '', typeof top.name === 'string' ? top.name : '', fileName];
  const named = dateIn(names.slice(0, 3).join(' '));
  const fromName = dateIn(fileName);
  const featureDate = (f: RawFeature) => isoDate(f.properties.date);
  const withDates = features.filter((f) => featureDate(f)).length;
  const date = named || fromName;
  const base = {
    date: withDates > 0 ? '' : date,
    dateFrom: (withDates > 0 ? 'features' : named ? 'file' : fromName ? 'name' : '') as Recognised['dateFrom'],
    dateOf: (f: RawFeature) => featureDate(f) || date,
  };
  if (features.some((f) => deepStateKey(f.properties.name))) {
    return { ...base, format: 'deepstate-export', categoryOf: (f) => deepStateCategory(f.properties.name) };
  }
  if (typeof top.fileName === 'string' || features.some((f) => ISW_FIELDS.filter((k) => k in f.properties).length >= 2)) {
    const layerName = names.join(' ');
    const layer = ISW_LAYERS.find(([re]) => re.test(layerName))?.[1] ?? ISW_OTHER;
    return { ...base, format: 'isw', categoryOf: () => layer };
  }
  // Own keys only: `in` would take a status of "constructor" or "toString" (inherited from
  // Object.prototype) for one of swapmap's, and count the file as nothing at all.
  if (features.length > 0 && features.every((f) => typeof f.properties.status === 'string' && Object.hasOwn(SWAPMAP, f.properties.status))) {
    return { ...base, format: 'swapmap', categoryOf: (f) => SWAPMAP[f.properties.status as string]! };
  }
  if (/deepstate/i.test(fileName) || (features.length > 0 && features.every((f) => Object.keys(f.properties).every((k) => k === 'id' || k === 'date')))) {
    const ds = /deepstate/i.test(fileName) || withDates > 0;
    const format: FormatId = !ds ? 'plain' : new Set(features.map(featureDate).filter(Boolean)).size > 1 ? 'deepstate-history' : 'deepstate-daily';
    return { ...base, format, categoryOf: () => PLAIN };
  }
  // Any other file: a `status` we can read, else a name with a status word in it, else Russian-controlled.
  return {
    ...base,
    format: 'plain',
    categoryOf: (f) => {
      const st = f.properties.status;
      if (st !== undefined && st !== null && st !== '') return keywordCategory(st) ?? unrecognised(st);
      for (const k of ['name', 'Name', 'NAME', 'type', 'layer']) {
        const c = keywordCategory(f.properties[k]);
        if (c) return c;
      }
      return PLAIN;
    },
  };
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** An ISO date from a property value: 'YYYY-MM-DD' or a date-time starting so; '' otherwise. */
export function isoDate(v: unknown): string {
  if (typeof v !== 'string') return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(v.trim());
  return m && valid(+m[1]!, +m[2]!, +m[3]!) ? `${m[1]}-${m[2]}-${m[3]}` : '';
}

/**
 * A date written in a name: 20260101, 2026-01-01, 2026_01_01, or 27APR2026 (ISW's file names);
 * '' when there is none, or more than one different date.
 */
export function dateIn(s: string): string {
  const found = new Set<string>();
  for (const m of s.matchAll(/(?<!\d)(20\d\d)[-_.]?(\d\d)[-_.]?(\d\d)(?!\d)/g)) if (valid(+m[1]!, +m[2]!, +m[3]!)) found.add(`${m[1]}-${m[2]}-${m[3]}`);
  for (const m of s.matchAll(/(?<!\d)(\d{1,2})[-_ ]?(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*[-_ ]?(20\d\d)(?!\d)/gi)) {
    const mo = MONTHS.indexOf(m[2]!.toUpperCase()) + 1;
    if (valid(+m[3]!, mo, +m[1]!)) found.add(`${m[3]}-${String(mo).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`);
  }
  return found.size === 1 ? [...found][0]! : '';
}

function valid(y: number, m: number, d: number): boolean {
  if (y < 2000 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
