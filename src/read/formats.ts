/**
 * Recognise the shape of a line file (see shared FORMATS.md: DeepState's multi-status export and
 * its daily polygons, ISW/CTP layers, swapmap's own files, plain polygons) and say, for every
 * feature, what it is and whether it counts as Russian-controlled by default. Recognition reads
 * the data's own keys and names, never its colours. Pure.
 */
import { msg, type Messages } from '../text/i18n';
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

/** What a format is called, in the current language ("DeepState export"). */
export const formatLabel = (id: FormatId): string => msg().read.format[id];

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
const ISW = (key: string, label: string, counted: Counted, note?: string): CategoryDef => ({ key: `isw:${key}`, label, counted, ...(note ? { note } : {}) });

/** The categories, their labels in a catalogue's language (built once per catalogue: the worker's language is set before it reads). */
function categoriesOf(m: Messages) {
  const c = m.read.category;
  return {
    deepstate: {
      'geoJSON.status.occupied': DS('occupied', c.occupied, 'russian'),
      'geoJSON.territories.crimea': DS('crimea', c.crimea, 'russian'),
      'geoJSON.territories.ordlo': DS('ordlo', c.ordlo, 'russian'),
      'geoJSON.territories.tuzla': DS('tuzla', c.tuzla, 'russian'),
      'geoJSON.status.unknown': DS('unknown', c.unknown, 'contested'),
      'geoJSON.status.dismissed': DS('liberated', c.liberated, 'ignored'),
      'geoJSON.status.dismissed_at': DS('liberated', c.liberated, 'ignored'),
      'geoJSON.zmiinyi_island': DS('zmiinyi', c.zmiinyi, 'ignored'),
    } as Record<string, CategoryDef>,
    dsOutside: DS('territories', c.territories, 'ignored', c.territoriesNote),
    // Words in a status or name, English and Ukrainian.
    occupied: { key: 'status:occupied', label: c.statusOccupied, counted: 'russian' } as CategoryDef,
    contested: { key: 'status:contested', label: c.statusContested, counted: 'contested' } as CategoryDef,
    liberated: { key: 'status:liberated', label: c.statusLiberated, counted: 'ignored' } as CategoryDef,
    // ISW/CTP: ArcGIS exports, one layer per file, no status field; the layer is in the file's name.
    isw: [
      [/advanc/i, ISW('advances', c.iswAdvances, 'russian')],
      [/claim/i, ISW('claimed', c.iswClaimed, 'ignored', c.iswClaimedNote)],
      [/infiltrat/i, ISW('infiltration', c.iswInfiltration, 'ignored', c.iswInfiltrationNote)],
      [/partisan|counteroffens|ukrain.*(advance|gain)/i, ISW('ukrainian', c.iswUkrainian, 'ignored')],
      [/control|occup|AO\d|assessed/i, ISW('control', c.iswControl, 'russian')],
    ] as [RegExp, CategoryDef][],
    iswOther: ISW('layer', c.iswOther, 'russian', c.iswOtherNote),
    swapmap: {
      'russian-controlled': { key: 'swapmap:russian-controlled', label: c.russianControlled, counted: 'russian' },
      contested: { key: 'swapmap:contested', label: c.contested, counted: 'contested' },
    } as Record<string, CategoryDef>,
    plain: { key: 'plain:polygons', label: c.polygons, counted: 'russian' } as CategoryDef,
  };
}
let cached: { m: Messages; c: ReturnType<typeof categoriesOf> } | null = null;
function cats(): ReturnType<typeof categoriesOf> {
  const m = msg();
  if (cached?.m !== m) cached = { m, c: categoriesOf(m) };
  return cached.c;
}

/** The key part of a DeepState name: the last "///" field without a `{{…}}` suffix, or null. */
export function deepStateKey(name: unknown): string | null {
  if (typeof name !== 'string' || !name.includes('///')) return null;
  const last = name.split('///').pop()!.replace(/\{\{.*?\}\}/g, '').trim();
  return /^geoJSON\.[\w.]+$/.test(last) ? last : null;
}

function deepStateCategory(name: unknown): CategoryDef {
  const key = deepStateKey(name);
  if (key) {
    const known = Object.hasOwn(cats().deepstate, key) ? cats().deepstate[key] : undefined;
    if (known) return known;
    if (key.startsWith('geoJSON.territories.')) return cats().dsOutside;
    const english = typeof name === 'string' ? (name.split('///')[1] ?? '') : '';
    return keywordCategory(english) ?? unrecognised(key);
  }
  return keywordCategory(name) ?? unrecognised(name);
}

function keywordCategory(v: unknown): CategoryDef | null {
  if (typeof v !== 'string') return null;
  const s = v.toLowerCase();
  if (/liberat|dismissed|ukrainian[- ]controlled|ukrainian[- ]held|звільн/.test(s)) return cats().liberated;
  if (/unknown|grey|gray|contested|disputed|невідом|сір/.test(s)) return cats().contested;
  if (/occupied|occupation|russian[- ]controlled|russian[- ]held|окупов/.test(s)) return cats().occupied;
  return null;
}

/** A status the reader does not know: counted as Russian-controlled, and named in the report so the reader can leave it out. */
function unrecognised(value: unknown): CategoryDef {
  const c = msg().read.category;
  const v = quote(value, 40);
  // The key keeps the English mark of an empty value: keys are the same in every language.
  return { key: `unrecognised:${v || '(empty)'}`, label: msg().read.quoted(v || c.empty), counted: 'russian', note: c.unrecognisedNote };
}

// ---------------------------------------------------------------------------------------------
// ISW/CTP: ArcGIS exports, one layer per file, no status field; the layer is in the file's name.

const ISW_FIELDS = ['GlobalID', 'GlobalID_2', 'Shape__Are', 'Shape__Area', 'Shape__Len', 'EditDate', 'CreationDa', 'CreationDate', 'Creator', 'Editor', 'Area_KM'];

// ---------------------------------------------------------------------------------------------

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
    const layer = cats().isw.find(([re]) => re.test(layerName))?.[1] ?? cats().iswOther;
    return { ...base, format: 'isw', categoryOf: () => layer };
  }
  // Own keys only: `in` would take a status of "constructor" or "toString" (inherited from
  // Object.prototype) for one of swapmap's, and count the file as nothing at all.
  const swapmap = cats().swapmap;
  if (features.length > 0 && features.every((f) => typeof f.properties.status === 'string' && Object.hasOwn(swapmap, f.properties.status))) {
    return { ...base, format: 'swapmap', categoryOf: (f) => swapmap[f.properties.status as string]! };
  }
  if (/deepstate/i.test(fileName) || (features.length > 0 && features.every((f) => Object.keys(f.properties).every((k) => k === 'id' || k === 'date')))) {
    const ds = /deepstate/i.test(fileName) || withDates > 0;
    const format: FormatId = !ds ? 'plain' : new Set(features.map(featureDate).filter(Boolean)).size > 1 ? 'deepstate-history' : 'deepstate-daily';
    const plain = cats().plain;
    return { ...base, format, categoryOf: () => plain };
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
      return cats().plain;
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
