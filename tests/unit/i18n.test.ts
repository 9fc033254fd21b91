/**
 * The two catalogues (issue #12): the same keys, of the same kinds, each value in its own
 * language; and the language's formatting of numbers, dates and plurals.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { en } from '../../src/text/messages/en';
import { uk } from '../../src/text/messages/uk';
import { browserLang, langOf, num, plural, setCatalogue, setLang } from '../../src/text/i18n';
import { longDate, shortDate, spanBetween } from '../../src/data/dates';
import { km2, pct } from '../../src/ui/format';
import { hashWithLang } from '../../src/ui/lang_switch';
import { parseHash, serializeHash, DEFAULT_STATE } from '../../src/state/state';

setCatalogue('uk', uk);
afterEach(() => setLang('en'));

type Leaf = { path: string; kind: string; value: unknown };
/** Dictionaries keyed by data (a name in the data → its translation): one leaf each. */
const DICTIONARIES = new Set(['geo.water', 'foreign', 'page.attributionWords']);
function leaves(o: unknown, path = ''): Leaf[] {
  if (DICTIONARIES.has(path)) return [{ path, kind: 'dictionary', value: o }];
  // Plural forms: the languages have different ones (one/other; one/few/many/other).
  if (o && typeof o === 'object' && 'one' in o && 'other' in o) return [{ path, kind: 'plural', value: Object.values(o) }];
  if (typeof o === 'function') return [{ path, kind: `function/${o.length}`, value: o }];
  if (Array.isArray(o)) return [{ path, kind: `array/${o.length}`, value: o }];
  if (o && typeof o === 'object') return Object.entries(o).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [{ path, kind: typeof o, value: o }];
}

/** Sample arguments for a message function: strings and numbers both, so that every branch gets text. */
const call = (f: unknown): string => {
  const fn = f as (...a: unknown[]) => unknown;
  const out = fn(...Array.from({ length: fn.length }, (_, i) => (i % 2 ? 'X' : 'Y')));
  return typeof out === 'string' ? out : JSON.stringify(out);
};
const CYRILLIC = /[\u0400-\u04FF]/;

describe('the catalogues', () => {
  const a = leaves(en);
  const b = leaves(uk);
  test('have the same keys, each of the same kind (string, function of n arguments, list of n)', () => {
    expect(b.map((l) => `${l.path}: ${l.kind}`)).toEqual(a.map((l) => `${l.path}: ${l.kind}`));
  });
  test('every Ukrainian text holds Cyrillic (the names of the project and of units aside)', () => {
    const latinOnly = new Set(['credit.project', 'common.km2']);
    const bad: string[] = [];
    for (const l of b) {
      if (latinOnly.has(l.path) || l.path === 'foreign') continue;
      const texts = typeof l.value === 'string' ? [l.value] : typeof l.value === 'function' ? [call(l.value)] : Array.isArray(l.value) ? l.value.map(String) : typeof l.value === 'object' ? [] : [String(l.value)];
      // Options, file names and acronyms are written the same in both: a text of only those is not English.
      const words = (t: string) => t.replace(/\b[XY]\b/g, '').replace(/--[a-z-]+/g, '').replace(/\b[\w-]+\.(json|geojson|png|csv)\b/g, '').replace(/\b[A-Z]{2,}\b/g, '');
      for (const t of texts) if (/[A-Za-z]{3,}/.test(words(t)) && !CYRILLIC.test(t)) bad.push(`${l.path}: ${t}`);
    }
    expect(bad).toEqual([]);
  });
  test('the Ukrainian names of the water the data names cover every named river, reservoir and estuary', async () => {
    const { readFileSync } = await import('node:fs');
    const water = JSON.parse(readFileSync('geodata/water.geojson', 'utf8')) as GeoJSON.FeatureCollection<GeoJSON.Geometry, { name?: string }>;
    const names = [...new Set(water.features.map((f) => f.properties.name).filter((n): n is string => !!n))];
    expect(names.filter((n) => !CYRILLIC.test(uk.geo.water[n] ?? ''))).toEqual([]);
  });
  test('no English text holds Cyrillic', () => {
    const bad = a.filter((l) => CYRILLIC.test(typeof l.value === 'function' ? call(l.value) : JSON.stringify(l.value))).map((l) => l.path);
    expect(bad).toEqual([]);
  });
  test('no text is left the same in both (but the names of the project and of units)', () => {
    const same = new Set(['credit.project', 'common.km2', 'csv.iso']);
    const byPath = new Map(a.map((l) => [l.path, l]));
    const bad = b.filter((l) => typeof l.value === 'string' && l.value.length > 2 && !same.has(l.path) && byPath.get(l.path)?.value === l.value).map((l) => `${l.path}: ${String(l.value)}`);
    expect(bad).toEqual([]);
  });
});

