/**
 * Issue #12, the data files, the exports' words and the command-line tools in Ukrainian: every
 * bundled scenario and estimate file has its texts in Ukrainian, the app and the commands read
 * them in the current language, and the CSV, the legend, the credit and the command's output
 * are Ukrainian with `uk` and as they were in English.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { setCatalogue, setLang } from '../../src/text/i18n';
import { uk } from '../../src/text/messages/uk';
import { registerOblastNames } from '../../src/text/names';
import { localScenario, scenarioProblem, type Scenario } from '../../src/data/scenario';
import { estimateProblem, estimateWhen, localEstimate, type Estimate } from '../../src/data/estimate';
import { bundledScenarios } from '../../src/data/scenarios';
import { bundledEstimates } from '../../src/data/estimates';
import { peopleDefinition, peopleLimits } from '../../src/data/places';
import { figuresColumns, figuresCsvSidecar, figuresTableCsv } from '../../src/export/data_export';
import { compareTags, legendEntries } from '../../src/export/legend';
import { creditLine, creditUrlProblem } from '../../src/export/credit';
import { exportSizeProblem, PRESETS } from '../../src/export/sizes';
import { figures } from '../../src/cli/figures';
import { parseSnapshotArgs } from '../../src/cli/snapshot_args';
import { computeSwap, prepare } from '../../src/geometry/swap';
import { defaultTheme } from '../../src/style/theme';
import type { LineCollection, OblastCollection } from '../../src/data/types';

const ROOT = join(import.meta.dirname, '../..');
const read = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
const files = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.json')).map((f) => ({ f, json: read(`${dir}/${f}`) }));
const cyrillic = /[\u0400-\u04FF]/;
/** English words that must not be left in a Ukrainian text (outlets' names aside). */
const english = /\b(the|and|of|to|Russian|Ukrainian|held|ceded|returned|frozen|reported|proposal|people|towns|oblast|area|line|Made with)\b/;
const oblasts = read('geodata/oblasts.geojson') as OblastCollection;

beforeAll(() => {
  setCatalogue('uk', uk);
  registerOblastNames(oblasts.features);
});
afterEach(() => {
  setLang('en');
});

