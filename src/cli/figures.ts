/**
 * `npm run figures -- --scenario aug-2025 [--line FILE …] [--status KEY=russian|contested|ignored …]
 * [--date YYYY-MM-DD | --all-dates] [--json | --csv [--out FILE.csv]] [--lang en|uk]`: the swap's figures from the
 * same reader and geometry code as the app. --csv prints the table the page's CSV button saves;
 * with --out it is written to FILE.csv, with its JSON sidecar of sources and columns beside it.
 * Several --line files are read together as layers (e.g. ISW's control and advances). Exit 2 with
 * one line on bad input, before any heavy work where it can be told. --lang uk gives the text, the
 * CSV and the JSON's human strings (titles, names, definitions) in Ukrainian; JSON keys and
 * CSV file names stay English.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lineDate } from '../data/line';
import type { Scenario } from '../data/scenario';
import type { LineCollection, OblastCollection, TownCollection } from '../data/types';
import { estimateWhen, type Estimate } from '../data/estimate';
import { peopleDefinition, peopleLimits, readPlaces, type PlacesFile } from '../data/places';
import { countPeople, ownSum, type SwapPeople } from '../geometry/people';
import { deriveLine } from '../geometry/derive';
import type { SwapResult } from '../geometry/swap';
import { assembleLine } from '../read/assemble';
import { isError, MAX_FILES, outsideMessage, quote, refuseFiles } from '../read/errors';
import type { Counted } from '../read/formats';
import { defaultCounting, readLineFiles, type LineFile } from '../read/index';
import { builtInLineDates, readEstimates, readScenarios } from './scenario_files';
import { builtInSource, defaultLineId } from '../state/lines';
import { csvSidecarName, figuresCsvSidecar, figuresTableCsv } from '../export/data_export';
import { attributionText, type SourcesFile } from '../ui/attribution';
import { lang, LANGS, langOf, locale, msg, num as fmt, plural, setCatalogue, setLang } from '../text/i18n';
import { uk } from '../text/messages/uk';
import { oblastName, registerOblastNames } from '../text/names';

setCatalogue('uk', uk);

const ROOT = resolve(import.meta.dirname, '../..');

/** Bad input: the command prints `figures: <message>` as one line on stderr and exits with 2. */
export class FiguresRefusal extends Error {}

function fail(message: string): never {
  throw new FiguresRefusal(message.replace(/\s*\n\s*/g, ' '));
}

export interface LineInfo {
  date: string;
  source: string;
  /** What was read from a loaded file and how it counts. */
  read?: string;
}

/** The people of a result, what they count, and the published estimates beside them (geometry/people.ts). */
export interface PeopleInfo {
  counted: SwapPeople;
  places: PlacesFile;
  definition: string;
  estimates: readonly Estimate[];
}

/**
 * The figures as JSON. With `people`: `population` ({people, places}) and `settlements` (name,
 * population, largest first) on each part, `population` on each oblast (Ukrainian-held,
 * Russian-held on the line's date, Russian-held after) and in the totals (cede, return, freeze,
 * netRussiaPeople), and `people` (definition, limits, floor, scope, estimates with our own sum).
 */
export function figuresJson(result: SwapResult, scenario: Scenario, line: LineInfo, people?: PeopleInfo) {
  const c = people?.counted;
  const byIso = new Map(c?.oblasts.map((o) => [o.iso, o]));
  return {
    scenario: { id: scenario.id, title: scenario.title, reported: scenario.reported, citations: scenario.citations.map((c) => c.source) },
    line,
    parts: result.parts.features.map((f, i) => ({
      iso: f.properties.iso,
      oblast: oblastName(f.properties.iso, f.properties.oblast),
      part: f.properties.part,
      areaKm2: f.properties.areaKm2,
      shareOfOblast: f.properties.shareOfOblast,
      ...(c && {
        population: { people: c.parts[i]!.people, places: c.parts[i]!.places },
        settlements: c.parts[i]!.settlements.map((s) => ({ name: s.name, ...(s.name_uk && { name_uk: s.name_uk }), population: s.population })),
      }),
    })),
    oblasts: result.oblasts
      .filter((o) => o.russianBeforeKm2 > 0 || o.cedeKm2 > 0)
      .map((o) => {
        const p = byIso.get(o.iso);
        o = { ...o, oblast: oblastName(o.iso, o.oblast) };
        return p ? { ...o, population: { ukrainianHeld: p.ukrainianHeld, russianHeld: p.russianHeld, russianAfter: p.russianAfter } } : o;
      }),
    totals: c ? { ...result.totals, population: c.totals } : result.totals,
    ...(people && {
      people: {
        definition: people.definition,
        limits: peopleLimits(),
        floor: people.places.floor,
        scope: people.places.scope,
        estimates: people.estimates.map((e) => ({ ...e, ours: ownSum(e.scope, people.counted, people.places.places) })),
      },
    }),
  };
}

