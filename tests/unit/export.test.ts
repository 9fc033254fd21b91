import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { LineCollection, OblastCollection } from '../../src/data/types';
import type { Scenario } from '../../src/data/scenario';
import { computeSwap, prepare } from '../../src/geometry/swap';
import { csvField, exportFileName, figuresCsv, scenarioGeoJson, type Provenance } from '../../src/export/data_export';
import { layout, scaleBarLength, wrap, type Layout, type LayoutInput, type Rect } from '../../src/export/layout';
import { legendEntries, shortDate } from '../../src/export/legend';
import { exportSizeProblem, parseSize, presetOf, PRESETS, VIEW_SCALES } from '../../src/export/sizes';
import { defaultTheme } from '../../src/style/theme';

const fx = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures', name), 'utf8'));
const oblasts = fx('in/two-squares-oblasts.geojson') as OblastCollection;
const line = fx('in/two-squares-line.geojson') as LineCollection;
const scenario: Scenario = {
  id: 'fixture',
  title: 'Fixture, "quoted", proposal',
  reported: '2025-08-16',
  description: 'd',
  citations: [{ source: 'Wire, 16 Aug 2025', title: 'A report' }, { source: 'Paper', title: 'Another', url: 'https://example.org/x' }],
  terms: { 'UA-14': { action: 'cede' }, 'UA-63': { action: 'return' } },
};
const result = computeSwap(prepare(oblasts, line), scenario);
const prov: Provenance = { scenario, line: { date: '2025-08-15', source: 'fixture line' }, attribution: ['Natural Earth (public domain)', 'Front line: test'] };

describe('file names', () => {
  test('carry the scenario and the line date, and the size for presets', () => {
    expect(exportFileName('aug-2025', '2025-08-15', 'png')).toBe('swapmap-aug-2025-2025-08-15.png');
    expect(exportFileName('aug-2025', '2025-08-15', 'png', '1200x630')).toBe('swapmap-aug-2025-2025-08-15-1200x630.png');
    expect(exportFileName('aug-2025', '2025-08-15', 'png', '@2x')).toBe('swapmap-aug-2025-2025-08-15@2x.png');
    expect(exportFileName('nov-2025', '', 'csv')).toBe('swapmap-nov-2025-undated.csv');
    expect(exportFileName('../x', '2025-08-15', 'geojson')).toBe('swapmap-x-2025-08-15.geojson');
  });
});

describe('GeoJSON export', () => {
  const gj = scenarioGeoJson(result, prov);
  test('holds every computed layer, each feature tagged with its layer', () => {
    const count = (l: string) => gj.features.filter((f) => f.properties.layer === l).length;
    expect(count('part')).toBe(result.parts.features.length);
    expect(count('proposed-area')).toBe(result.proposed.features.length);
    expect(count('frozen-line')).toBe(result.frozenLine.features.length);
    expect(count('proposed-line')).toBe(result.proposedLine.features.length);
    expect(gj.features.length).toBe(
      result.parts.features.length + result.proposed.features.length + result.frozenLine.features.length + result.proposedLine.features.length,
    );
    const cede = gj.features.find((f) => f.properties.layer === 'part' && f.properties.part === 'cede')!;
    expect(cede.properties.areaKm2).toBe(result.totals.cedeKm2);
  });
  test('carries scenario, citations, line, attribution and units in a top-level metadata member', () => {
    const round = JSON.parse(JSON.stringify(gj));
    expect(round.type).toBe('FeatureCollection');
    expect(round.metadata.scenario).toMatchObject({ id: 'fixture', title: scenario.title, citations: scenario.citations });
    expect(round.metadata.line).toMatchObject({ date: '2025-08-15', source: 'fixture line' });
    expect(round.metadata.attribution).toEqual(prov.attribution);
    expect(round.metadata.units.areaKm2).toMatch(/km²/);
    expect(round.metadata.units.shareOfOblast).toMatch(/0–1/);
  });
});