describe('the bundled scenario and estimate files in Ukrainian', () => {
  test('every scenario file has a complete uk block: title, description, a citation for each, a note for each term with one', () => {
    for (const { f, json } of files('geodata/scenarios')) {
      expect(scenarioProblem(json, f), f).toBeNull();
      const s = json as Scenario;
      expect(s.uk!.title, f).toMatch(cyrillic);
      expect(s.uk!.title, f).not.toMatch(english);
      expect(s.uk!.description, f).toMatch(cyrillic);
      expect(s.uk!.citations).toHaveLength(s.citations.length);
      for (const c of s.uk!.citations) {
        expect(c.title).toMatch(cyrillic);
        // Dates in Ukrainian ("16 серпня 2025"), not "16 Aug 2025".
        expect(c.source).not.toMatch(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/);
      }
      for (const [iso, t] of Object.entries(s.terms)) if (t.note) expect(s.uk!.notes[iso], `${f} ${iso}`).toMatch(cyrillic);
    }
  });

  test('every estimate file has a complete uk block', () => {
    for (const { f, json } of files('geodata/estimates')) {
      expect(estimateProblem(json, f), f).toBeNull();
      const e = json as Estimate;
      expect(e.uk!.what, f).toMatch(cyrillic);
      if (e.note) expect(e.uk!.note, f).toMatch(cyrillic);
      expect(e.uk!.citations).toHaveLength(e.citations.length);
    }
  });

  test('a file without its Ukrainian texts is refused with a clear message, in the language', () => {
    const { f, json } = files('geodata/scenarios')[0]!;
    const { uk: _, ...bare } = json;
    expect(scenarioProblem(bare, f)).toBe(`${f}: a "uk" block (the texts in Ukrainian) is required.`);
    expect(scenarioProblem({ ...json, uk: { ...json.uk, citations: json.uk.citations.slice(1) } }, f)).toMatch(/"uk\.citations" must give the \d citations/);
    expect(scenarioProblem({ ...json, uk: { ...json.uk, title: 'English' } }, f)).toMatch(/"uk\.title"/);
    setLang('uk');
    expect(scenarioProblem(bare, f)).toMatch(/потрібен блок «uk»/);
  });

  test('the app and the commands get them in the current language: the id, dates and terms kept', () => {
    const en = bundledScenarios();
    expect(en.problems).toEqual([]);
    expect(en.scenarios[0]!.title).toBe('Reported proposal of August 2025');
    setLang('uk');
    const { scenarios, problems } = bundledScenarios();
    expect(problems).toEqual([]);
    expect(scenarios.map((s) => s.id)).toEqual(en.scenarios.map((s) => s.id));
    for (const [i, s] of scenarios.entries()) {
      expect(s.title).toMatch(cyrillic);
      expect(s.description).toMatch(cyrillic);
      expect(s.citations.map((c) => c.title).every((t) => cyrillic.test(t))).toBe(true);
      expect(s.reported).toBe(en.scenarios[i]!.reported);
      for (const [iso, t] of Object.entries(s.terms)) {
        expect(t.action).toBe(en.scenarios[i]!.terms[iso]!.action);
        if (t.note) expect(t.note).toMatch(cyrillic);
      }
    }
    const { estimates } = bundledEstimates();
    for (const e of estimates) expect(e.what).toMatch(cyrillic);
    expect(localScenario(en.scenarios[0]!, 'en')).toBe(en.scenarios[0]);
    expect(localEstimate(estimates[0]!, 'en')).toBe(estimates[0]);
  });

  test('estimate dates and the people definition in Ukrainian; English unchanged', () => {
    expect(estimateWhen('2025-08')).toBe('Aug 2025');
    expect(peopleDefinition({ floor: 1000, scope: ['UA-14', 'UA-09'] }, (iso) => iso)).toBe(
      'People: the sum of the populations GeoNames gives (pre-2022 figures, CC BY 4.0) for the towns and villages of 1,000+ people whose point lies inside an area (in UA-14 and UA-09; elsewhere cities of 100,000+).',
    );
    setLang('uk');
    expect(estimateWhen('2025-08-01')).toBe('1 серп. 2025');
    expect(estimateWhen('2025-08')).toBe('серпень 2025');
    expect(estimateWhen('pre-war')).toBe('до війни');
    const def = peopleDefinition({ floor: 1000, scope: ['UA-14', 'UA-09'] }, (iso) => iso);
    expect(def).toMatch(/^Люди: .*1[\u00a0\u202f]000.*UA-14 і UA-09.*100[\u00a0\u202f]000/);
    expect(peopleLimits()).toMatch(/^Обмеження:/);
  });
});