/** A figure as the data give it (0.05, 12.3), with the language's decimal sign. */
const dec = (x: number) => (lang() === 'en' ? String(x) : x.toLocaleString(locale(), { maximumFractionDigits: 6, useGrouping: false }));

function table(j: ReturnType<typeof figuresJson>): string {
  const c = msg().cli;
  const out: string[] = [];
  out.push(c.heading(j.scenario.title, j.scenario.id, j.scenario.reported));
  out.push(c.line(j.line.date || c.undatedLine, j.line.source));
  if (j.line.read) out.push(c.read(j.line.read));
  out.push('');
  const pad = (s: string, n: number) => s.padEnd(n);
  const num = (x: number, n = 10) => fmt(x, 0).padStart(n);
  const people = (p: (typeof j.parts)[number]) =>
    p.population ? `${num(p.population.people, 12)}${num(p.population.places, 8)}${j.people?.scope.includes(p.iso) ? '' : c.bigCitiesOnly(fmt(100_000))}` : '';
  // Columns as wide as their longest entry (the Ukrainian names are longer than the English).
  const oblastW = Math.max(16, ...j.parts.map((p) => p.oblast.length + 2));
  const partW = Math.max(17, ...j.parts.map((p) => msg().parts[p.part].label.length + 2));
  const pctW = Math.max(13, c.pctOfOblast.length + 2);
  out.push(`${pad(msg().figure.oblast, oblastW)}${pad(c.part, partW)}${msg().common.km2.padStart(10)}${c.pctOfOblast.padStart(pctW)}${j.people ? `${c.people.padStart(12)}${c.places.padStart(8)}` : ''}`);
  for (const p of j.parts) {
    out.push(`${pad(p.oblast, oblastW)}${pad(msg().parts[p.part].label, partW)}${num(p.areaKm2)}${fmt(p.shareOfOblast * 100, 1).padStart(pctW - 1)}%${people(p)}`);
  }
  const t = j.totals;
  const km2 = msg().common.km2;
  out.push('');
  const rows: [string, string][] = [
    [c.cededRow(msg().parts.cede.label), `${num(t.cedeKm2)} ${km2}`],
    [c.returnedRow(msg().parts.return.label), `${num(t.returnKm2)} ${km2}`],
    [c.frozenRow(msg().parts.freeze.state), `${num(t.freezeKm2)} ${km2}`],
    [c.unchangedRow(msg().parts.unchanged.state), `${num(t.unchangedKm2)} ${km2}`],
    [msg().figure.ratio, t.ratio === null ? c.nothingReturned(msg().figure.nothingReturned) : `${fmt(t.ratio, 2)} : 1`],
    [msg().figure.netRussia, `${t.netRussiaKm2 >= 0 ? '+' : ''}${num(t.netRussiaKm2, 0)} ${km2}`],
    [c.slivers, c.sliversValue(String(t.slivers.count), dec(t.slivers.thresholdKm2), dec(t.slivers.areaKm2))],
  ];
  const w = Math.max(...rows.map(([k]) => k.length)) + 2;
  for (const [k, v] of rows) out.push(`${(k + ':').padEnd(w)}${v.length < 16 ? v.padStart(14) : v}`);
  if (t.artefacts.count) out.push(c.artefacts(String(t.artefacts.count), dec(t.artefacts.areaKm2), dec(t.artefacts.widthKm)));
  if (t.attributed.count) out.push(c.attributed(String(t.attributed.count), dec(t.attributed.areaKm2)));
  if ('population' in t && j.people) {
    const h = (x: { people: number; places: number }) => c.peopleIn(plural(x.people, c.peopleCount), plural(x.places, c.placesCount));
    out.push('');
    out.push(c.peopleCeded(h(t.population.cede)));
    out.push(c.peopleReturned(h(t.population.return)));
    out.push(c.peopleFrozen(h(t.population.freeze)));
    out.push(j.people.definition);
    out.push(j.people.limits);
    for (const e of j.people.estimates) {
      const ours = e.ours ? c.ours(h(e.ours)) : '';
      out.push(c.published(e.what, e.approximate, num(e.people, 0), estimateWhen(e.when), e.citations.map((x) => x.source).join('; '), ours));
    }
  }
  return out.join('\n');
}

/**
 * Read a --line file, refusing before reading what is not a regular file (a device such as
 * /dev/zero, a pipe, a directory) or is over the size limit.
 */
