// The app's wiring, the line panel and the dated-lines panels in both languages (issue #12):
// English as it was, Ukrainian in Ukrainian. The panels are built on a small stand-in for the
// DOM (the unit tests run in Node): every text, aria-label and title is collected and read.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { defaultLocale } from '../../node_modules/maplibre-gl/src/ui/default_locale';
import { msg, setCatalogue, setLang } from '../../src/text/i18n';
import { en } from '../../src/text/messages/en';
import { uk } from '../../src/text/messages/uk';
import { registerOblastNames } from '../../src/text/names';
import { builtInLine, fileLine } from '../../src/state/lines';
import { mapTags } from '../../src/ui/compare';
import { attributionText } from '../../src/ui/attribution';
import { renderCompareDates, type CompareDatesView } from '../../src/ui/compare_dates';
import { renderTimeline, type TimelineView } from '../../src/ui/timeline_chart';
import { LineControl } from '../../src/ui/line_control';
import { LayerControl } from '../../src/ui/layer_control';
import { ViewControl } from '../../src/ui/view_control';
import type { LoadSummary } from '../../src/worker/protocol';
import type { LineChange } from '../../src/geometry/change';
import type { SwapTotals } from '../../src/geometry/swap';
import type { Map as MlMap } from 'maplibre-gl';

/** Just enough of an element for the panels: children, text, attributes, properties. */
class FakeEl {
  children: (FakeEl | string)[] = [];
  attrs: Record<string, string> = {};
  dataset: Record<string, string> = {};
  style: Record<string, string> & { setProperty?: () => void } = {};
  textContent = '';
  title = '';
  value = '';
  hidden = false;
  parentElement: FakeEl | null = null;
  classList = { toggle: () => {}, contains: () => false, remove: () => {} };
  constructor(readonly tagName: string) {}
  append(...xs: (FakeEl | string)[]): void {
    for (const x of xs) {
      if (typeof x !== 'string') x.parentElement = this;
      this.children.push(x);
    }
  }
  after(): void {}
  remove(): void {}
  replaceChildren(...xs: (FakeEl | string)[]): void {
    this.children = [];
    this.append(...xs);
  }
  setAttribute(k: string, v: unknown): void {
    this.attrs[k] = String(v);
  }
  addEventListener(): void {}
  removeEventListener(): void {}
  querySelector(): null {
    return null;
  }
  querySelectorAll(): FakeEl[] {
    return [];
  }
}

/** Every piece of text an element shows or says (text, aria-label, title, aria-valuetext). */
function texts(e: FakeEl | string): string[] {
  if (typeof e === 'string') return e.trim() ? [e] : [];
  const own = [e.textContent, e.title, e.attrs['aria-label'], e.attrs['aria-valuetext']].filter((s): s is string => !!s && !!s.trim());
  return [...own, ...e.children.flatMap(texts)];
}

const KM2 = (cede: number, ret: number, ratio: number | null): SwapTotals =>
  ({ cedeKm2: cede, returnKm2: ret, freezeKm2: 30_000, unchangedKm2: 0, ratio, netRussiaKm2: cede - ret, netUkraineKm2: ret - cede }) as SwapTotals;

const compareView = (change: LineChange | null): CompareDatesView => ({
  scenarioTitle: msg() === uk ? 'Пропозиція серпня 2025' : 'Reported proposal of August 2025',
  earlier: { date: '2025-09-01', source: msg().line.fileSource('DeepState export (GeoJSON)'), totals: KM2(6600, 1500, 4.4), heldKm2: 110_000 },
  later: { date: '2025-12-01', source: msg().line.fileSource('DeepState export (GeoJSON)'), totals: KM2(5200, 2080, 2.5), heldKm2: 112_345 },
  change,
  colours: { gained: '#800', lost: '#080' },
});

const change: LineChange = {
  from: '2025-09-01',
  to: '2025-12-01',
  features: { type: 'FeatureCollection', features: [] },
  oblasts: [{ iso: 'UA-14', oblast: 'Donetsk', gainedKm2: 1200, lostKm2: 15 }],
  gainedKm2: 1234,
  lostKm2: 15,
  slivers: { count: 0, areaKm2: 0 },
};

const timelineView = (progress: TimelineView['progress'] = null, points = true): TimelineView => ({
  points: points
    ? ['2025-09-01', '2025-10-01', '2025-11-01', '2025-12-01'].map((date, i) => ({
        date,
        totals: { aug: KM2(6600 - i * 400, 1500 + i * 180, (6600 - i * 400) / (1500 + i * 180)) },
        oblasts: {},
      })) as unknown as TimelineView['points']
    : [],
  progress,
  scenario: 'aug',
  scenarioTitle: 'Reported proposal of August 2025',
  current: '2025-10-01',
  colours: { cede: '#c00', ret: '#00c' },
  onPick: () => {},
  onCsv: () => {},
  onMultiples: () => {},
});