describe('the exports\' words in Ukrainian', () => {
  const line = read('tests/fixtures/in/two-squares-line.geojson') as LineCollection;
  const fixtureOblasts = read('tests/fixtures/in/two-squares-oblasts.geojson') as OblastCollection;
  const scenario: Scenario = { id: 'fixture', title: 'Т', reported: '2025-08-16', description: 'd', citations: [{ source: 's', title: 't' }], terms: { 'UA-14': { action: 'cede' }, 'UA-63': { action: 'return' } } };
  const result = computeSwap(prepare(fixtureOblasts, line), scenario);

  test('the CSV: header of column titles, oblast names and states in Ukrainian; the sidecar keys English', () => {
    const en = figuresTableCsv([{ date: '2025-08-15', result }], scenario);
    expect(en.split('\r\n')[0]).toBe(`\uFEFF${figuresColumns().map((c) => c.name).join(',')}`);
    setLang('uk');
    const csv = figuresTableCsv([{ date: '2025-08-15', result }], scenario);
    const header = csv.slice(1).split('\r\n')[0]!;
    expect(header.startsWith('Дата лінії,Сценарій,ISO 3166-2,Область,Пропозиція,Площа області (км²)')).toBe(true);
    expect(header).not.toMatch(english);
    expect(csv).toMatch(/Донецька область,відходить Росії/);
    expect(csv).toMatch(/TOTAL,Усі області/);
    const side = figuresCsvSidecar({ scenario, line: { date: '2025-08-15', source: 'x' }, attribution: [] }, 'a.csv');
    expect(Object.keys(side)).toEqual(['generator', 'describes', 'encoding', 'note', 'scenario', 'line', 'attribution', 'method', 'columns']);
    expect(side.encoding).toMatch(cyrillic);
    expect(side.note).toMatch(cyrillic);
    expect(side.line.meaning).toMatch(cyrillic);
    for (const c of side.columns) {
      expect(c.name).toMatch(/^[a-z0-9_]+$/);
      expect(`${c.title} ${c.description} ${c.unit ?? ''}`).toMatch(cyrillic);
    }
  });

  test('legend, tags, credit, presets and refusals in Ukrainian', () => {
    const enLegend = legendEntries(defaultTheme, ['line', 'pre2022', 'cede', 'freeze', 'return', 'proposed'], '2025-08-15').map((e) => e.label);
    expect(enLegend[0]).toBe('Russian-controlled, 15 Aug 2025, and the contact line');
    expect(creditLine(null)).toBe('Made with swapmap; method & sources in its About page.');
    setLang('uk');
    const labels = legendEntries(defaultTheme, ['line', 'pre2022', 'cede', 'freeze', 'return', 'proposed'], '2025-08-15').map((e) => e.label);
    expect(labels).toHaveLength(enLegend.length);
    for (const l of labels) {
      expect(l).toMatch(cyrillic);
      expect(l).not.toMatch(english);
    }
    const tags = compareTags('2025-08-15', 'Т');
    expect(tags.before).toBe('Зараз: під контролем Росії, 15 серп. 2025');
    expect(creditLine('https://example.org/#about')).toMatch(/^Зроблено за допомогою swapmap\. Метод і джерела: https/);
    expect(creditLine(null)).toMatch(cyrillic);
    expect(creditUrlProblem('javascript:x')).toMatch(/має починатися з https:\/\//);
    expect(exportSizeProblem(9)).toMatch(/масштаб 9 поза межами/);
    for (const p of PRESETS) expect(p.label).toMatch(cyrillic);
  });
});

describe('the commands in Ukrainian', () => {
  test('npm run figures -- --lang uk: the table in Ukrainian, oblasts by their Ukrainian names', () => {
    const out = figures(['--lang', 'uk']);
    expect(out).toMatch(/^Пропозиція серпня 2025 р\., про яку повідомляли ЗМІ \(aug-2025; повідомлено 2025-08-16\)$/m);
    expect(out).toMatch(/^Донецька область +Відходить Росії +\d/m);
    expect(out).toMatch(/^Чиста зміна для Росії: +\+\d/m);
    expect(out).toMatch(/^Людей у населених пунктах, що відходять: +[\d\u00a0\u202f]+ осіб у \d+ населених пунктах \(довоєнні цифри\)$/m);
    // Nothing left in English but the line's source (the built-in line's name, another area's).
    const prose = out.split('\n').filter((l) => !l.startsWith('Лінія:'));
    for (const l of prose) expect(l).not.toMatch(english);
    expect(figures(['--lang', 'en'])).toMatch(/^Reported proposal of August 2025 \(aug-2025; reported 2025-08-16\)$/m);
    expect(() => figures(['--lang', 'fr'])).toThrow(/--lang must be one of en, uk, not “fr”/);
  }, 120_000);

  test('npm run snapshot -- --lang uk: lang=uk in the page\'s link; messages in Ukrainian', () => {
    const known = { scenarioIds: ['aug-2025'], lineDates: ['2025-08-15'] };
    expect(parseSnapshotArgs(['--out', 'a.png', '--lang', 'uk'], known)).toMatchObject({ ok: true, value: { hash: '#lang=uk', lang: 'uk' } });
    expect(parseSnapshotArgs(['--out', 'a.png', '--state', 'map=6/48/37&lang=en', '--lang', 'uk'], known)).toMatchObject({ ok: true, value: { hash: '#map=6/48/37&lang=uk' } });
    expect(parseSnapshotArgs(['--out', 'a.png', '--state', '#lang=uk'], known)).toMatchObject({ ok: true, value: { hash: '#lang=uk' } });
    expect(parseSnapshotArgs(['--out', 'a.png', '--lang', 'de'], known)).toEqual({ ok: false, error: '--lang must be one of en, uk, not “de”' });
    setLang('uk');
    expect(parseSnapshotArgs(['--out', 'a.png', '--scale', '9'], known)).toEqual({ ok: false, error: '--scale "9" не є числом від 0.5 до 8' });
    expect(parseSnapshotArgs([], known)).toMatchObject({ ok: false, error: expect.stringMatching(/^потрібно вказати --out ФАЙЛ\.png/) });
  });
});
