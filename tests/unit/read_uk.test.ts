/**
 * The line reader speaks the page's language (issue #12): with Ukrainian set, the refusals of bad
 * files, the description of what a file holds and the repairs are Ukrainian, with no English
 * sentence left; with English set, the same inputs give the English messages, unchanged. The
 * line worker is told the language with `init` and answers in it.
 */
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { parseGeoJSON, AREAL } from '../../src/data/validate';
import { isError, outsideMessage, refuseFiles, type ReadError } from '../../src/read/errors';
import { defaultCounting, describeRead, readLineFiles, repairText, type LineRead } from '../../src/read/index';
import { assembleLine } from '../../src/read/assemble';
import { num, setCatalogue, setLang } from '../../src/text/i18n';
import { uk } from '../../src/text/messages/uk';
import type { Request, Response } from '../../src/worker/protocol';

const utf8 = (s: string) => new TextEncoder().encode(s);
const square = [[[37.6, 47.9], [37.9, 47.9], [37.9, 48.1], [37.6, 48.1], [37.6, 47.9]]];
const feature = (properties: Record<string, unknown>, geometry: unknown) => ({ type: 'Feature', properties, geometry });
const fc = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const polygon = (properties: Record<string, unknown> = {}) => feature(properties, { type: 'Polygon', coordinates: square });
const read = (name: string, text: string | Uint8Array) => readLineFiles([{ name, bytes: typeof text === 'string' ? utf8(text) : text }]);
const message = (r: LineRead | ReadError): string => {
  if (!isError(r)) throw new Error('accepted: ' + describeRead(r, defaultCounting(r)));
  return r.error;
};

/** The representative bad inputs: a name and the file's bytes. */
const BAD: [string, string, string | Uint8Array][] = [
  ['broken JSON', 'broken.geojson', '{"type": "FeatureCollection",\n  "features": [],}'],
  ['a stray bracket', 'stray.geojson', '{"type": "FeatureCollection",\n  "features": [}'],
  ['JSON cut short', 'cut.geojson', '{"type": "FeatureCollection", "features": ['],
  ['a Point file', 'points.geojson', fc(feature({}, { type: 'Point', coordinates: [37, 48] }), feature({}, { type: 'Point', coordinates: [37.1, 48] }))],
  ['too many features', 'many.geojson', fc(...Array.from({ length: 20_001 }, () => polygon()))],
  ['an empty file', 'empty.geojson', ''],
  ['white space only', 'blank.geojson', '  \n '],
  ['a web page', 'page.geojson', '<!DOCTYPE html><html><body>map</body></html>'],
  ['a PNG image', 'image.geojson', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  ['not a line file at all', 'notes.geojson', 'hello, world'],
  ['a bare array', 'array.geojson', '[1, 2]'],
  ['a position out of range', 'far.geojson', fc(feature({}, { type: 'Polygon', coordinates: [[[3339584, 6106854], [3450000, 6106854], [3450000, 6200000], [3339584, 6106854]]] }))],
  ['a projected CRS', 'crs.geojson', JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } }, features: [] })],
  ['a ring without an area', 'flat.geojson', fc(feature({}, { type: 'Polygon', coordinates: [[[37, 48], [37.1, 48.1], [37.2, 48.2], [37, 48]]] }))],
  ['a GPX file', 'track.gpx', '<?xml version="1.0"?><gpx version="1.1"><trk></trk></gpx>'],
];

const English = /[A-Za-z]{2,}[ ,]+(?:[A-Za-z]{2,}[ ,]+)*[A-Za-z]{2,}/g;
/** Technical names that stay as they are in a Ukrainian sentence. */
const TECHNICAL = /GeoJSON|TopoJSON|KML|KMZ|JSON|HTML|XML|GPX|PNG|UTF-8|EPSG:\d+|WGS 84|mapshaper -\w+|swapmap|DeepState|ISW\/CTP|FeatureCollection|Feature/g;