const summary = {
  files: [{ formatLabel: 'DeepState export', syntax: 'GeoJSON' }],
  dates: ['2025-09-01', '2025-10-01', '2025-11-01', '2025-12-01', '2025-12-15'],
  date: '2025-10-01',
  ignored: { points: 2, lines: 1, empty: 5 },
  repairs: '',
  categories: [{ key: 'occupied', label: 'occupied', count: 12, counted: 'russian' }],
  counting: {},
} as unknown as LoadSummary;

/** The line panel, with what a five-date file holds shown. */
function linePanel(): FakeEl {
  const lc = new LineControl({ pick() {}, files() {}, cancel() {}, count() {}, date() {}, compare() {}, typedDate() {} });
  const root = lc.onAdd({ getContainer: () => new FakeEl('div') } as unknown as MlMap) as unknown as FakeEl;
  lc.setChoices([builtInLine('2025-08-15')], '2025-08-15');
  lc.setCompareChoices([builtInLine('2022-02-23')], '');
  lc.progress({ phase: 'clipping', fraction: 0.5 });
  lc.showRead(summary, '2025-10-01');
  return root;
}

const layerPanel = (): FakeEl => {
  const c = new LayerControl(msg().page.layers, [{ toggle: 'line', label: msg().page.layerLine('15 Aug 2025'), swatch: {}, note: msg().page.layerLineNote('x') }], () => {});
  const root = c.onAdd({} as MlMap) as unknown as FakeEl;
  c.sync(['line'], ['line']);
  return root;
};

/** Words that give away an English leftover in a Ukrainian panel. */
const ENGLISH = /\b(the|of|and|by|on|to|dates?|ceded|returned|Russian|Ukrainian|held|line|Change|Computing|Lines|oblast|Ratio|Figures|Small|Load|Cancel|Compare|Play|Pause|Now|After|Layers|shown|nothing|points?|dated|undated|loaded|built in|Left out|Reading|Clipping)\b/;
const CYRILLIC = /[\u0400-\u04FF]/;

beforeAll(() => {
  (globalThis as unknown as { document: unknown }).document = {
    createElement: (tag: string) => new FakeEl(tag),
    createElementNS: (_ns: string, tag: string) => new FakeEl(tag),
  };
  setCatalogue('uk', uk);
  registerOblastNames([{ properties: { iso: 'UA-14', name: 'Donetsk', name_uk: 'Донецька' } }]);
});
afterEach(() => {
  setLang('en');
});