function readLineArg(arg: string): LineFile {
  const path = resolve(arg);
  let fd: number;
  try {
    // Non-blocking: opening a FIFO for reading otherwise waits for a writer, for ever. It has no
    // effect on a regular file; anything else is refused by its fstat below.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    fail(msg().cli.cannotRead(quote(arg, 120), (e as NodeJS.ErrnoException).code ?? (e as Error).message));
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) fail(msg().cli.notRegular(quote(arg, 120)));
    const refusal = refuseFiles([{ name: basename(path), size: st.size }]);
    if (refusal) fail(refusal);
    const bytes = new Uint8Array(st.size);
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, bytes, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    return { name: basename(path), bytes: bytes.subarray(0, off) };
  } finally {
    closeSync(fd);
  }
}

const COUNTED: readonly Counted[] = ['russian', 'contested', 'ignored'];

const OPTIONS = {
  scenario: { type: 'string', default: 'aug-2025' },
  line: { type: 'string', multiple: true },
  status: { type: 'string', multiple: true },
  date: { type: 'string' },
  'all-dates': { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  csv: { type: 'boolean', default: false },
  out: { type: 'string' },
  lang: { type: 'string', default: 'en' },
} as const;

function readArgs(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS }).values;
  } catch (e) {
    fail((e as Error).message);
  }
}

let oblastsCache: OblastCollection | null = null;
let placesCache: PlacesFile | null = null;

/** places.json joined with the towns (data/places.ts), read once. */
function readPlacesFile(): PlacesFile {
  if (placesCache) return placesCache;
  const towns = JSON.parse(readFileSync(join(ROOT, 'geodata/towns.geojson'), 'utf8')) as TownCollection;
  const read = readPlaces(JSON.parse(readFileSync(join(ROOT, 'geodata/places.json'), 'utf8')), towns);
  if ('error' in read) fail(read.error);
  return (placesCache = read);
}

/** The language asked for (`--lang`), made the current one: English by default. */
function useLanguage(given: string): void {
  const l = langOf(given);
  setLang('en');
  if (!l || l !== given.trim().toLowerCase()) fail(msg().cli.badLang(given, LANGS.join(', ')));
  setLang(l);
}

/**
 * The whole command, in-process: what `figures ARGV…` prints on stdout, or a thrown
 * {@link FiguresRefusal} carrying the one line it prints on stderr (without "figures: ").
 * `main` adds nothing to it but the printing, so tests may call it for the command.
 */
