/**
 * Line files shaped like the real ones (tests/fixtures/line_files.ts), read and computed in Node
 * with the app's own reader and geometry (what the CLI and the page's worker run):
 * `node --import tsx bench/lines_child.ts DIR RUNS`. DIR holds the files (written by the parent).
 * Prints one JSON line per case: the first run in this process (cold: JIT, oblast union and
 * borders not yet built) and the median of RUNS runs after it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readScenarios } from '../src/cli/scenario_files';
import type { OblastCollection } from '../src/data/types';
import { deriveLine } from '../src/geometry/derive';
import { assembleLine } from '../src/read/assemble';
import { isError } from '../src/read/errors';
import { defaultCounting, readLineFiles } from '../src/read/index';
import { summarize } from './stats';

export const LINE_CASES: { id: string; files: string[]; budgetMs: number | null; note: string }[] = [
  { id: 'deepstate_daily', files: ['deepstatemap_data_20250815.geojson'], budgetMs: 300, note: 'DeepState daily polygon: one MultiPolygon, Z values, ~85 KB' },
  { id: 'deepstate_export', files: ['deepstate-export.geojson'], budgetMs: null, note: 'DeepState multi-status export: occupied, Crimea, ORDLO, grey zone, liberated, outside territories, 66 points' },
  { id: 'isw_4mb', files: ['isw-control.geojson', 'isw-advances.geojson'], budgetMs: 2000, note: 'ISW control (~1,000 features, 100,000 vertices, 4 MB, holes, tiny islands) + advances (200 strips), loaded together' },
  { id: 'many_features_100k', files: ['many-features.geojson'], budgetMs: 10000, note: '100,000 features: refused before it is parsed (limit 20,000)' },
];

const ROOT = join(import.meta.dirname, '..');

if (process.argv[1]?.endsWith('lines_child.ts')) {
  const [dir = '', runsArg = '5'] = process.argv.slice(2);
  const runs = Number(runsArg);
  const oblasts = JSON.parse(readFileSync(join(ROOT, 'geodata/oblasts.geojson'), 'utf8')) as OblastCollection;
  const scenarios = readScenarios();
  for (const c of LINE_CASES) {
    const files = c.files.map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }));
    const once = (): { ms: number; outcome: string; cedeKm2?: number; returnKm2?: number } => {
      const t0 = performance.now();
      const read = readLineFiles(files);
      if (isError(read)) return { ms: performance.now() - t0, outcome: `refused: ${read.error}` };
      const a = assembleLine(read, defaultCounting(read));
      if (isError(a)) return { ms: performance.now() - t0, outcome: `refused: ${a.error}` };
      const d = deriveLine(oblasts, scenarios, a.line);
      const ms = performance.now() - t0;
      if (!d) return { ms, outcome: 'refused: no area inside the oblasts' };
      const t = d.results.get('aug-2025')!.totals;
      return { ms, outcome: 'loaded', cedeKm2: t.cedeKm2, returnKm2: t.returnKm2 };
    };
    const first = once();
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) samples.push(once().ms);
    const bytes = files.reduce((s, f) => s + f.bytes.length, 0);
    process.stdout.write(JSON.stringify({ id: c.id, bytes, firstMs: first.ms, outcome: first.outcome, cedeKm2: first.cedeKm2, returnKm2: first.returnKm2, warm: summarize(samples) }) + '\n');
  }
}
