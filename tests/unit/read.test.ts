/**
 * The line reader's answers to files found wrong by the hostile corpus (issue #14), one
 * behaviour per test. The corpus itself runs through the command in hostile.test.ts.
 */
import { gzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { decodeBytes } from '../../src/read/bytes';
import { isError, outsideMessage, type ReadError } from '../../src/read/errors';
import { readLineFiles, type LineRead } from '../../src/read/index';
import { jsonProblem } from '../../src/read/parse';
import { noRepairs, repairPolygons } from '../../src/read/repair';

const utf8 = (s: string) => new TextEncoder().encode(s);
const square = [[[37.6, 47.9], [37.9, 47.9], [37.9, 48.1], [37.6, 48.1], [37.6, 47.9]]];
const fc = (properties: Record<string, unknown> = {}, coordinates: unknown = square) =>
  JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates } }] });
const read = (name: string, text: string | Uint8Array) => readLineFiles([{ name, bytes: typeof text === 'string' ? utf8(text) : text }]);
const refusal = (r: LineRead | ReadError) => (isError(r) ? r.error : `accepted: ${r.categories.map((c) => c.label).join(', ')}`);
const accepted = (r: LineRead | ReadError): LineRead => {
  if (isError(r)) throw new Error(r.error);
  return r;
};

describe('gzip', () => {
  const gz = (text: string, sizeField?: number) => {
    const b = gzipSync(utf8(text));
    if (sizeField !== undefined) new DataView(b.buffer).setUint32(b.length - 4, sizeField, true);
    return b;
  };

  test('a size field that under-states the content does not cut the text (fflate’s one-shot gunzip did)', () => {
    const text = fc() + ' '.repeat(5000);
    const d = decodeBytes(gz(text, 12), 'a.geojson.gz');
    expect(isError(d) ? d.error : d.text).toBe(text);
  });

  test('a bomb whose size field lies is stopped once 50 MB have come out', () => {
    const bomb = gzipSync(new Uint8Array(60 * 1024 * 1024).fill(32), { level: 1 });
    new DataView(bomb.buffer).setUint32(bomb.length - 4, 100, true);
    expect(refusal(read('bomb.gz', bomb))).toBe('“bomb.gz” unzips to more than 50 MB; the limit is 50 MB.');
  });

  test('a gzip cut short (its size field kept) is damaged', () => {
    const b = gz(fc() + ' '.repeat(5000));
    const cut = new Uint8Array([...b.subarray(0, 40), ...b.subarray(b.length - 8)]);
    expect(refusal(read('cut.gz', cut))).toMatch(/^“cut\.gz” is a damaged gzip file \(.+\)\.$/);
  });
});