export function figures(argv: readonly string[]): string {
  const args = readArgs(argv);
  useLanguage(args.lang);
  let scenarios: Scenario[];
  try {
    scenarios = readScenarios();
  } catch (e) {
    fail((e as Error).message);
  }
  const scenario = scenarios.find((s) => s.id === args.scenario);
  const c = msg().cli;
  if (!scenario) fail(c.unknownScenario(quote(args.scenario, 40), scenarios.map((s) => s.id).join(', ')));
  if (args.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.date)) fail(c.badDate(quote(args.date, 40)));
  const overrides: Record<string, Counted> = {};
  for (const s of args.status ?? []) {
    const m = /^(.+)=(russian|contested|ignored)$/.exec(s);
    if (!m) fail(c.badStatus(COUNTED.join('|'), quote(s, 60)));
    overrides[m[1]!] = m[2] as Counted;
  }
  const lineArgs = args.line ?? [];
  if (lineArgs.length > MAX_FILES) fail(refuseFiles(lineArgs.map((name) => ({ name, size: 0 })))!);
  const oblasts = (oblastsCache ??= JSON.parse(readFileSync(join(ROOT, 'geodata/oblasts.geojson'), 'utf8')) as OblastCollection);
  registerOblastNames(oblasts.features);

  if (args.json && args.csv) fail(c.jsonAndCsv);
  if (args.out !== undefined && !args.csv) fail(c.outNeedsCsv);
  if (args.out !== undefined && !/\.csv$/i.test(args.out)) fail(c.outCsvName(quote(args.out, 80)));
  if (args['all-dates'] && args.date) fail(c.dateAndAll);
  if (args['all-dates'] && lineArgs.length === 0) fail(c.allNeedsLines);

  if (lineArgs.length === 0) {
    // The default line of the app: the latest built-in one.
    const file = `geodata/lines/${defaultLineId(builtInLineDates())}.geojson`;
    const line = JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as LineCollection;
    const derived = deriveLine(oblasts, [scenario], line);
    if (!derived) fail(c.noAreaInside(file));
    return print([{ result: derived.results.get(scenario.id)!, line: derived.line, info: { date: lineDate(line), source: `${builtInSource()} (${file})` } }]);
  }
  const read = readLineFiles(lineArgs.map(readLineArg));
  if (isError(read)) fail(read.error);
  const counting = defaultCounting(read);
  for (const [k, v] of Object.entries(overrides)) {
    if (!(k in counting)) fail(c.noSuchStatus(quote(k, 60), Object.keys(counting).join(', ')));
    counting[k] = v;
  }
  if (args.date && !read.dates.includes(args.date)) fail(c.dateNotInFile(args.date, read.dates.length ? c.theDates(read.dates.join(', ')) : c.noDates));
  const dates = args['all-dates'] ? (read.dates.length ? read.dates : ['']) : [args.date ?? ''];
  const out: Row[] = [];
  for (const date of dates) {
    const assembled = assembleLine(read, counting, date || undefined);
    if (isError(assembled)) fail(assembled.error);
    const derived = deriveLine(oblasts, [scenario], assembled.line);
    if (!derived) fail(outsideMessage(lineArgs.map((a) => basename(resolve(a)))).replace(/\.$/, date ? c.onDate(date) : '.'));
    out.push({ result: derived.results.get(scenario.id)!, line: derived.line, info: { date: assembled.date, source: assembled.source, read: assembled.description } });
  }
  return print(out);

  function print(rows: Row[]): string {
    if (args.csv) {
      const counted = readPlacesFile();
      const csv = figuresTableCsv(rows.map((r) => ({ date: r.info.date, result: r.result, people: countPeople(oblasts, r.line, r.result, counted.places) })), scenario!);
      if (args.out === undefined) return csv;
      const sources = JSON.parse(readFileSync(join(ROOT, 'geodata/sources.json'), 'utf8')) as SourcesFile;
      const info = rows[0]!.info;
      const sidecar = figuresCsvSidecar(
        { scenario: scenario!, line: { date: info.date, source: info.source }, dates: rows.map((r) => r.info.date), attribution: [...attributionText(sources), c.frontLine(info.source)] },
        basename(args.out),
      );
      const side = join(dirname(resolve(args.out)), csvSidecarName(basename(args.out)));
      try {
        writeFileSync(args.out, csv);
        writeFileSync(side, JSON.stringify(sidecar, null, 2) + '\n');
      } catch (e) {
        fail(c.outFailed(quote(args.out, 80), (e as NodeJS.ErrnoException).code ?? (e as Error).message));
      }
      return c.wrote(args.out, side);
    }
    const places = readPlacesFile();
    const estimates = readEstimates();
    const nameOf = (iso: string) => oblastName(iso, oblasts.features.find((o) => o.properties.iso === iso)?.properties.name ?? iso);
    const peopleOf = (r: Row): PeopleInfo => ({
      counted: countPeople(oblasts, r.line, r.result, places.places),
      places,
      definition: peopleDefinition(places, nameOf),
      estimates,
    });
    if (args['all-dates']) {
      const list = rows.map((r) => ({
        date: r.info.date,
        totals: { ...r.result.totals, population: peopleOf(r).counted.totals },
        oblasts: r.result.oblasts.filter((o) => o.russianBeforeKm2 > 0 || o.cedeKm2 > 0).map((o) => ({ ...o, oblast: oblastName(o.iso, o.oblast) })),
      }));
      return args.json ? JSON.stringify(list, null, 2) + '\n' : datesTable(list) + '\n';
    }
    const j = figuresJson(rows[0]!.result, scenario!, rows[0]!.info, peopleOf(rows[0]!));
    return args.json ? JSON.stringify(j, null, 2) + '\n' : table(j) + '\n';
  }
}

/** One computed line of the command: the scenario's result, the line as drawn, what it is. */
interface Row {
  result: SwapResult;
  line: LineCollection;
  info: LineInfo;
}

/** One line per date: ceded, returned, ratio. */
function datesTable(list: { date: string; totals: SwapResult['totals'] }[]): string {
  const c = msg().cli;
  // Columns as wide as their heading (the Ukrainian headings are longer than the English).
  const [dw, cw, rw, qw] = [Math.max(12, msg().common.undated.length + 2), Math.max(10, c.cededKm2.length + 1), Math.max(10, c.returned.length + 1), Math.max(10, c.ratio.length + 1)];
  const num = (x: number, n: number) => fmt(x, 0).padStart(n);
  const rows = list.map((d) => `${(d.date || msg().common.undated).padEnd(dw)}${num(d.totals.cedeKm2, cw)}${num(d.totals.returnKm2, rw)}${(d.totals.ratio === null ? c.notApplicable : fmt(d.totals.ratio, 2)).padStart(qw)}`);
  return [`${c.date.padEnd(dw)}${c.cededKm2.padStart(cw)}${c.returned.padStart(rw)}${c.ratio.padStart(qw)}`, ...rows].join('\n');
}

function main(): void {
  let out: string;
  try {
    out = figures(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof FiguresRefusal)) throw e;
    process.stderr.write(`figures: ${e.message}\n`);
    process.exitCode = 2;
    return;
  }
  process.stdout.write(out);
}

// Run as a command; imported (by the tests), it only exports.
if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) main();
