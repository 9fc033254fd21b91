import { describe, expect, test } from 'vitest';
import { AREAL, parseGeoJSON } from '../../src/data/validate';

const square = { type: 'Polygon', coordinates: [[[30, 48], [31, 48], [31, 49], [30, 49], [30, 48]]] };
const fc = (geometry: unknown, properties: unknown = {}) => JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties, geometry }] });
const opts = { label: 'line file', allowed: AREAL };

describe('parseGeoJSON', () => {
  test('accepts a polygon collection and drops Z values', () => {
    const r = parseGeoJSON(fc({ type: 'Polygon', coordinates: [[[30, 48, 5], [31, 48, 5], [31, 49, 5], [30, 48, 5]]] }), opts);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.features[0]!.geometry).toEqual({ type: 'Polygon', coordinates: [[[30, 48], [31, 48], [31, 49], [30, 48]]] });
  });

  test('names a JSON syntax error', () => {
    const r = parseGeoJSON('{"type": "FeatureCollection", "features": [', opts);
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.error).toMatch(/^line file is not valid JSON/);
  });

  test('refuses a wrong geometry type with the feature number', () => {
    const r = parseGeoJSON(fc({ type: 'LineString', coordinates: [[30, 48], [31, 49]] }), opts);
    expect(r).toEqual({ ok: false, error: 'line file, feature 1 is a LineString; expected Polygon or MultiPolygon.' });
  });

  test('refuses an unclosed ring, NaN and projected coordinates', () => {
    const open = parseGeoJSON(fc({ type: 'Polygon', coordinates: [[[30, 48], [31, 48], [31, 49], [30, 49]]] }), opts);
    expect(!open.ok && open.error).toMatch(/not closed/);
    const projected = parseGeoJSON(fc({ type: 'Polygon', coordinates: [[[3339584, 6106854], [3450000, 6106854], [3450000, 6200000], [3339584, 6106854]]] }), opts);
    expect(!projected.ok && projected.error).toMatch(/EPSG:4326/);
    const nan = parseGeoJSON(fc({ type: 'Polygon', coordinates: [[[30, 48], ['x', 48], [31, 49], [30, 48]]] }), opts);
    expect(!nan.ok && nan.error).toMatch(/finite numbers/);
  });

  test('refuses a file over the size limit before parsing it', () => {
    const r = parseGeoJSON('x'.repeat(2000), { ...opts, maxBytes: 1000 });
    expect(!r.ok && r.error).toMatch(/limit is/);
  });

  test('refuses other JSON and empty collections', () => {
    expect(parseGeoJSON('[1,2]', opts).ok).toBe(false);
    expect(parseGeoJSON('{"type":"FeatureCollection","features":[]}', opts).ok).toBe(false);
    expect(parseGeoJSON(JSON.stringify(square), opts).ok).toBe(false);
  });

  test('keeps HTML in properties as inert text', () => {
    const r = parseGeoJSON(fc(square, { name: '<img src=x onerror=alert(1)>' }), opts);
    expect(r.ok && r.value.features[0]!.properties!.name).toBe('<img src=x onerror=alert(1)>');
  });
});