describe('English stays as it was', () => {
  test('the two dates compared', () => {
    const box = new FakeEl('div');
    renderCompareDates(box as unknown as HTMLElement, compareView(change));
    const t = texts(box);
    expect(t).toContain('Compared: 1 Sep 2025 and 1 Dec 2025');
    expect(t).toContain('Two dates: 1 Sep 2025 → 1 Dec 2025');
    expect(t).toContain('Reported proposal of August 2025, on the line of each date.');
    expect(t).toContain('Ratio ceded : returned');
    expect(t).toContain('2.5 : 1');
    expect(t).toContain('Russian-held on the date');
    expect(t).toContain('+2,345 km²');
    expect(t).toContain('Taken by Russian forces between the two dates: 1,234 km²');
    expect(t).toContain('Retaken by Ukrainian forces: 15 km²');
    expect(t).toContain('By oblast: Donetsk +1,200 km² / −15 km².');
    expect(t).toContain(
      'Lines: 1 Sep 2025 — loaded from DeepState export (GeoJSON); 1 Dec 2025 — loaded from DeepState export (GeoJSON). Two lines from different sources differ along the whole front by how each is drawn, not only by what moved.',
    );
    const waiting = new FakeEl('div');
    renderCompareDates(waiting as unknown as HTMLElement, compareView(null));
    expect(texts(waiting)).toContain('Computing what changed between the two lines…');
  });

  test('the timeline', () => {
    const box = new FakeEl('div');
    renderTimeline(box as unknown as HTMLElement, timelineView());
    const t = texts(box);
    expect(t).toContain('Over time: km² ceded and returned by the Reported proposal of August 2025, on each date of the line');
    expect(t).toContain(
      'From 1 Sep 2025 to 1 Dec 2025, 4 dates: ceded 6,600 km² to 5,400 km², returned 1,500 km² to 2,040 km². Arrow keys read each date; Enter shows it on the map.',
    );
    expect(t).toContain('1 Oct 2025: ceded 6,200 km², returned 1,680 km², ratio 3.7 : 1 (shown)');
    expect(t).toContain('ceded, km²');
    expect(t).toContain('Figures of all 4 dates (CSV)');
    expect(t).toContain('Small multiples (PNG)');
    expect(t).toContain('4 dates');
    expect(t).toContain('Ceded and returned by the Reported proposal of August 2025, per date');
    expect(t).toEqual(expect.arrayContaining(['Date', 'Ceded', 'Returned', 'Ratio', 'How many dates']));
    const computing = new FakeEl('div');
    renderTimeline(computing as unknown as HTMLElement, timelineView({ done: 3, total: 12 }, false));
    expect(texts(computing)).toContain('Computing 12 dates… 3 done.');
  });

  test('the line panel and the lines', () => {
    const t = texts(linePanel());
    expect(t).toEqual(expect.arrayContaining(['Line', 'Load a line file…', 'Cancel', 'Clipping to the oblasts…', 'Date', 'Compare with', 'no other date', 'What the file holds', 'Play the dates']));
    expect(t).toContain('DeepState export (GeoJSON), 5 dates, 1 Sep 2025 – 15 Dec 2025. Left out: 2 points, 1 line, 5 features without geometry.');
    expect(t).toContain('occupied (12)');
    expect(t).toContain('Russian-controlled');
    expect(builtInLine('2025-08-15')).toMatchObject({ source: 'swapmap approximation from public reporting', credit: 'Front line: swapmap approximation from public reporting', label: '15 Aug 2025 · swapmap (built in)' });
    expect(fileLine('file-2025-09-01-ab12cd34', '2025-09-01', 'my.geojson (GeoJSON)')).toMatchObject({
      source: 'loaded from my.geojson (GeoJSON)',
      credit: 'Front line: my.geojson (GeoJSON) (a file loaded in this browser)',
      label: '1 Sep 2025 · my.geojson (GeoJSON)',
    });
  });

  test('the map tags, the layer panel, the view switch, the attribution', () => {
    expect(mapTags(['line', 'cede'], [], '15 Aug 2025', 'Reported proposal of August 2025')).toEqual({ before: 'Now: Russian-controlled, 15 Aug 2025, ceded', after: 'After: no layers · Reported proposal of August 2025' });
    expect(texts(layerPanel())).toEqual(expect.arrayContaining(['Layers', 'Now', 'After', 'shown on the After map', 'Russian-controlled, 15 Aug 2025', 'x; grey: contested']));
    expect(texts(layerPanel())).toContain("Layers: the checkboxes are the Now map's, the marked rows also show on the After map");
    expect(texts(new ViewControl(() => {}).onAdd() as unknown as FakeEl)).toEqual(['Before / after', 'Changes', 'Now', 'After', 'Swipe', 'Side by side']);
    expect(attributionText({ attribution: [{ label: '© OpenStreetMap contributors', licence: 'ODbL' }, { label: 'Natural Earth', licence: 'public domain' }] })).toEqual(['© OpenStreetMap contributors (ODbL)', 'Natural Earth (public domain)']);
    expect(msg().page.missingLine('1 Sep 2025', '15 Aug 2025')).toMatch(/made with a line loaded from a file \(dated 1 Sep 2025\), which this browser does not have/);
  });

  test("MapLibre's words: every key of its table, its English as the default", () => {
    expect(en.page.maplibre).toEqual(defaultLocale);
    expect(Object.keys(uk.page.maplibre).sort()).toEqual(Object.keys(defaultLocale).sort());
  });
});