/** The message's words outside quoted names and technical terms: no two English words in a row. */
function expectUkrainian(text: string): void {
  expect(text).toMatch(/[а-яіїєґ]/i);
  const words = text.replace(/«[^»]*»/g, '').replace(TECHNICAL, '');
  expect(words.match(English) ?? [], text).toEqual([]);
}

beforeAll(() => setCatalogue('uk', uk));
afterEach(() => setLang('en'));

describe('refusals of bad files', () => {
  test.each(BAD)('%s: Ukrainian', (_what, name, bytes) => {
    setLang('uk');
    const m = message(read(name, bytes));
    expectUkrainian(m);
    expect(m).toContain(`«${name}»`);
  });

  test('the English messages are unchanged', () => {
    const en = Object.fromEntries(BAD.map(([what, name, bytes]) => [what, message(read(name, bytes))]));
    expect(en['broken JSON']).toBe('“broken.geojson” is not valid JSON (Expected double-quoted property name at line 2, column 18).');
    expect(en['a Point file']).toBe('“points.geojson” holds no polygons (only 2 points); a line is the area one side holds, drawn as polygons.');
    expect(en['too many features']).toBe('“many.geojson” holds 20,001 features; the limit is 20,000. Dissolve them first (e.g. mapshaper -dissolve).');
    expect(en['an empty file']).toBe('“empty.geojson” is empty.');
    expect(en['white space only']).toBe('“blank.geojson” holds only white space.');
    expect(en['a web page']).toBe('“page.geojson” is a web page (HTML), not a line file; save the map\'s data export instead.');
    expect(en['a PNG image']).toBe('“image.geojson” is a PNG image, not a line file (GeoJSON, TopoJSON, KML or KMZ).');
    expect(en['a bare array']).toBe('“array.geojson” is a JSON array, not GeoJSON.');
    expect(en['a position out of range']).toBe(
      '“far.geojson”, feature 1: position [3339584, 6106854] is outside the longitude/latitude range (is the file in EPSG:4326?).',
    );
    expect(en['a ring without an area']).toBe('“flat.geojson” holds no polygons (only 1 ring without an area); a line is the area one side holds, drawn as polygons.');
  });

  test('the Ukrainian words: sizes, counts and places in Ukrainian form', () => {
    setLang('uk');
    expect(message(read('points.geojson', BAD[3]![2]))).toBe(
      '«points.geojson» не містить полігонів (лише 2 точки); лінія — це територія, яку утримує одна сторона, намальована полігонами.',
    );
    expect(message(read('many.geojson', BAD[4]![2]))).toBe(`«many.geojson» містить ${num(20_001)} об’єкт; максимум — ${num(20_000)}. Спершу об’єднайте їх (наприклад, mapshaper -dissolve).`);
    expect(message(read('broken.geojson', BAD[0]![2]))).toBe('«broken.geojson» — некоректний JSON (помилка: рядок 2, стовпець 18).');
    expect(message(read('stray.geojson', BAD[1]![2]))).toBe('«stray.geojson» — некоректний JSON (неочікуваний символ «}»).');
    expect(message(read('cut.geojson', BAD[2]![2]))).toMatch(/^«cut\.geojson» — некоректний JSON/);
    expect(refuseFiles([{ name: 'big.geojson', size: 60 * 1024 * 1024 }])).toBe('«big.geojson» має розмір 60 МБ; максимум — 50 МБ.');
    expect(refuseFiles([{ name: 'a.geojson', size: 5.5 * 1024 * 1024 }, ...Array.from({ length: 9 }, () => ({ name: 'b', size: 1 }))])).toBe(
      'Вибрано 10 файлів одночасно; разом можна завантажити щонайбільше 8 (як шари однієї лінії).',
    );
    expect(refuseFiles([{ name: 'a', size: 30 * 1024 * 1024 }, { name: 'b', size: 25.25 * 1024 * 1024 }])).toBe('Разом 2 файли мають розмір 55 МБ; загальний максимум — 50 МБ.');
    expect(refuseFiles([])).toBe('Не вибрано жодного файлу.');
    expect(outsideMessage(['far.geojson'])).toBe('У «far.geojson» немає жодної території в межах областей України.');
    expectUkrainian(outsideMessage(['a', 'b']));
  });

  test('sizes: “12.3 MB” in English, «12,3 МБ» in Ukrainian', () => {
    const files = [{ name: 'x', size: 12.3 * 1024 * 1024 }, { name: 'y', size: 40 * 1024 * 1024 }];
    expect(refuseFiles(files)).toBe('The 2 files add up to 52 MB; the limit is 50 MB in all.');
    const decoded = (size: number) => refuseFiles([{ name: 'x', size }]);
    expect(decoded(50.5 * 1024 * 1024)).toBe('“x” is 51 MB; the limit is 50 MB.');
    setLang('uk');
    expect(refuseFiles(files)).toBe('Разом 2 файли мають розмір 52 МБ; загальний максимум — 50 МБ.');
    // Under 10 MB a decimal, with a comma.
    expect(parseGeoJSON('x'.repeat(Math.round(1.25 * 1024 * 1024)), { label: 'oblasts.geojson', allowed: AREAL, maxBytes: 1024 * 1024 })).toEqual({
      ok: false,
      error: 'oblasts.geojson має розмір 1,3 МБ; максимум — 1,0 МБ.',
    });
  });
});

