/**
 * `npm run snapshot -- --out FILE.png [--state HASH] [--size 1200x630] [--scale 2]`: the same
 * composed PNG as the Export control, rendered by the built app in headless Chromium.
 *
 * --size is the image size in px (a preset such as 1200x630, 1080x1080, 1754x1240, or any
 * WIDTHxHEIGHT); without it the image is the app's map view (in a 1200×800 window) at --scale.
 * --scale is image px per CSS px (default: the preset's, else 1).
 * Exits 2 with a one-line message on bad input or a missing Chromium, 1 when rendering fails.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { readScenarios } from './scenario_files';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { COMPARE_MODES, TOGGLES } from '../state/state';
import { parseSize, presetOf } from '../export/sizes';
import { chromiumPath, launch, openApp, ROOT, startServer } from '../../tests/browser/driver';

function fail(message: string, code = 2): never {
  process.stderr.write(`snapshot: ${message}\n`);
  process.exit(code);
}

const KEYS = ['map', 'layers', 'scenario', 'line', 'compare'];

/**
 * Check a state hash strictly. The app's parseHash falls back to defaults for anything it
 * cannot read; a command asked for a view must say what is wrong instead.
 */
export function stateProblem(hash: string, scenarioIds: readonly string[], lineDates: readonly string[]): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const k of params.keys()) if (!KEYS.includes(k)) return `--state: unknown key "${k}" (known: ${KEYS.join(', ')})`;
  const map = params.get('map');
  if (map !== null) {
    const parts = map.split('/');
    const [z, lat, lon] = parts.map(Number);
    const ok =
      parts.length === 3 && parts.every((p) => /^-?\d+(\.\d+)?$/.test(p)) &&
      z! >= 0 && z! <= 22 && Math.abs(lat!) <= 85 && Math.abs(lon!) <= 180;
    if (!ok) return `--state: cannot read the camera "map=${map}" (expected map=ZOOM/LAT/LON, zoom 0–22, |lat| ≤ 85, |lon| ≤ 180)`;
  }
  const layers = params.get('layers');
  if (layers) {
    const bad = layers.split(',').filter((l) => !(TOGGLES as readonly string[]).includes(l));
    if (bad.length) return `--state: unknown layer "${bad[0]}" (known: ${TOGGLES.join(', ')})`;
  }
  const scenario = params.get('scenario');
  if (scenario !== null && !scenarioIds.includes(scenario)) return `--state: unknown scenario "${scenario}" (known: ${scenarioIds.join(', ')})`;
  const line = params.get('line');
  if (line !== null && !lineDates.includes(line)) return `--state: no line dated "${line}" (known: ${lineDates.join(', ')})`;
  const compare = params.get('compare');
  if (compare !== null && !(COMPARE_MODES as readonly string[]).includes(compare)) return `--state: unknown compare mode "${compare}" (known: ${COMPARE_MODES.join(', ')})`;
  return null;
}

/** Newest modification time under a directory, ms (node_modules skipped). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = st.mtimeMs;
  for (const e of readdirSync(path)) if (e !== 'node_modules') t = Math.max(t, newest(join(path, e)));
  return t;
}

/** Build dist/ when it is missing or older than the sources or the data. */
async function ensureBuilt(): Promise<void> {
  const index = join(ROOT, 'dist/index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sources = Math.max(newest(join(ROOT, 'src')), newest(join(ROOT, 'geodata')), newest(join(ROOT, 'index.html')));
  if (built >= sources) return;
  process.stderr.write('snapshot: building the app (dist/ is missing or older than src/ or geodata/)…\n');
  await build({ root: ROOT, logLevel: 'warn' });
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: { out: { type: 'string' }, state: { type: 'string' }, size: { type: 'string' }, scale: { type: 'string' }, title: { type: 'string' } },
      strict: true,
    }).values;
  } catch (e) {
    fail((e as Error).message);
  }
  if (!args.out) fail('--out FILE.png is required');
  const size = args.size === undefined ? undefined : parseSize(args.size);
  if (size === null) fail(`--size "${args.size}" is not WIDTHxHEIGHT in px (each side 200–16384), e.g. 1200x630`);
  const scale = args.scale === undefined ? (size ? presetOf(size)?.scale ?? 1 : 1) : Number(args.scale);
  if (!(scale > 0 && scale <= 8)) fail(`--scale "${args.scale}" must be a number above 0 and at most 8`);

  let scenarioIds: string[];
  try {
    scenarioIds = readScenarios().map((sc) => sc.id);
  } catch (e) {
    fail((e as Error).message);
  }
  const lineDates = ['2025-08-15'];
  const hash = args.state ? (args.state.startsWith('#') ? args.state : `#${args.state}`) : '';
  const problem = stateProblem(hash, scenarioIds, lineDates);
  if (problem) fail(problem);
  try {
    chromiumPath();
  } catch (e) {
    fail((e as Error).message);
  }

  await ensureBuilt();
  const server = await startServer();
  const browser = await launch();
  try {
    const app = await openApp(browser, server.url, { hash, width: 1200, height: 800 });
    const r = await app.page.evaluate(
      (o) => window.swapmap!.exportPng!({ ...o, encoding: 'base64' }),
      { scale, ...(size ? { size } : {}), ...(args.title ? { title: args.title } : {}) },
    );
    if (!r.ok) fail(`no image: ${r.error}`, 1);
    const out = resolve(args.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, Buffer.from(r.base64!, 'base64'));
    process.stdout.write(`snapshot: wrote ${args.out} (${r.width}×${r.height} px, suggested name ${r.fileName}, ${r.ms} ms)\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: Error) => fail(e.message.split('\n')[0]!, 1));
