/**
 * `npm run figures -- --scenario aug-2025 [--line FILE …] [--status KEY=russian|contested|ignored …]
 * [--date YYYY-MM-DD | --all-dates] [--json | --csv [--out FILE.csv]]`: the swap's figures from the
 * same reader and geometry code as the app. --csv prints the table the page's CSV button saves;
 * with --out it is written to FILE.csv, with its JSON sidecar of sources and columns beside it.
 * Several --line files are read together as layers (e.g. ISW's control and advances). Exit 2 with
 * one line on bad input, before any heavy work where it can be told.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lineDate } from '../data/line';
import type { Scenario } from '../data/scenario';
import type { LineCollection, OblastCollection, TownCollection } from '../data/types';
import { estimateWhen, type Estimate } from '../data/estimate';
import { PEOPLE_LIMITS, peopleDefinition, readPlaces, type PlacesFile } from '../data/places';
import { countPeople, ownSum, type SwapPeople } from '../geometry/people';
import { deriveLine } from '../geometry/derive';
import type { SwapResult } from '../geometry/swap';
import { assembleLine } from '../read/assemble';
import { isError, MAX_FILES, outsideMessage, quote, refuseFiles } from '../read/errors';
import type { Counted } from '../read/formats';
import { defaultCounting, readLineFiles, type LineFile } from '../read/index';
import { builtInLineDates, readEstimates, readScenarios } from './scenario_files';
import { BUILT_IN_SOURCE, defaultLineId } from '../state/lines';
import { csvSidecarName, figuresCsvSidecar, figuresTableCsv } from '../export/data_export';
import { attributionText, type SourcesFile } from '../ui/attribution';
import { msg } from '../text/i18n';

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
      oblast: f.properties.oblast,
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
        return p ? { ...o, population: { ukrainianHeld: p.ukrainianHeld, russianHeld: p.russianHeld, russianAfter: p.russianAfter } } : o;
      }),
    totals: c ? { ...result.totals, population: c.totals } : result.totals,
    ...(people && {
      people: {
        definition: people.definition,
        limits: PEOPLE_LIMITS,
        floor: people.places.floor,
        scope: people.places.scope,
        estimates: people.estimates.map((e) => ({ ...e, ours: ownSum(e.scope, people.counted, people.places.places) })),
      },
    }),
  };
}

function table(j: ReturnType<typeof figuresJson>): string {
  const out: string[] = [];
  out.push(`${j.scenario.title} (${j.scenario.id}; reported ${j.scenario.reported})`);
  out.push(`Line: Russian-controlled area on ${j.line.date || 'an undated line'} — ${j.line.source}`);
  if (j.line.read) out.push(`Read: ${j.line.read}`);
  out.push('');
  const pad = (s: string, n: number) => s.padEnd(n);
  const num = (x: number, n = 10) => x.toLocaleString('en-GB', { maximumFractionDigits: 0 }).padStart(n);
  const people = (p: (typeof j.parts)[number]) =>
    p.population ? `${num(p.population.people, 12)}${num(p.population.places, 8)}${j.people?.scope.includes(p.iso) ? '' : '  (cities of 100,000+ only)'}` : '';
  out.push(`${pad('Oblast', 16)}${pad('Part', 17)}${'km²'.padStart(10)}${'% of oblast'.padStart(13)}${j.people ? `${'People'.padStart(12)}${'Places'.padStart(8)}` : ''}`);
  for (const p of j.parts) {
    out.push(`${pad(p.oblast, 16)}${pad(msg().parts[p.part].label, 17)}${num(p.areaKm2)}${(p.shareOfOblast * 100).toFixed(1).padStart(12)}%${people(p)}`);
  }
  const t = j.totals;
  out.push('');
  const rows: [string, string][] = [
    [msg().parts.cede.label + ' to Russia', `${num(t.cedeKm2)} km²`],
    [msg().parts.return.label + ' to Ukraine', `${num(t.returnKm2)} km²`],
    [`Russian-held, ${msg().parts.freeze.state}`, `${num(t.freezeKm2)} km²`],
    [`Russian-held, not in the proposal (${msg().parts.unchanged.state})`, `${num(t.unchangedKm2)} km²`],
    [msg().figure.ratio, t.ratio === null ? `n/a (${msg().figure.nothingReturned})` : `${t.ratio.toFixed(2)} : 1`],
    [msg().figure.netRussia, `${t.netRussiaKm2 >= 0 ? '+' : ''}${num(t.netRussiaKm2, 0)} km²`],
    ['Slivers dropped', `${t.slivers.count} pieces under ${t.slivers.thresholdKm2} km², ${t.slivers.areaKm2} km² in all`],
  ];
  const w = Math.max(...rows.map(([k]) => k.length)) + 2;
  for (const [k, v] of rows) out.push(`${(k + ':').padEnd(w)}${v.length < 16 ? v.padStart(14) : v}`);
  if (t.artefacts.count) out.push(`Artefacts of the line: ${t.artefacts.count} cut-off strips of "Ukrainian-held" land, ${t.artefacts.areaKm2} km², counted as Russian-held (thinner than ${t.artefacts.widthKm} km, cut off between the line and the border or coast)`);
  if (t.attributed.count) out.push(`Just outside our border: ${t.attributed.count} Russian-held pieces, ${t.attributed.areaKm2} km², added to the oblast they lie along`);
  if ('population' in t && j.people) {
    const h = (x: { people: number; places: number }) => `${num(x.people, 0)} people in ${num(x.places, 0)} place${x.places === 1 ? '' : 's'}`;
    out.push('');
    out.push(`People in the towns ceded:   ${h(t.population.cede)} (pre-war figures)`);
    out.push(`People in the towns returned: ${h(t.population.return)} (pre-war figures)`);
    out.push(`People in the towns frozen:   ${h(t.population.freeze)} (pre-war figures)`);
    out.push(j.people.definition);
    out.push(j.people.limits);
    for (const e of j.people.estimates) {
      const ours = e.ours ? ` — the towns counted here: ${h(e.ours)} (GeoNames, pre-2022)` : '';
      out.push(`Published: ${e.what}: ${e.approximate ? 'about ' : ''}${num(e.people, 0)} (${estimateWhen(e.when)}; ${e.citations.map((c) => c.source).join('; ')})${ours}`);
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
    fail(`cannot read line file ${quote(arg, 120)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) fail(`line file ${quote(arg, 120)} is not a regular file (a directory, device or pipe); give a file.`);
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

/**
 * The whole command, in-process: what `figures ARGV…` prints on stdout, or a thrown
 * {@link FiguresRefusal} carrying the one line it prints on stderr (without "figures: ").
 * `main` adds nothing to it but the printing, so tests may call it for the command.
 */