describe('what a file holds', () => {
  /** A DeepState-like export: occupied, grey, liberated polygons and a point; a bow-tie to repair. */
  const bowtie = [[[37.6, 47.9], [37.9, 48.1], [37.9, 47.9], [37.6, 48.1], [37.6, 47.9]]];
  const deepstate = fc(
    polygon({ name: 'Окуповано /// Occupied /// geoJSON.status.occupied' }),
    polygon({ name: 'Окуповано /// Occupied /// geoJSON.status.occupied' }),
    feature({ name: 'Невідомо /// Unknown /// geoJSON.status.unknown' }, { type: 'Polygon', coordinates: bowtie }),
    polygon({ name: 'Звільнено /// Liberated /// geoJSON.status.dismissed' }),
    feature({ name: 'icon' }, { type: 'Point', coordinates: [37, 48] }),
  );
  /** HTML in a property: kept as data, quoted in the description. */
  const html = fc(polygon({ status: '<img src=x onerror=alert(1)>' }));

  test('English: unchanged', () => {
    const r = read('deepstate_20250815.geojson', deepstate) as LineRead;
    expect(describeRead(r, defaultCounting(r))).toBe(
      'DeepState export. Russian-controlled: occupied (2 polygons). Contested: unknown status (grey zone) (1 polygon). Not counted: liberated (1 polygon); 1 point. 1 self-intersecting ring repaired.',
    );
    const h = read('html.geojson', html) as LineRead;
    expect(describeRead(h, defaultCounting(h))).toBe('polygons. Russian-controlled: “<img src=x onerror=alert(1)>” (1 polygon; not a status swapmap knows).');
  });

  test('Ukrainian: the description, the categories and the repairs', () => {
    setLang('uk');
    const r = read('deepstate_20250815.geojson', deepstate) as LineRead;
    expect(r.categories.map((c) => c.label)).toEqual(['окуповано', 'невідомий статус (сіра зона)', 'звільнено']);
    expect(r.files[0]!.formatLabel).toBe('експорт DeepState');
    const d = describeRead(r, defaultCounting(r));
    expect(d).toBe(
      'експорт DeepState. Під контролем Росії: окуповано (2 полігони). Спірна зона: невідомий статус (сіра зона) (1 полігон). Не враховано: звільнено (1 полігон); 1 точка. 1 самоперетинне кільце виправлено.',
    );
    expectUkrainian(d);
    expect(repairText({ closed: 5, degenerate: 2, selfIntersecting: 0, holesOutside: 1 })).toBe(
      '5 незамкнених кілець замкнено; 2 кільця без площі відкинуто; 1 отвір поза своїм полігоном проігноровано.',
    );
    const a = assembleLine(r, defaultCounting(r));
    expect(isError(a) ? a.error : a.source).toBe('deepstate_20250815.geojson: експорт DeepState');
  });

  test('Ukrainian: HTML in a property is quoted as data, the rest of the sentence Ukrainian', () => {
    setLang('uk');
    const h = read('html.geojson', html) as LineRead;
    const d = describeRead(h, defaultCounting(h));
    expect(d).toBe('полігони. Під контролем Росії: «<img src=x onerror=alert(1)>» (1 полігон; swapmap не знає такого статусу).');
    expectUkrainian(d);
    // Nothing counted: refused in Ukrainian, the description inside.
    const off = assembleLine(h, { [h.categories[0]!.key]: 'ignored' });
    expect(isError(off)).toBe(true);
    expectUkrainian((off as ReadError).error);
  });

  test('the same file twice, one date: the date written in Ukrainian', () => {
    setLang('uk');
    const text = fc(polygon({ name: 'Окуповано /// Occupied /// geoJSON.status.occupied' }));
    const r = readLineFiles([
      { name: 'deepstate_20250815.geojson', bytes: utf8(text) },
      { name: 'copy_2025-08-15.geojson', bytes: utf8(text) },
    ]);
    const m = message(r);
    expect(m).toContain('15 серп. 2025');
    expectUkrainian(m);
  });
});