describe('CSV export', () => {
  const csv = figuresCsv(result, prov);
  const rows = csv.trimEnd().split('\r\n');
  /** A comment row: one cell starting with "# ", quoted when its text has a comma or a quote. */
  const isComment = (r: string) => /^"?# /.test(r);
  const unquote = (r: string) => (r.startsWith('"') ? r.slice(1, -1).replace(/""/g, '"') : r);
  test('starts with # provenance lines, then the header', () => {
    const comments = rows.filter(isComment).map(unquote);
    expect(comments.join('\n')).toMatch(/Fixture/);
    expect(comments.join('\n')).toMatch(/Citation: Wire, 16 Aug 2025: A report/);
    expect(comments.join('\n')).toMatch(/Line: Russian-controlled area on 2025-08-15 \(fixture line\)/);
    expect(comments.join('\n')).toMatch(/Attribution: Natural Earth \(public domain\) · Front line: test/);
    expect(comments.join('\n')).toMatch(/Units: area_km2/);
    expect(rows[comments.length]).toBe('iso,oblast,part,area_km2,share_of_oblast');
    expect(rows.slice(0, comments.length).every(isComment)).toBe(true);
  });
  test('a comment holding commas and formulas (a file name) stays one quoted cell', () => {
    const evil = figuresCsv(result, { ...prov, line: { date: '2025-08-15', source: 'loaded from x,=1+1,=HYPERLINK("http://e.example","y").geojson' } });
    const line = evil.split('\r\n').find((r) => r.includes('HYPERLINK'))!;
    expect(line).toBe('"# Line: Russian-controlled area on 2025-08-15 (loaded from x,=1+1,=HYPERLINK(""http://e.example"",""y"").geojson)"');
  });
  test('one row per oblast and part, then totals that match the figures', () => {
    const body = rows.filter((r) => !isComment(r)).slice(1).map((r) => r.split(','));
    const parts = body.filter((r) => r[0] !== 'TOTAL');
    expect(parts.length).toBe(result.parts.features.length);
    const cedeRow = parts.find((r) => r[2] === 'cede')!;
    expect(cedeRow[0]).toBe('UA-14');
    expect(Number(cedeRow[3])).toBe(result.totals.cedeKm2);
    expect(Number(cedeRow[4])).toBe(0.5);
    const totals = Object.fromEntries(body.filter((r) => r[0] === 'TOTAL').map((r) => [r[2], Number(r[3])]));
    expect(totals).toEqual({ cede: result.totals.cedeKm2, freeze: result.totals.freezeKm2, return: result.totals.returnKm2 });
  });
  test('fields are quoted, and formula-like text is defused', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(null)).toBe('');
    expect(csvField(12.5)).toBe('12.5');
    // A title with a line break stays one comment line.
    const multi = figuresCsv(result, { ...prov, scenario: { ...scenario, title: 'two\nlines' } });
    expect(multi.split('\r\n').filter((l) => l && !isComment(l) && !/^(iso|UA-|TOTAL)/.test(l))).toEqual([]);
  });
});

describe('sizes', () => {
  test('parse WIDTHxHEIGHT and reject malformed or extreme sizes', () => {
    expect(parseSize('1200x630')).toEqual({ width: 1200, height: 630 });
    expect(parseSize('1080×1080')).toEqual({ width: 1080, height: 1080 });
    for (const bad of ['', '1200', '1200x', 'x630', '12x630', '1200x630x2', '-1200x630', '99999x630', 'axb']) expect(parseSize(bad)).toBeNull();
  });
  test('presets: social card, square and A4 landscape at 150 dpi, laid out in whole CSS px', () => {
    expect(presetOf({ width: 1754, height: 1240 })?.id).toBe('a4');
    for (const p of PRESETS) {
      expect(Number.isInteger(p.width / p.scale) && Number.isInteger(p.height / p.scale)).toBe(true);
    }
  });
  test('what the exporter takes: every preset and view scale; not a scale out of range or a layout under 200 CSS px', () => {
    for (const p of PRESETS) expect(exportSizeProblem(p.scale, p)).toBeNull();
    for (const s of VIEW_SCALES) expect(exportSizeProblem(s)).toBeNull();
    expect(exportSizeProblem(0.5, { width: 200, height: 200 })).toBeNull();
    expect(exportSizeProblem(2, { width: 400, height: 400 })).toBeNull();
    for (const s of [0, 0.49, -1, 8.01, NaN, Infinity]) expect(exportSizeProblem(s)).toMatch(/out of range \(0\.5–8\)/);
    expect(exportSizeProblem(2, { width: 400, height: 398 })).toMatch(/laid out at 200×199 CSS px, under 200 per side/);
    expect(exportSizeProblem(1, { width: 16385, height: 630 })).toMatch(/out of range \(each side 200–16384 px\)/);
    expect(exportSizeProblem(1, { width: 1200.5, height: 630 })).toMatch(/out of range/);
  });
});

describe('legend', () => {
  test('lists only the visible overlays, in the panel order, with the line date', () => {
    const e = legendEntries(defaultTheme, ['line', 'cede', 'return'], '2025-08-15');
    expect(e.map((x) => x.toggle)).toEqual(['line', 'cede', 'return']);
    expect(e[0]!.label).toMatch(/15 Aug 2025/);
    expect(e[1]!.swatch.pattern?.id).toBe('pattern-hatch-cede');
    expect(legendEntries(defaultTheme, [], '2025-08-15')).toEqual([]);
    expect(shortDate('2025-02-03')).toBe('3 Feb 2025');
  });
});