describe('zip', () => {
  test('a .kmz of "PK" and garbage is a zip that cannot be opened, not "not GeoJSON"', () => {
    expect(refusal(read('map.kmz', 'PK garbage, not a zip'))).toMatch(/^“map\.kmz” looks like a zip \(KMZ\) file but cannot be opened \(/);
  });

  test('a .geojson that starts with "PK" as text is still read as text', () => {
    expect(refusal(read('pk.geojson', 'PK garbage'))).toMatch(/is not GeoJSON, TopoJSON or KML \(it starts with “PK garbage”\)/);
  });
});

describe('XML', () => {
  const kml = (prolog: string, name: string) =>
    `<?xml version="1.0"?>${prolog}<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>${name}</name><Polygon><outerBoundaryIs><LinearRing><coordinates>37.6,47.9 37.9,47.9 37.9,48.1 37.6,47.9</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>`;

  test('entities declared in a DTD (billion laughs, XXE) are refused by name, unexpanded', () => {
    expect(refusal(read('a.kml', kml('<!DOCTYPE kml [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>', '&b;')))).toBe(
      '“a.kml” declares its own XML entities (<!ENTITY …> in a DTD); swapmap does not expand them, and KML files have none.',
    );
    expect(refusal(read('x.kml', kml('<!DOCTYPE kml [<!ENTITY x SYSTEM "file:///etc/passwd">]>', '&x;')))).toMatch(/declares its own XML entities/);
  });

  test('a DOCTYPE without entities is read', () => {
    expect(accepted(read('d.kml', kml('<!DOCTYPE kml>', 'occupied'))).features).toHaveLength(1);
  });
});

describe('JSON', () => {
  test('a syntax error is placed by line and column, in the same words whatever the V8 (Node 20 or Chromium)', () => {
    expect(refusal(read('b.geojson', '{"type":\n"FeatureCollection",\n"features": "ab'))).toBe('“b.geojson” is not valid JSON (Unterminated string at line 3, column 16).');
    const text = '{"type":\n"FeatureCollection",\n"features": [}';
    expect(jsonProblem('Unexpected token } in JSON at position 43', text)).toBe('Unexpected token } at line 3, column 14');
    expect(jsonProblem('Unexpected token } in JSON at position 43 (line 3 column 14)', text)).toBe('Unexpected token } at line 3, column 14');
    expect(jsonProblem('Unexpected token \'N\', "[NaN]" is not valid JSON', '[NaN]')).toBe('Unexpected token \'N\', "[NaN]" is not valid JSON');
  });
});

describe('TopoJSON', () => {
  const topo = (arcs: unknown) =>
    JSON.stringify({ type: 'Topology', objects: { control: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs }] } }, arcs: [[[37.6, 47.9], [37.9, 47.9], [37.9, 48.1], [37.6, 47.9]]] });

  test('an arc index out of range is named, not a TypeError from topojson-client', () => {
    expect(refusal(read('t.topojson', topo([[99]])))).toBe('“t.topojson”: TopoJSON object “control” refers to arc 99, but the file has 1 arc.');
    expect(refusal(read('t.topojson', topo([[-3]])))).toMatch(/refers to arc -3, but the file has 1 arc/);
    expect(refusal(read('t.topojson', topo([[0.5]])))).toMatch(/refers to arc 0\.5/);
  });

  test('arc 0 and its reverse ~0 = -1 are good indices', () => {
    expect(accepted(read('t.topojson', topo([[0]]))).features).toHaveLength(1);
    expect(accepted(read('t.topojson', topo([[-1]]))).features).toHaveLength(1);
  });
});

describe('GeoJSON', () => {
  test('a FeatureCollection without "features" says so', () => {
    expect(refusal(read('f.geojson', '{"type":"FeatureCollection"}'))).toBe('“f.geojson” is a FeatureCollection without "features".');
    expect(refusal(read('f.geojson', '{"type":"FeatureCollection","features":{}}'))).toBe('“f.geojson”: "features" is not an array.');
  });

  test('a position with one number is called too short', () => {
    expect(refusal(read('p.geojson', fc({}, [[[37.6], [37.9, 47.9], [37.9, 48.1], [37.6, 47.9]]])))).toBe(
      '“p.geojson”, feature 1: a position has only 1 value; a position is [longitude, latitude].',
    );
  });

  test('a top-level "__proto__" member is not read as the file’s own fileName', () => {
    const text = `{"type":"FeatureCollection","__proto__":{"fileName":"UkraineClaimedTerritoryAO27APR2026"},"features":${JSON.stringify(JSON.parse(fc()).features)}}`;
    const r = accepted(read('p.geojson', text));
    expect(r.files[0]!.format).toBe('plain');
    expect(r.categories.map((c) => c.key)).toEqual(['plain:polygons']);
  });

  test('a status named like an Object.prototype member is an unknown status, not a swapmap one', () => {
    const r = accepted(read('s.geojson', fc({ status: 'constructor' })));
    expect(r.categories.map((c) => [c.label, c.counted])).toEqual([['“constructor”', 'russian']]);
  });
});