describe('formats by language', () => {
  test('numbers: 1,234,567.5 in English, 1 234 567,5 in Ukrainian', () => {
    expect(num(1234567.5, 1)).toBe('1,234,567.5');
    expect(km2(21345.4)).toBe('21,345 km²');
    expect(pct(0.1234)).toBe('12.3 %');
    setLang('uk');
    expect(num(1234567.5, 1).replace(/\s/g, ' ')).toBe('1 234 567,5');
    expect(km2(21345.4).replace(/\s/g, ' ')).toBe('21 345 км²');
    expect(pct(0.1234)).toBe('12,3 %');
    expect(num(-0)).toBe('0');
  });
  test('dates: the catalogue\'s months in English, Intl in Ukrainian', () => {
    expect(shortDate('2025-09-01')).toBe('1 Sep 2025');
    expect(longDate('2025-08-15')).toBe('15 August 2025');
    expect(shortDate('')).toBe('undated');
    setLang('uk');
    expect(longDate('2025-08-15')).toBe('15 серпня 2025');
    expect(shortDate('2025-08-15')).toBe('15 серп. 2025');
    // No «р.» at the end: a date can end a sentence without «р..».
    expect(shortDate('2025-12-01')).toBe('1 груд. 2025');
    expect(shortDate('')).toBe('без дати');
  });
  test('plurals: one/other in English, one/few/many in Ukrainian', () => {
    expect(spanBetween('2025-08-01', '2025-08-02')).toBe('1 day');
    expect(spanBetween('2025-08-01', '2025-08-11')).toBe('10 days');
    setLang('uk');
    expect(spanBetween('2025-08-01', '2025-08-02')).toBe('1 день');
    expect(spanBetween('2025-08-01', '2025-08-04')).toBe('3 дні');
    expect(spanBetween('2025-08-01', '2025-08-12')).toBe('11 днів');
    expect(spanBetween('2025-08-01', '2025-08-22')).toBe('21 день');
    expect(spanBetween('2025-01-01', '2025-04-01')).toBe('3 місяці');
    expect(plural(5, { one: '{n} місто', few: '{n} міста', many: '{n} міст', other: '{n} міста' })).toBe('5 міст');
  });
});

describe('the language of the page', () => {
  test('the browser\'s first language we have; English otherwise', () => {
    expect(browserLang(['uk-UA', 'en-US'])).toBe('uk');
    expect(browserLang(['de-DE', 'uk', 'en'])).toBe('uk');
    expect(browserLang(['en-GB', 'uk'])).toBe('en');
    expect(browserLang(['ru-RU', 'de'])).toBe('en');
    expect(browserLang([])).toBe('en');
    expect(langOf('UK_ua')).toBe('uk');
    expect(langOf('fr')).toBeNull();
  });
  test('the link carries it: lang=uk read and written; an unknown one ignored; none when none was chosen', () => {
    expect(parseHash('#scenario=aug-2025&lang=uk').lang).toBe('uk');
    expect(parseHash('#lang=fr').lang).toBeNull();
    expect(serializeHash(DEFAULT_STATE)).not.toContain('lang=');
    const h = serializeHash({ ...DEFAULT_STATE, line: '2025-08-15', lang: 'uk' });
    expect(parseHash(h).lang).toBe('uk');
    expect(hashWithLang('#map=6/48/36&layers=line&scenario=nov-2025&line=2025-08-15&compare=off', 'uk')).toBe('#map=6/48/36&layers=line&scenario=nov-2025&line=2025-08-15&compare=off&lang=uk');
    expect(hashWithLang('#scenario=nov-2025&lang=uk', 'en')).toContain('lang=en');
  });
});
