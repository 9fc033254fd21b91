/**
 * `npm run figures -- --scenario aug-2025 [--line FILE …] [--status KEY=russian|contested|ignored …]
 * [--date YYYY-MM-DD] [--json]`: the swap's figures from the same reader and geometry code as the
 * app. Several --line files are read together as layers (e.g. ISW's control and advances). Exit 2
 * with one line on bad input, before any heavy work where it can be told.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lineDate } from '../data/line';
import type { Scenario } from '../data/scenario';
import type { LineCollection, OblastCollection } from '../data/types';
import { deriveLine } from '../geometry/derive';
import type { SwapResult } from '../geometry/swap';
import { assembleLine } from '../read/assemble';
import { isError, MAX_FILES, outsideMessage, quote, refuseFiles } from '../read/errors';
import type { Counted } from '../read/formats';
import { defaultCounting, readLineFiles, type LineFile } from '../read/index';
import { readScenarios } from './scenario_files';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILT_IN = join(ROOT, 'geodata/lines/2025-08-15.geojson');
const BUILT_IN_SOURCE = 'swapmap approximation from public reporting (geodata/lines/2025-08-15.geojson)';

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

export function figuresJson(result: SwapResult, scenario: Scenario, line: LineInfo) {
  return {
    scenario: { id: scenario.id, title: scenario.title, reported: scenario.reported, citations: scenario.citations.map((c) => c.source) },
    line,
    parts: result.parts.features.map((f) => ({
      iso: f.properties.iso,
      oblast: f.properties.oblast,
      part: f.properties.part,
      areaKm2: f.properties.areaKm2,
      shareOfOblast: f.properties.shareOfOblast,
    })),
    oblasts: result.oblasts.filter((o) => o.russianBeforeKm2 > 0 || o.cedeKm2 > 0),
    totals: result.totals,
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
  out.push(`${pad('Oblast', 16)}${pad('Part', 8)}${'km²'.padStart(10)}${'% of oblast'.padStart(13)}`);
  for (const p of j.parts) {
    out.push(`${pad(p.oblast, 16)}${pad(p.part, 8)}${num(p.areaKm2)}${(p.shareOfOblast * 100).toFixed(1).padStart(12)}%`);
  }
  const t = j.totals;
  out.push('');
  out.push(`Ceded to Russia:      ${num(t.cedeKm2)} km²`);
  out.push(`Returned to Ukraine:  ${num(t.returnKm2)} km²`);
  out.push(`Frozen (stays held):  ${num(t.freezeKm2)} km²`);
  out.push(`Ratio cede : return:  ${t.ratio === null ? 'n/a (nothing returned)' : `${t.ratio.toFixed(2)} : 1`}`);
  out.push(`Net change, Russia:   ${t.netRussiaKm2 >= 0 ? '+' : ''}${num(t.netRussiaKm2, 0)} km²`);
  out.push(`Slivers dropped:      ${t.slivers.count} pieces under ${t.slivers.thresholdKm2} km², ${t.slivers.areaKm2} km² in all`);
  if (t.artefacts.count) out.push(`Artefacts of the line: ${t.artefacts.count} cut-off strips of "Ukrainian-held" land, ${t.artefacts.areaKm2} km², counted as Russian-held (see README)`);
  if (t.attributed.count) out.push(`Just outside our border: ${t.attributed.count} Russian-held pieces, ${t.attributed.areaKm2} km², added to the oblast they lie along`);
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

let oblastsCache: OblastCollection | null = null;

/**
 * The whole command, in-process: what `figures ARGV…` prints on stdout, or a thrown
 * {@link FiguresRefusal} carrying the one line it prints on stderr (without "figures: ").
 * `main` adds nothing to it but the printing, so tests may call it for the command.
 */
export function figures(argv: readonly string[]): string {
  let args;
  try {
    args = parseArgs({
      args: [...argv],
      options: {
        scenario: { type: 'string', default: 'aug-2025' },
        line: { type: 'string', multiple: true },
        status: { type: 'string', multiple: true },
        date: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    }).values;
  } catch (e) {
    fail((e as Error).message);
  }
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

  let line: LineCollection;
  let info: LineInfo;
  if (lineArgs.length === 0) {
    line = JSON.parse(readFileSync(BUILT_IN, 'utf8')) as LineCollection;
    info = { date: lineDate(line), source: BUILT_IN_SOURCE };
  } else {
    const read = readLineFiles(lineArgs.map(readLineArg));
    if (isError(read)) fail(read.error);
    const counting = defaultCounting(read);
    for (const [k, v] of Object.entries(overrides)) {
      if (!(k in counting)) fail(`--status ${quote(k, 60)}: no such status in the file (found: ${Object.keys(counting).join(', ')})`);
      counting[k] = v;
    }
    if (args.date && !read.dates.includes(args.date)) fail(`--date ${args.date}: the file holds ${read.dates.length ? `the dates ${read.dates.join(', ')}` : 'no dates'}`);
    const assembled = assembleLine(read, counting, args.date);
    if (isError(assembled)) fail(assembled.error);
    line = assembled.line;
    info = { date: assembled.date, source: assembled.source, read: assembled.description };
  }
  const derived = deriveLine(oblasts, [scenario], line);
  if (!derived) fail(outsideMessage(lineArgs.map((a) => basename(resolve(a)))));
  const j = figuresJson(derived.results.get(scenario.id)!, scenario, info);
  return args.json ? JSON.stringify(j, null, 2) + '\n' : table(j) + '\n';
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
