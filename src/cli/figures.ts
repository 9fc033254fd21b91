/**
 * `npm run figures -- --scenario aug-2025 [--line FILE] [--json]`: the swap's figures from the
 * same geometry code as the app. Exit 2 with a one-line message on bad input.
 */
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lineDate, parseLine } from '../data/line';
import type { Scenario } from '../data/scenario';
import { readScenarios } from './scenario_files';
import type { LineCollection, OblastCollection } from '../data/types';
import { computeSwap, prepare, type SwapResult } from '../geometry/swap';

const ROOT = resolve(import.meta.dirname, '../..');

function fail(message: string): never {
  process.stderr.write(`figures: ${message}\n`);
  process.exit(2);
}

export function figuresJson(result: SwapResult, scenario: Scenario, line: { date: string; source: string }) {
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
  return out.join('\n');
}

function main(): void {
  let args;
  try {
    args = parseArgs({
      options: { scenario: { type: 'string', default: 'aug-2025' }, line: { type: 'string' }, json: { type: 'boolean', default: false } },
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
  if (!scenario) fail(`unknown scenario "${args.scenario}"; known: ${scenarios.map((s) => s.id).join(', ')}`);
  const linePath = args.line ? resolve(args.line) : join(ROOT, 'geodata/lines/2025-08-15.geojson');
  let text: string;
  try {
    text = readFileSync(linePath, 'utf8');
  } catch (e) {
    fail(`cannot read line file ${args.line ?? linePath}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const parsed = parseLine(text, `line file ${basename(linePath)}`);
  if (!parsed.ok) fail(parsed.error);
  const line: LineCollection = parsed.value;
  const oblasts = JSON.parse(readFileSync(join(ROOT, 'geodata/oblasts.geojson'), 'utf8')) as OblastCollection;
  const result = computeSwap(prepare(oblasts, line), scenario);
  const sources = [...new Set(line.features.flatMap((f) => f.properties.sources))];
  const j = figuresJson(result, scenario, {
    date: lineDate(line),
    source: args.line ? `${basename(linePath)}${sources.length ? ` (${sources.join('; ')})` : ''}` : 'swapmap approximation from public reporting (geodata/lines/2025-08-15.geojson)',
  });
  process.stdout.write(args.json ? JSON.stringify(j, null, 2) + '\n' : table(j) + '\n');
}

main();