describe('the data the map is built on', () => {
  test('validate: Ukrainian problems, English unchanged', () => {
    const point = fc(feature({}, { type: 'Point', coordinates: [37, 48] }));
    const opts = { label: 'oblasts.geojson', allowed: AREAL };
    expect(parseGeoJSON(point, opts)).toEqual({ ok: false, error: 'oblasts.geojson, feature 1 is a Point; expected Polygon or MultiPolygon.' });
    setLang('uk');
    expect(parseGeoJSON(point, opts)).toEqual({ ok: false, error: 'oblasts.geojson, об’єкт 1 має тип Point; очікується Polygon або MultiPolygon.' });
    const open = parseGeoJSON(fc(feature({}, { type: 'Polygon', coordinates: [[[30, 48], [31, 48], [31, 49], [30, 49]]] })), opts);
    expectUkrainian(open.ok ? '' : open.error);
    const empty = parseGeoJSON(JSON.stringify({ type: 'FeatureCollection', features: [] }), opts);
    expect(empty.ok ? '' : empty.error).toBe('oblasts.geojson не містить об’єктів.');
  });
});

describe('the line worker', () => {
  test('answers in the language it is given with init', async () => {
    const posted: Response[] = [];
    const scope = globalThis as unknown as { self?: unknown };
    const before = scope.self;
    scope.self = { postMessage: (m: Response) => posted.push(m) } as unknown;
    try {
      await import('../../src/worker/line_worker');
      const worker = scope.self as { onmessage: (e: { data: Request }) => void };
      const send = (data: Request) => worker.onmessage({ data });
      const file = (text: string) => ({ name: 'broken.geojson', bytes: utf8(text).buffer as ArrayBuffer });
      send({ type: 'init', oblasts: { type: 'FeatureCollection', features: [] }, scenarios: [], lang: 'uk' });
      send({ type: 'load', id: 1, files: [file('{"type": "FeatureCollection",\n  "features": [],}')] });
      send({ type: 'load', id: 2, files: [{ name: 'far.geojson', bytes: utf8(fc(polygon())).buffer as ArrayBuffer }] });
      expect(posted.filter((m) => m.type === 'error').map((m) => (m as { error: string }).error)).toEqual([
        '«broken.geojson» — некоректний JSON (помилка: рядок 2, стовпець 18).',
        'У «far.geojson» немає жодної території в межах областей України.',
      ]);
      posted.length = 0;
      send({ type: 'init', oblasts: { type: 'FeatureCollection', features: [] }, scenarios: [], lang: 'en' });
      send({ type: 'load', id: 3, files: [file('{"type": "FeatureCollection",\n  "features": [}')] });
      expect((posted.find((m) => m.type === 'error') as { error: string }).error).toMatch(/^“broken\.geojson” is not valid JSON \(/);
    } finally {
      scope.self = before;
    }
  });
});