export function figures(argv: readonly string[]): string {
  const args = readArgs(argv);
  let scenarios: Scenario[];
  try {
    scenarios = readScenarios();
  } catch (e) {
    fail((e as Error).message);
  }
  const scenario = scenarios.find((s) => s.id === args.scenario);
  if (!scenario) fail(`unknown scenario “${quote(args.scenario, 40)}”; known: ${scenarios.map((s) => s.id).join(', ')}`);
  if (args.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.date)) fail(`--date must be YYYY-MM-DD, not “${quote(args.date, 40)}”`);
  const overrides: Record<string, Counted> = {};
  for (const s of args.status ?? []) {
    const m = /^(.+)=(russian|contested|ignored)$/.exec(s);
    if (!m) fail(`--status must be KEY=${COUNTED.join('|')} (e.g. deepstate:unknown=russian), not “${quote(s, 60)}”`);
    overrides[m[1]!] = m[2] as Counted;
  }
  const lineArgs = args.line ?? [];
  if (lineArgs.length > MAX_FILES) fail(refuseFiles(lineArgs.map((name) => ({ name, size: 0 })))!);
  const oblasts = (oblastsCache ??= JSON.parse(readFileSync(join(ROOT, 'geodata/oblasts.geojson'), 'utf8')) as OblastCollection);

  if (args.json && args.csv) fail('give --json or --csv, not both');
  if (args.out !== undefined && !args.csv) fail('--out writes the CSV: give it with --csv');
  if (args.out !== undefined && !/\.csv$/i.test(args.out)) fail(`--out ${quote(args.out, 80)}: give a file name ending in .csv`);
  if (args['all-dates'] && args.date) fail('give --date or --all-dates, not both');
  if (args['all-dates'] && lineArgs.length === 0) fail('--all-dates needs --line files with dates');

  if (lineArgs.length === 0) {
    // The default line of the app: the latest built-in one.
    const file = `geodata/lines/${defaultLineId(builtInLineDates())}.geojson`;
    const line = JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as LineCollection;
    const derived = deriveLine(oblasts, [scenario], line);
    if (!derived) fail(`${file} has no area inside the oblasts`);
    return print([{ result: derived.results.get(scenario.id)!, line: derived.line, info: { date: lineDate(line), source: `${BUILT_IN_SOURCE} (${file})` } }]);
  }
  const read = readLineFiles(lineArgs.map(readLineArg));
  if (isError(read)) fail(read.error);
  const counting = defaultCounting(read);
  for (const [k, v] of Object.entries(overrides)) {
    if (!(k in counting)) fail(`--status ${quote(k, 60)}: no such status in the file (found: ${Object.keys(counting).join(', ')})`);
    counting[k] = v;
  }
  if (args.date && !read.dates.includes(args.date)) fail(`--date ${args.date}: the file holds ${read.dates.length ? `the dates ${read.dates.join(', ')}` : 'no dates'}`);
  const dates = args['all-dates'] ? (read.dates.length ? read.dates : ['']) : [args.date ?? ''];
  const out: Row[] = [];
  for (const date of dates) {
    const assembled = assembleLine(read, counting, date || undefined);
    if (isError(assembled)) fail(assembled.error);
    const derived = deriveLine(oblasts, [scenario], assembled.line);
    if (!derived) fail(outsideMessage(lineArgs.map((a) => basename(resolve(a)))).replace(/\.$/, date ? ` on ${date}.` : '.'));
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
        { scenario: scenario!, line: { date: info.date, source: info.source }, dates: rows.map((r) => r.info.date), attribution: [...attributionText(sources), `Front line: ${info.source}`] },
        basename(args.out),
      );
      const side = join(dirname(resolve(args.out)), csvSidecarName(basename(args.out)));
      try {
        writeFileSync(args.out, csv);
        writeFileSync(side, JSON.stringify(sidecar, null, 2) + '\n');
      } catch (e) {
        fail(`--out ${quote(args.out, 80)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
      return `figures: wrote ${args.out} and, beside it, ${side} (sources and columns)\n`;
    }
    const places = readPlacesFile();
    const estimates = readEstimates();
    const nameOf = (iso: string) => oblasts.features.find((o) => o.properties.iso === iso)?.properties.name ?? iso;
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
        oblasts: r.result.oblasts.filter((o) => o.russianBeforeKm2 > 0 || o.cedeKm2 > 0),
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
  const num = (x: number) => x.toLocaleString('en-GB', { maximumFractionDigits: 0 }).padStart(10);
  const rows = list.map((d) => `${(d.date || 'undated').padEnd(12)}${num(d.totals.cedeKm2)}${num(d.totals.returnKm2)}${(d.totals.ratio === null ? 'n/a' : d.totals.ratio.toFixed(2)).padStart(10)}`);
  return [`${'Date'.padEnd(12)}${'Ceded km²'.padStart(10)}${'Returned'.padStart(10)}${'Ratio'.padStart(10)}`, ...rows].join('\n');
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
