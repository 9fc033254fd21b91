import { describe, expect, test } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { MapData, OblastProps, WaterProps } from '../../src/data/types';
import { buildStyle } from '../../src/style/build_style';
import { defaultTheme } from '../../src/style/theme';
import { DEFAULT_STATE, parseHash } from '../../src/state/state';
import type { FeatureCollection, Geometry, MultiLineString, Point, Polygon } from 'geojson';

const sq = (x: number, y: number) => ({ type: 'Polygon' as const, coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] });
const data: MapData = {
  oblasts: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { iso: 'UA-14', name: 'Donetsk', name_uk: 'Донецька область', focus: true }, geometry: sq(37, 47) }] },
  countries: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'Russia' }, geometry: sq(39, 48) }] },
  water: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { kind: 'river', name: 'Dnipro' }, geometry: { type: 'LineString', coordinates: [[33, 47], [34, 48]] } }] },
  towns: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'Kramatorsk', name_uk: 'Краматорськ', geonameid: 704147, population: 150000, country: 'UA', rank: 2 }, geometry: { type: 'Point', coordinates: [37.56, 48.72] } }] },
  lines: {
    '2025-08-15': { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { status: 'russian-controlled', date: '2025-08-15', sources: [] }, geometry: sq(37.5, 47) }] },
    '2022-02-23': { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { status: 'russian-controlled', date: '2022-02-23', sources: [] }, geometry: sq(37.8, 47.5) }] },
  },
};
const empty = <P>(): FeatureCollection<Point, P> => ({ type: 'FeatureCollection', features: [] });
const fc = <G extends Geometry, P>(): FeatureCollection<G, P> => ({ type: 'FeatureCollection', features: [] });
const opts = {
  glyphs: 'http://127.0.0.1/fonts/{fontstack}/{range}.pbf',
  oblastLabels: empty<OblastProps>(),
  waterLabels: empty<WaterProps>(),
  attribution: 'x',
  contact: fc<MultiLineString, Record<string, never>>(),
  swap: { parts: fc<Polygon, { scenario: string; part: string }>(), proposed: fc<Polygon, { scenario: string }>(), frozenLine: fc<MultiLineString, { scenario: string }>(), proposedLine: fc<MultiLineString, { scenario: string }>() },
};

describe('buildStyle', () => {
  test('is a valid MapLibre style for the default and an all-layers state', () => {
    for (const state of [DEFAULT_STATE, parseHash('#layers=line,pre2022,cede,freeze,return,proposed')]) {
      expect(validateStyleMin(buildStyle(data, defaultTheme, state, opts))).toEqual([]);
    }
  });

  test('has this layer list, bottom to top', () => {
    expect(buildStyle(data, defaultTheme, DEFAULT_STATE, opts).layers.map((l) => l.id)).toMatchSnapshot();
  });

  test('takes overlay visibility from the state', () => {
    const vis = (hash: string, id: string) => {
      const l = buildStyle(data, defaultTheme, parseHash(hash), opts).layers.find((x) => x.id === id)!;
      return (l.layout as { visibility?: string } | undefined)?.visibility;
    };
    expect(vis('#layers=line', 'line-2025-fill')).toBe('visible');
    expect(vis('#layers=line', 'line-2022-fill')).toBe('none');
    expect(vis('#layers=pre2022', 'line-2022-fill')).toBe('visible');
  });
});