describe('rings', () => {
  test('a ring of points on one line is dropped as without an area, though its float area is not exactly 0', () => {
    expect(refusal(read('flat.geojson', fc({}, [[[37, 48], [37.1, 48.1], [37.2, 48.2], [37, 48]]])))).toBe(
      '“flat.geojson” holds no polygons (only 1 ring without an area); a line is the area one side holds, drawn as polygons.',
    );
  });

  test('a 10 m triangle and a symmetric bow-tie (signed area 0) keep their area', () => {
    const r = noRepairs();
    expect(repairPolygons([[[[37, 48], [37.0001, 48], [37, 48.0001], [37, 48]]]], r)).not.toBeNull();
    expect(repairPolygons([[[[37, 48], [37.2, 48.2], [37.2, 48], [37, 48.2], [37, 48]]]], r)?.type).toBe('MultiPolygon');
    expect(r).toEqual({ ...noRepairs(), selfIntersecting: 1 });
  });
});

test('the page’s worker and the CLI word “no area inside Ukraine” alike', () => {
  expect(outsideMessage(['a\nb.geojson'])).toBe('“a b.geojson” has no area inside Ukraine’s oblasts.');
  expect(outsideMessage(['a', 'b'])).toBe('The files have no area inside Ukraine’s oblasts.');
});

test('progress is told finite fractions from 0 to 1, for an empty file too', () => {
  const seen: number[] = [];
  for (const bytes of [new Uint8Array(0), utf8(fc())]) readLineFiles([{ name: 'p.geojson', bytes }], (_, f) => seen.push(f));
  expect(seen.length).toBeGreaterThan(1);
  for (const f of seen) expect(Number.isFinite(f) && f >= 0 && f <= 1, String(f)).toBe(true);
});

describe('vertices: one date’s line is limited, not the whole file (issue #15: a year of daily lines)', () => {
  /** A circle of `n` vertices, 2 decimals, as a Feature dated `date`. */
  const circle = (n: number, date: string) => {
    const ring: string[] = [];
    for (let i = 0; i < n - 1; i++) ring.push(`[${(37.5 + 0.2 * Math.cos((2 * Math.PI * i) / (n - 1))).toFixed(4)},${(48 + 0.15 * Math.sin((2 * Math.PI * i) / (n - 1))).toFixed(4)}]`);
    ring.push(ring[0]!);
    return `{"type":"Feature","properties":{"date":"${date}"},"geometry":{"type":"Polygon","coordinates":[[${ring.join(',')}]]}}`;
  };
  const history = (...days: [string, number][]) => utf8(`{"type":"FeatureCollection","features":[${days.map(([d, n]) => circle(n, d)).join(',')}]}`);

  test('three dates of 400,000 vertices each (1.2 million in all) are read', () => {
    const r = accepted(readLineFiles([{ name: 'history.geojson', bytes: history(['2026-01-01', 400_000], ['2026-01-02', 400_000], ['2026-01-03', 400_000]) }]));
    expect(r.dates).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
    expect(r.vertices).toBeGreaterThan(1_000_000);
  });

  test('one date of 1.1 million vertices is refused, and says so', () => {
    expect(refusal(readLineFiles([{ name: 'history.geojson', bytes: history(['2026-01-01', 10], ['2026-01-02', 1_100_000]) }]))).toBe(
      '“history.geojson” holds more than 1,000,000 vertices on one date; the limit is 1,000,000. Simplify it first (e.g. mapshaper -simplify).',
    );
  });
});

describe('several dated files (issue #15)', () => {
  const daily = (name: string, shift = 0) => ({ name, bytes: utf8(fc({}, [[[37.6 + shift, 47.9], [37.9, 47.9], [37.9, 48.1], [37.6 + shift, 48.1], [37.6 + shift, 47.9]]])) });

  test('two files of one source and one date are refused, naming both', () => {
    expect(refusal(readLineFiles([daily('deepstatemap_data_20260101.geojson'), daily('deepstatemap_data_20260101 (1).geojson', 0.1)]))).toBe(
      '“deepstatemap_data_20260101.geojson” and “deepstatemap_data_20260101 (1).geojson” are both DeepState daily polygon of 2026-01-01: load one of them (one line per source and date).',
    );
  });

  test('files of different dates make one line set of their dates, sorted', () => {
    const r = accepted(readLineFiles([daily('deepstatemap_data_20260201.geojson'), daily('deepstatemap_data_20260101.geojson', 0.1)]));
    expect(r.dates).toEqual(['2026-01-01', '2026-02-01']);
  });
});
