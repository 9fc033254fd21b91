/**
 * Data exports of a scenario: its computed layers as one GeoJSON FeatureCollection and its
 * figures as CSV with a JSON sidecar, each carrying where the numbers come from. Pure: no DOM,
 * no map, no clock.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Scenario } from '../data/scenario';
import type { SwapResult } from '../geometry/swap';
import { lang, msg } from '../text/i18n';
import { oblastName } from '../text/names';

/** The current line's date and source, as the app cites it. */
export interface LineInfo {
  date: string;
  source: string;
}

/** Provenance carried by every export. */
export interface Provenance {
  scenario: Scenario;
  line: LineInfo;
  /** Plain-text attribution of every data source. */
  attribution: readonly string[];
}

/** Units of the numeric properties, stated in the exports (keys English, words in the current language). */
export function units(): { areaKm2: string; shareOfOblast: string; coordinates: string } {
  const c = msg().csv;
  return { areaKm2: c.unitsArea, shareOfOblast: c.unitsShare, coordinates: c.unitsCoordinates };
}

/** Which computed layer a feature of the GeoJSON export belongs to. */
export type ExportLayer = 'part' | 'proposed-area' | 'frozen-line' | 'proposed-line';

/** File-name-safe form of a text (lower case, dashes). */
function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'none';
}

/**
 * The export's file name: `swapmap-SCENARIO-DATE[SUFFIX].EXT`, e.g.
 * `swapmap-aug-2025-2025-08-15-1200x630.png`. `suffix` names the size (`1200x630`, `@2x`).
 */
export function exportFileName(scenarioId: string, lineDate: string, ext: 'png' | 'geojson' | 'csv' | 'json', suffix = ''): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(lineDate) ? lineDate : 'undated';
  const sfx = suffix === '' ? '' : suffix.startsWith('@') ? `@${slug(suffix.slice(1))}` : `-${slug(suffix)}`;
  return `swapmap-${slug(scenarioId)}-${date}${sfx}.${ext}`;
}

function metadata(p: Provenance) {
  return {
    generator: 'swapmap',
    scenario: {
      id: p.scenario.id,
      title: p.scenario.title,
      reported: p.scenario.reported,
      description: p.scenario.description,
      citations: p.scenario.citations.map((c) => ({ ...c })),
    },
    line: { date: p.line.date, source: p.line.source, meaning: msg().csv.lineMeaning },
    attribution: [...p.attribution],
    units: units(),
    note: msg().csv.note,
  };
}

/** The GeoJSON export: a FeatureCollection with a top-level `metadata` member. */
export type ExportCollection = FeatureCollection<Geometry, Record<string, unknown> & { layer: ExportLayer }> & {
  metadata: ReturnType<typeof metadata>;
};

/**
 * The computed layers of one scenario (parts, proposed area, frozen line, proposed line) as one
 * FeatureCollection; each feature's `layer` property says which. Empty layers add no features.
 */
export function scenarioGeoJson(result: SwapResult, p: Provenance): ExportCollection {
  const tag = <G extends Geometry, P>(layer: ExportLayer, fc: FeatureCollection<G, P>) =>
    fc.features
      .filter((f) => f.geometry)
      .map((f): Feature<Geometry, Record<string, unknown> & { layer: ExportLayer }> => ({
        type: 'Feature',
        properties: { layer, ...(f.properties as Record<string, unknown>) },
        geometry: f.geometry,
      }));
  return {
    type: 'FeatureCollection',
    metadata: metadata(p),
    features: [
      ...tag('part', result.parts),
      ...tag('proposed-area', result.proposed),
      ...tag('frozen-line', result.frozenLine),
      ...tag('proposed-line', result.proposedLine),
    ],
  };
}

