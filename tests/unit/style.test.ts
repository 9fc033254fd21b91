import { describe, expect, test } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LineProps, MapData, OblastProps, WaterProps } from '../../src/data/types';
import { buildStyle, overlayPaint, showOverlays, type OverlayTarget, type SwapLayers } from '../../src/style/build_style';
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
  line: fc<Polygon, LineProps>(),
  contact: fc<MultiLineString, Record<string, never>>(),
  swap: { parts: fc(), proposed: fc(), frozenLine: fc(), proposedLine: fc() } as SwapLayers,
  scenarios: ['aug-2025', 'nov-2025'],
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

  test('town labels are placed before (above) oblast labels: a city is not hidden under its oblast', () => {
    const ids = buildStyle(data, defaultTheme, DEFAULT_STATE, opts).layers.map((l) => l.id);
    expect(ids.indexOf('towns-label')).toBeGreaterThan(ids.indexOf('oblasts-label'));
    expect(ids).not.toContain('export-labels');
  });

  test("an export's marks: its labels and edge guards are the top two layers, and the style stays valid", () => {
    const pt = (x: number, y: number) => ({ type: 'Point' as const, coordinates: [x, y] });
    const exportMarks = {
      labels: { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, properties: { text: 'Ceded: 1 km²', part: 'cede' as const }, geometry: pt(37.5, 47.5) }] },
      guards: { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, properties: { anchor: 'right' }, geometry: pt(37, 47) }] },
    };
    const style = buildStyle(data, defaultTheme, DEFAULT_STATE, { ...opts, exportMarks });
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.layers.slice(-2).map((l) => l.id)).toEqual(['export-labels', 'export-guards']);
  });

  test('shows overlays by opacity, from the toggles and the scenario', () => {
    const opacity = (hash: string, id: string) => {
      const l = buildStyle(data, defaultTheme, parseHash(hash), opts).layers.find((x) => x.id === id)!;
      const paint = l.paint as Record<string, unknown>;
      const value = paint['fill-opacity'] ?? paint['line-opacity'];
      // Hidden overlays are not laid out for the first draw, unless asked.
      expect((l.layout as { visibility?: string } | undefined)?.visibility).toBe(value === 0 ? 'none' : undefined);
      const all = buildStyle(data, defaultTheme, parseHash(hash), { ...opts, layoutHidden: true }).layers.find((x) => x.id === id)!;
      expect((all.layout as { visibility?: string } | undefined)?.visibility).toBeUndefined();
      return value;
    };
    expect(opacity('#layers=line', 'line-2025-fill')).toBe(defaultTheme.occupiedOpacity);
    expect(opacity('#layers=line', 'line-2025-contact')).toBe(1);
    expect(opacity('#layers=line', 'line-2022-fill')).toBe(0);
    expect(opacity('#layers=pre2022', 'line-2022-fill')).toBe(defaultTheme.occupied2022Opacity);
    expect(opacity('#layers=cede&scenario=aug-2025', 'cede-fill:aug-2025')).toBe(defaultTheme.cedeOpacity);
    expect(opacity('#layers=cede&scenario=aug-2025', 'cede-fill:nov-2025')).toBe(0);
    expect(opacity('#layers=cede&scenario=nov-2025', 'cede-fill:nov-2025')).toBe(defaultTheme.cedeOpacity);
    expect(opacity('#layers=line&scenario=nov-2025', 'cede-fill:nov-2025')).toBe(0);
    expect(opacity('#layers=line,change', 'change-fill')).toBe(defaultTheme.changeOpacity);
    expect(opacity('#layers=line', 'change-outline')).toBe(0);
  });

  test('overlayPaint gives what a fresh style for the new state would have', () => {
    const a = buildStyle(data, defaultTheme, parseHash('#layers=line&scenario=aug-2025'), opts);
    const target = parseHash('#layers=cede,return,proposed,freeze&scenario=nov-2025');
    const b = buildStyle(data, defaultTheme, target, opts);
    const expected = b.layers.flatMap((l) => {
      const paint = l.paint as Record<string, unknown> | undefined;
      const m = l.metadata as Record<string, unknown> | undefined;
      if (!m?.['swapmap:toggle']) return [];
      const property = l.type === 'fill' ? 'fill-opacity' : 'line-opacity';
      return [{ id: l.id, property, value: paint?.[property] }];
    });
    expect(expected.length).toBe(7 + 9 * 2);
    expect(overlayPaint(a.layers, target)).toEqual(expected);
    // Applied to a map made from the first style, it leaves the map as the second style.
    const layers = new Map(a.layers.map((l) => [l.id, { paint: { ...(l.paint as Record<string, unknown>) }, layout: { ...(l.layout as Record<string, unknown>) } }]));
    const fake: OverlayTarget = {
      getPaintProperty: (id, p) => layers.get(id)!.paint[p],
      setPaintProperty: (id, p, v) => (layers.get(id)!.paint[p] = v),
      getLayoutProperty: (id, p) => layers.get(id)!.layout[p],
      setLayoutProperty: (id, p, v) => (layers.get(id)!.layout[p] = v),
    };
    showOverlays(fake, overlayPaint(a.layers, target));
    for (const l of b.layers) {
      expect(layers.get(l.id)!.paint, l.id).toEqual(l.paint ?? {});
      // Shown overlays are laid out; hidden ones that were laid out stay so (a paint change only).
      if ((l.layout as { visibility?: string } | undefined)?.visibility !== 'none') expect(layers.get(l.id)!.layout.visibility, l.id).not.toBe('none');
    }
    // With layoutAll, every overlay is laid out, the hidden ones at opacity 0.
    showOverlays(fake, overlayPaint(a.layers, target), true);
    expect([...layers.values()].filter((l) => l.layout.visibility === 'none')).toEqual([]);
    // Every scenario layer shows its own scenario only.
    for (const l of b.layers.filter((x) => (x.metadata as Record<string, unknown> | undefined)?.['swapmap:scenario'])) {
      expect(JSON.stringify((l as { filter?: unknown }).filter)).toContain(l.id.split(':')[1]!);
    }
  });
});