describe('Ukrainian', () => {
  const ukrainian = (t: string[]) => {
    for (const s of t) {
      if (/^[\d\s,.:+−–→·%()▶⏸]*(км²)?[\d\s,.:+−–→·%()]*$/.test(s)) continue; // figures and symbols only
      expect(s, s).toMatch(CYRILLIC);
      expect(s, s).not.toMatch(ENGLISH);
    }
  };

  test('the two dates compared', () => {
    setLang('uk');
    const box = new FakeEl('div');
    renderCompareDates(box as unknown as HTMLElement, compareView(change));
    const t = texts(box).filter((s) => s !== 'Пропозиція серпня 2025');
    ukrainian(t.map((s) => s.replaceAll('DeepState export (GeoJSON)', '')));
    expect(t).toContain('2,5 : 1');
    expect(t).toContain('Дві дати: 1 вер. 2025 → 1 груд. 2025');
    expect(t).toContain('За областями: Донецька +1\u00a0200 км² / −15 км².');
    expect(t).toContain('Співвідношення: відходить : повертається');
  });

  test('the timeline', () => {
    setLang('uk');
    const box = new FakeEl('div');
    renderTimeline(box as unknown as HTMLElement, { ...timelineView(), scenarioTitle: 'Пропозиція серпня 2025' });
    const t = texts(box);
    ukrainian(t);
    expect(t).toContain('Цифри за всі 4 дати (CSV)');
    expect(t).toContain('1 жовт. 2025: відходить 6\u00a0200 км², повертається 1\u00a0680 км², співвідношення 3,7 : 1 (показано)');
    // The axis: Ukrainian digit grouping (a no-break space).
    expect(t.some((s) => /^\d\u00a0\d{3}$/.test(s))).toBe(true);
    const computing = new FakeEl('div');
    renderTimeline(computing as unknown as HTMLElement, timelineView({ done: 3, total: 12 }, false));
    expect(texts(computing)).toContain('Обчислюємо: 12 дат… Готово: 3.');
  });

  test('the line panel and the lines', () => {
    setLang('uk');
    const t = texts(linePanel()).filter((s) => !s.startsWith('DeepState export') && s !== 'occupied (12)');
    ukrainian(t);
    expect(texts(linePanel())).toContain('DeepState export (GeoJSON), 5 дат, 1 вер. 2025 – 15 груд. 2025. Не враховано: 2 точки, 1 лінія, 5 об’єктів без геометрії.');
    expect(t).toContain('Обрізання за областями…');
    const b = builtInLine('2025-08-15');
    ukrainian([b.source, b.credit, b.label]);
    const f = fileLine('file-2025-09-01-ab12cd34', '2025-09-01', 'my.geojson');
    ukrainian([f.credit.replace('my.geojson', ''), f.source.replace('my.geojson', '')]);
  });

  test('the map tags, the layer panel, the view switch, the attribution, the messages', () => {
    setLang('uk');
    const tags = mapTags(['line', 'pre2022', 'cede', 'freeze', 'return', 'proposed', 'change'], [], '15 серп. 2025', 'Пропозиція');
    ukrainian([tags.before, tags.after]);
    ukrainian(texts(layerPanel()).map((s) => s.replace('x;', '')));
    ukrainian(texts(new ViewControl(() => {}).onAdd() as unknown as FakeEl));
    expect(attributionText({ attribution: [{ label: '© OpenStreetMap contributors', licence: 'ODbL' }, { label: 'Natural Earth', licence: 'public domain' }] })).toEqual([
      '© учасники OpenStreetMap (ODbL)',
      'Natural Earth (суспільне надбання)',
    ]);
    const p = msg().page;
    ukrainian([
      p.fatal.webglTitle,
      p.fatal.webglDetail.replace(/Firefox|Chrome|Edge|Safari|WebGL2/g, ''),
      p.fatal.dataTitle,
      p.fatal.mapTitle,
      p.cancelled('15 серп. 2025'),
      p.keepsLine(p.fileUnread('помилка')),
      p.lineLoaded('опис.'),
      p.countedAgain('опис.'),
      p.nearestDate('1 груд. 2025'),
      p.ownDateHint,
      p.missingLine('1 вер. 2025', '15 серп. 2025'),
      p.missingLine('', '15 серп. 2025'),
      p.lineHeading('15 серпня 2025'),
      p.lineHeadingUndated,
      p.multiplesNoLine('2024-01-01', true, '2022-02-23, 2025-08-15'),
      p.home,
      p.dismiss,
      p.scenario,
      p.compare.swipe,
      p.compare.mapAfter,
      p.maplibre['NavigationControl.ZoomIn']!,
      p.maplibre['AttributionControl.ToggleAttribution']!,
    ]);
    // A date that ends a sentence ends it: no «р..».
    expect(p.cancelled('15 серп. 2025')).toBe('Скасовано: мапа залишає лінію станом на 15 серп. 2025.');
    expect(p.maplibre['ScaleControl.Kilometers']).toBe('км');
    expect(p.maplibre['ScaleControl.Meters']).toBe('м');
    // The hint names the line panel's own words.
    expect(p.ownDateHint).toContain(`${uk.line.label} → ${uk.line.load}`);
    expect(en.page.ownDateHint).toContain(`${en.line.label} → ${en.line.load}`);
  });
});