/** One CSV field: quoted when needed; text that a spreadsheet would run as a formula is defused. */
export function csvField(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The oblasts the figures panel lists, in its order: those the scenario names and those with a
 * Russian-held area (most of the country is neither: rows of zeros).
 */
export function listedOblasts(result: Pick<SwapResult, 'oblasts'>, scenario: Pick<Scenario, 'terms'>): SwapResult['oblasts'] {
  return result.oblasts.filter((o) => scenario.terms[o.iso] || o.russianBeforeKm2 > 0);
}

/** The `iso` of the totals row. */
const TOTAL = 'TOTAL';
/** The byte-order mark: tells spreadsheets (Excel above all) that the file is UTF-8 (km², –, ’). */
const BOM = '\uFEFF';

/**
 * A column of the figures CSV: its name (the machine key: the English file's header), what a
 * reader calls it (the header in another language), its unit and what it holds, in words of the
 * current language.
 */
export interface CsvColumn {
  name: string;
  title: string;
  unit?: string;
  description: string;
}

/** The columns of the figures CSV, in order: every figure of the figures panel, in the current language. */
export function figuresColumns(): CsvColumn[] {
  const m = msg();
  const c = m.csv;
  const km2Col = (name: string, title: string, description: string): CsvColumn => ({ name: `${name}_km2`, title: c.km2Title(title), unit: c.unitKm2, description });
  const pctCol = (name: string, title: string): CsvColumn => ({ name: `${name}_pct`, title: c.pctTitle(title), unit: c.unitPct, description: c.pctDesc(title) });
  return [
    { name: 'date', title: c.lineDate, description: c.lineDateDesc },
    { name: 'scenario', title: c.scenario, description: c.scenarioDesc },
    { name: 'iso', title: c.iso, description: c.isoDesc(TOTAL) },
    { name: 'oblast', title: m.figure.oblast, description: c.oblastDesc(m.figure.allOblasts) },
    {
      name: 'proposal',
      title: m.figure.proposal,
      description: c.proposalDesc((['cede', 'return', 'freeze'] as const).map((k) => `"${m.parts[k].state}"`).join(', '), m.parts.unchanged.state),
    },
    km2Col('oblast', c.oblastArea, c.oblastAreaDesc),
    km2Col('russian_held_now', m.figure.heldNow, c.heldNowDesc),
    pctCol('russian_held_now', m.figure.heldNow),
    km2Col('ceded', m.parts.cede.label, m.parts.cede.land),
    pctCol('ceded', m.parts.cede.label),
    km2Col('returned', m.parts.return.label, m.parts.return.land),
    pctCol('returned', m.parts.return.label),
    km2Col('frozen', m.parts.freeze.label, m.parts.freeze.land),
    pctCol('frozen', m.parts.freeze.label),
    km2Col('held_unchanged', m.parts.unchanged.label, m.parts.unchanged.land),
    pctCol('held_unchanged', m.parts.unchanged.label),
    km2Col('russian_held_after', m.figure.heldAfter, c.heldAfterDesc),
    pctCol('russian_held_after', m.figure.heldAfter),
    km2Col('net_change_russia', m.figure.netRussia, c.netRussiaDesc),
    km2Col('net_change_ukraine', m.figure.netUkraine, c.netUkraineDesc),
    { name: 'ratio_ceded_to_returned', title: m.figure.ratio, unit: c.unitRatio, description: c.ratioDesc },
    { name: 'people_ceded', title: c.peopleCeded, unit: c.unitPeople, description: c.peopleCededDesc },
    { name: 'people_returned', title: c.peopleReturned, unit: c.unitPeople, description: c.peopleReturnedDesc },
  ];
}

/**
 * The header row's cells: the columns' names in English (the keys scripts read), their titles in
 * another language (the sidecar's `columns` gives each title's name).
 */
export function figuresHeader(): string[] {
  return figuresColumns().map((c) => (lang() === 'en' ? c.name : c.title));
}

/** The people counted in a date's parts (geometry/people.ts), for the CSV's people columns. */
export interface CsvPeople {
  /** Per part of the result, in its order: iso, part and people. */
  parts: readonly { iso: string; part: string; people: number }[];
  totals: { cede: { people: number }; return: { people: number } };
}


const pctOf = (km2: number, of: number) => (of > 0 ? Math.round((km2 / of) * 10000) / 100 : null);

/**
 * The figures of the figures panel as a CSV for spreadsheets and scripts (issue #11): UTF-8 with a
 * byte-order mark, the header on the first row, then per date one row per oblast the panel lists
 * and a row of the totals (iso `TOTAL`). No comment rows: where the numbers come from is in the
 * JSON sidecar ({@link figuresCsvSidecar}). Every text cell is quoted as needed and defused.
 */
export function figuresTableCsv(rows: readonly { date: string; result: Pick<SwapResult, 'oblasts' | 'totals'>; people?: CsvPeople | null }[], scenario: Pick<Scenario, 'id' | 'terms'>): string {
  const out = [figuresHeader().map(csvField).join(',')];
  const round1 = (x: number) => Math.round(x * 10) / 10;
  for (const { date, result, people } of rows) {
    const t = result.totals;
    const peopleIn = (iso: string, part: 'cede' | 'return') => (people ? people.parts.filter((p) => p.iso === iso && p.part === part).reduce((s, p) => s + p.people, 0) : null);
    for (const o of listedOblasts(result, scenario)) {
      const term = scenario.terms[o.iso];
      const a = o.oblastKm2;
      out.push(
        [
          date, scenario.id, o.iso, oblastName(o.iso, o.oblast), msg().parts[term ? term.action : 'unchanged'].state, a,
          o.russianBeforeKm2, pctOf(o.russianBeforeKm2, a),
          o.cedeKm2, pctOf(o.cedeKm2, a),
          o.returnKm2, pctOf(o.returnKm2, a),
          o.freezeKm2, pctOf(o.freezeKm2, a),
          o.unchangedKm2, pctOf(o.unchangedKm2, a),
          o.russianAfterKm2, pctOf(o.russianAfterKm2, a),
          round1(o.cedeKm2 - o.returnKm2), round1(o.returnKm2 - o.cedeKm2),
          null,
          peopleIn(o.iso, 'cede'), peopleIn(o.iso, 'return'),
        ].map(csvField).join(','),
      );
    }
    // The totals of the figures panel and `npm run figures`, not a re-sum of the rounded rows.
    const sum = (k: 'oblastKm2' | 'russianBeforeKm2' | 'russianAfterKm2') => round1(result.oblasts.reduce((s, o) => s + o[k], 0));
    out.push(
      [
        date, scenario.id, TOTAL, msg().figure.allOblasts, null, sum('oblastKm2'),
        sum('russianBeforeKm2'), null,
        t.cedeKm2, null,
        t.returnKm2, null,
        t.freezeKm2, null,
        t.unchangedKm2, null,
        sum('russianAfterKm2'), null,
        t.netRussiaKm2, t.netUkraineKm2,
        t.ratio,
        people ? people.totals.cede.people : null, people ? people.totals.return.people : null,
      ].map(csvField).join(','),
    );
  }
  return BOM + out.join('\r\n') + '\r\n';
}

/** The file name of a CSV's JSON sidecar: `x.csv` → `x-csv-sources.json`, beside it. */
export function csvSidecarName(csvName: string): string {
  return `${csvName.replace(/\.csv$/i, '')}-csv-sources.json`;
}

/**
 * The JSON sidecar of the figures CSV, written beside it: which file it describes, the scenario
 * and its citations, the line(s), the attribution of every data source, where the method is
 * documented, and what each column means, with its unit.
 */
export function figuresCsvSidecar(p: Provenance & { dates?: readonly string[]; methodUrl?: string }, csvFileName: string) {
  const m = metadata(p);
  return {
    generator: m.generator,
    describes: csvFileName,
    encoding: msg().csv.encoding,
    note: m.note,
    scenario: m.scenario,
    line: p.dates && p.dates.length > 1 ? { dates: [...p.dates], source: p.line.source, meaning: m.line.meaning } : m.line,
    attribution: m.attribution,
    method: p.methodUrl ?? null,
    columns: figuresColumns(),
  };
}