describe('layout', () => {
  // A monospace stand-in for measureText: 0.6 em per character.
  const measure = (t: string, f: string) => t.length * 0.6 * Number(/(\d+(?:\.\d+)?)px/.exec(f)![1]);
  const long = 'Reported: Reuters, 21 Aug 2025 — Report, citing sources close to the Kremlin, on the terms Putin set out at the Alaska summit: all of Donbas for Russia, the rest of the front frozen.';
  const input = (over: Partial<LayoutInput>): LayoutInput => ({
    width: 1200,
    title: 'Reported proposal of August 2025',
    subtitle: 'A reported proposal, not an agreement, against the Russian-controlled area on 15 Aug 2025.',
    legend: ['Russian-controlled, 15 Aug 2025, and the contact line', 'Proposal: Ukrainian-held land ceded', 'Proposal: line frozen'],
    line: 'Line: Russian-controlled area on 15 Aug 2025 — swapmap approximation from public reporting.',
    citations: [long, long, long],
    citationsShort: 'Reported: Financial Times, 16 Aug 2025; Reuters, 16 Aug 2025; Reuters, 21 Aug 2025.',
    attribution: 'Data: Natural Earth (public domain) · GeoNames (CC BY 4.0) · GSHHG, Wessel & Smith (LGPL-3+) · Noto Sans (OFL-1.1)',
    ...over,
  });
  const boxes = (l: Layout): [string, Rect][] => [
    ['title', textRect(l.title)],
    ['subtitle', textRect(l.subtitle)],
    ['map', l.map],
    ...l.legend.flatMap((r, i): [string, Rect][] => [[`swatch${i}`, r.swatch], [`legend${i}`, textRect(r.text)]]),
    ...l.notes.map((b, i): [string, Rect] => [`note${i}`, textRect(b)]),
    ['scale', l.scaleBar],
  ];
  const textRect = (b: Layout['title']): Rect => ({ x: b.x, y: b.y, width: Math.max(...b.lines.map((s) => measure(s, b.font))), height: b.lines.length * b.lineHeight });
  const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  test('wrap keeps every line within the width and loses no word', () => {
    const f = '400 12px x';
    const lines = wrap(long + ' https://example.org/a-very-long-url-without-any-spaces-at-all-that-must-be-cut', 200, f, measure);
    for (const l of lines) expect(measure(l, f)).toBeLessThanOrEqual(200);
    expect(lines.join('').replace(/\s/g, '')).toBe((long + 'https://example.org/a-very-long-url-without-any-spaces-at-all-that-must-be-cut').replace(/\s/g, ''));
  });

  for (const [name, over] of [
    ['view 1x (map height fixed, footer grows)', { width: 820, mapHeight: 740 }],
    ['social card', { width: 1200, height: 630 }],
    ['square', { width: 1080, height: 1080 }],
    ['A4 at 2x', { width: 877, height: 620 }],
    ['narrow view, one column', { width: 420, mapHeight: 500 }],
  ] as [string, Partial<LayoutInput>][]) {
    test(`${name}: nothing overlaps, nothing leaves the image`, () => {
      const l = layout(input(over), measure);
      if (over.height) expect(l.height).toBe(over.height);
      if (over.mapHeight) expect(l.map.height).toBe(over.mapHeight);
      const all = boxes(l);
      for (const [n, r] of all) {
        expect(r.x, n).toBeGreaterThanOrEqual(0);
        expect(r.y, n).toBeGreaterThanOrEqual(0);
        expect(r.x + r.width, n).toBeLessThanOrEqual(l.width + 1e-9);
        expect(r.y + r.height, n).toBeLessThanOrEqual(l.height + 1e-9);
      }
      for (let i = 0; i < all.length; i++)
        for (let j = i + 1; j < all.length; j++) expect(overlap(all[i]![1], all[j]![1]), `${all[i]![0]} × ${all[j]![0]}`).toBe(false);
    });
  }

  test('a fixed size short of room cuts citations to their sources, then refuses', () => {
    expect(layout(input({ width: 1080, height: 1080 }), measure).compact).toBe(false);
    expect(layout(input({ width: 700, height: 400 }), measure).compact).toBe(true);
    expect(() => layout(input({ width: 300, height: 260 }), measure)).toThrow(/for the map/);
  });

  test('scale bar: a round distance no longer than allowed', () => {
    expect(scaleBarLength(1000, 150)).toEqual({ metres: 100000, px: 100 });
    const s = scaleBarLength(2345, 120);
    expect(s.px).toBeLessThanOrEqual(120);
    expect([1, 2, 3, 5]).toContain(s.metres / 10 ** Math.floor(Math.log10(s.metres)));
  });
});
