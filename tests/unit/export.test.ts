import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { LineCollection, OblastCollection } from '../../src/data/types';
import type { Scenario } from '../../src/data/scenario';
import { computeSwap, prepare } from '../../src/geometry/swap';
import Papa from 'papaparse';
import { csvField, exportFileName, figuresColumns, figuresCsvSidecar, figuresTableCsv, scenarioGeoJson, type Provenance } from '../../src/export/data_export';
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

describe('CSV export, read by a CSV library (papaparse) as a spreadsheet would', () => {
  const csv = figuresTableCsv([{ date: '2025-08-15', result }], scenario);
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  const rows = parsed.data;
  const byIso = (iso: string) => rows.find((r) => r.iso === iso)!;

  test('UTF-8 with a byte-order mark, the header on the first row, no comment rows, CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(figuresColumns().map((c) => c.name));
    // One header row: no other row holds the header's first cell, and no row starts with "#".
    const raw = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(raw.filter((r) => r[0] === 'date')).toHaveLength(1);
    expect(raw.every((r) => !r[0]!.startsWith('#'))).toBe(true);
    expect(csv.slice(1).split('\r\n').length).toBe(raw.length + 1);
  });

  test('one row per oblast the panel lists, then the totals: every figure of the figures panel', () => {
    expect(rows.map((r) => r.iso)).toEqual(['UA-14', 'UA-63', 'TOTAL']);
    const west = byIso('UA-14');
    const o = result.oblasts.find((x) => x.iso === 'UA-14')!;
    expect(west.proposal).toBe('ceded to Russia');
    expect(Number(west.russian_held_now_km2)).toBe(o.russianBeforeKm2);
    expect(Number(west.russian_held_now_pct)).toBeCloseTo((100 * o.russianBeforeKm2) / o.oblastKm2, 2);
    expect(Number(west.ceded_km2)).toBe(result.totals.cedeKm2);
    expect(Number(west.ceded_pct)).toBe(50);
    expect(Number(west.russian_held_after_km2)).toBe(o.russianAfterKm2);
    expect(Number(west.russian_held_after_pct)).toBeCloseTo(100, 1);
    expect(byIso('UA-63').proposal).toBe('returned to Ukraine');
    expect(Number(byIso('UA-63').returned_pct)).toBe(25);
    const t = byIso('TOTAL');
    expect(t.oblast).toBe('All oblasts');
    expect(Number(t.ceded_km2)).toBe(result.totals.cedeKm2);
    expect(Number(t.returned_km2)).toBe(result.totals.returnKm2);
    expect(Number(t.frozen_km2)).toBe(result.totals.freezeKm2);
    expect(Number(t.held_unchanged_km2)).toBe(result.totals.unchangedKm2);
    expect(Number(t.net_change_russia_km2)).toBe(result.totals.netRussiaKm2);
    expect(Number(t.net_change_ukraine_km2)).toBe(result.totals.netUkraineKm2);
    expect(Number(t.ratio_ceded_to_returned)).toBe(result.totals.ratio);
    expect(Number(t.russian_held_now_km2)).toBeCloseTo(result.oblasts.reduce((x, r) => x + r.russianBeforeKm2, 0), 1);
    // Nothing returned: the ratio is left empty, not "Infinity".
    const none = Papa.parse<Record<string, string>>(figuresTableCsv([{ date: '2025-08-15', result: computeSwap(prepare(oblasts, line), { ...scenario, terms: { 'UA-14': { action: 'cede' } } }) }], scenario), { header: true }).data;
    expect(none.find((r) => r.iso === 'TOTAL')!.ratio_ceded_to_returned).toBe('');
  });

  test('an oblast the scenario does not mention is "held, unchanged"', () => {
    const only = { ...scenario, terms: { 'UA-14': { action: 'cede' as const } } };
    const r = Papa.parse<Record<string, string>>(figuresTableCsv([{ date: '', result: computeSwap(prepare(oblasts, line), only) }], only), { header: true, skipEmptyLines: true }).data;
    expect(r.find((x) => x.iso === 'UA-63')!.proposal).toBe('held, unchanged');
    expect(Number(r.find((x) => x.iso === 'UA-63')!.held_unchanged_km2)).toBeGreaterThan(0);
  });

  test('several dates: one block of rows per date, one header', () => {
    const two = Papa.parse<Record<string, string>>(figuresTableCsv([{ date: '2025-08-15', result }, { date: '2025-09-01', result }], scenario), { header: true, skipEmptyLines: true }).data;
    expect(two.map((r) => `${r.date} ${r.iso}`)).toEqual(['2025-08-15 UA-14', '2025-08-15 UA-63', '2025-08-15 TOTAL', '2025-09-01 UA-14', '2025-09-01 UA-63', '2025-09-01 TOTAL']);
  });

  test('the JSON sidecar names the CSV and carries the provenance and the columns with their units', () => {
    const side = JSON.parse(JSON.stringify(figuresCsvSidecar({ ...prov, methodUrl: 'https://example.org/swapmap/#about' }, 'x.csv')));
    expect(side.describes).toBe('x.csv');
    expect(side.scenario).toMatchObject({ id: 'fixture', citations: scenario.citations });
    expect(side.line).toMatchObject({ date: '2025-08-15', source: 'fixture line' });
    expect(side.attribution).toEqual(prov.attribution);
    expect(side.method).toBe('https://example.org/swapmap/#about');
    expect(side.columns.map((c: { name: string }) => c.name)).toEqual(figuresColumns().map((c) => c.name));
    expect(side.columns.find((c: { name: string }) => c.name === 'ceded_km2').unit).toBe('km²');
  });

  test('fields are quoted, and formula-like text is defused: a scenario id or oblast name never runs', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(null)).toBe('');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(-4816)).toBe('-4816');
    const evil = { ...result, oblasts: result.oblasts.map((o) => ({ ...o, oblast: '=1+1,@SUM(A1)\n-2' })) };
    const cells = Papa.parse<string[]>(figuresTableCsv([{ date: '2025-08-15', result: evil }], scenario), { skipEmptyLines: true }).data.flat();
    expect(cells).toContain("'=1+1,@SUM(A1)\n-2");
    // Every text cell that a spreadsheet would run is defused; numbers (a negative change) stay numbers.
    for (const c of cells) if (!/^-?\d+(\.\d+)?$/.test(c)) expect(c).not.toMatch(/^[=+\-@]/);
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
    credit: 'Made with swapmap. Method & sources: https://example.org/swapmap/#about',
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
    ['social card, legend beside the map', { width: 1200, height: 630, arrangement: 'beside' }],
    ['A4 at 2x, legend beside the map', { width: 877, height: 620, arrangement: 'beside' }],
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

  test('beside: the map takes the whole height left of a column with the title, legend, notes and credit', () => {
    const l = layout(input({ width: 1200, height: 630, arrangement: 'beside' }), measure);
    expect(l.arrangement).toBe('beside');
    expect(l.map).toEqual({ x: 0, y: 0, width: l.footer.x, height: 630 });
    for (const b of [l.title, l.subtitle, ...l.notes, ...l.legend.map((r) => r.text)]) expect(b.x).toBeGreaterThan(l.map.width);
    expect(l.notes.at(-1)!.lines.join(' ')).toMatch(/^Made with swapmap\. Method & sources: https:\/\/example\.org/);
    // Text that cannot fit the column even with short citations: the legend goes under the map.
    const crowded = layout(input({ width: 1200, height: 630, arrangement: 'beside', legend: Array(14).fill('A legend entry') }), measure);
    expect(crowded.arrangement).toBe('below');
  });

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
