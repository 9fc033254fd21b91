/**
 * The snapshot command's input, checked before anything is built or rendered (issue #14): its
 * arguments (pure) and its output path (on disk). Every problem is one line, for exit code 2.
 */
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, realpathSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MAX_TITLE_LENGTH } from '../export/layout';
import { creditUrlProblem } from '../export/credit';
import { exportSizeProblem, MAX_SCALE, MAX_SIDE, MIN_SCALE, MIN_SIDE, parseSize, presetOf } from '../export/sizes';
import { COMPARE_MODES, TOGGLES } from '../state/state';

export const USAGE = "npm run snapshot -- --out FILE.png [--state '#…'] [--size WIDTHxHEIGHT] [--scale N] [--title TEXT] [--line FILE …] [--date YYYY-MM-DD | --dates A,B[,C,D[,E,F]]] [--credit-url URL]";

export interface SnapshotOptions {
  /** The output path as given. */
  out: string;
  /** The state hash, with '#', or '' for the default view. */
  hash: string;
  /** A fixed image size, px; omitted: the app's view. */
  size?: { width: number; height: number };
  /** Image px per CSS px. */
  scale: number;
  title?: string;
  /** Line files to load, as "Load a line file…" does (several: one line of several layers). */
  lines: string[];
  /** The date to show (of the files, or a built-in line). */
  date?: string;
  /** Small multiples: 2, 4 or 6 dates (of the files, or built-in lines). */
  dates?: string[];
  /** The address of the method & sources printed in the credit. */
  creditUrl?: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const KEYS = ['map', 'layers', 'scenario', 'line', 'compare', 'swipe'];

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
  // A swipe link keeps where the maps divide (issue #11): a percentage of the width.
  const swipe = params.get('swipe');
  if (swipe !== null && !(/^\d{1,3}(\.\d+)?$/.test(swipe) && Number(swipe) <= 100)) return `--state: cannot read the swipe position "swipe=${swipe}" (expected 0–100, % of the width from the left)`;
  return null;
}

/** A value shown in a message: quoted, on one line, and short. */
const shown = (s: string) => JSON.stringify(s.length > 160 ? `${s.slice(0, 159)}…` : s);

/** Read the command line. Pure: the output path is checked on disk by {@link prepareOutput}. */
export function parseSnapshotArgs(
  argv: readonly string[],
  known: { scenarioIds: readonly string[]; lineDates: readonly string[] },
): Checked<SnapshotOptions> {
  const err = (error: string): Checked<SnapshotOptions> => ({ ok: false, error });
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        out: { type: 'string' }, state: { type: 'string' }, size: { type: 'string' }, scale: { type: 'string' }, title: { type: 'string' },
        line: { type: 'string', multiple: true }, date: { type: 'string' }, dates: { type: 'string' }, 'credit-url': { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
      tokens: true,
    });
  } catch (e) {
    // Node's messages (unknown option, positional argument, missing value) may run over lines:
    // `--scale -1` is "ambiguous", and the next lines say to write `--scale=-1`.
    return err(`${(e as Error).message.split('\n').map((l) => l.trim()).filter(Boolean).join(' ')} (usage: ${USAGE})`);
  }
  const seen = new Set<string>();
  for (const t of parsed.tokens ?? []) {
    if (t.kind !== 'option') continue;
    if (seen.has(t.name) && t.name !== 'line') return err(`--${t.name} is given twice`);
    seen.add(t.name);
  }
  const a = parsed.values;
  if (!a.out) return err(`--out FILE.png is required (usage: ${USAGE})`);

  let size: SnapshotOptions['size'];
  if (a.size !== undefined) {
    const s = parseSize(a.size);
    if (!s) return err(`--size ${shown(a.size)} is not WIDTHxHEIGHT in px with each side ${MIN_SIDE}–${MAX_SIDE}, e.g. 1200x630`);
    size = s;
  }
  let scale = size ? (presetOf(size)?.scale ?? 1) : 1;
  if (a.scale !== undefined) {
    scale = /^\d{1,3}(\.\d{1,6})?$/.test(a.scale) ? Number(a.scale) : NaN;
    if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) return err(`--scale ${shown(a.scale)} is not a number from ${MIN_SCALE} to ${MAX_SCALE}`);
  }
  const sizeProblem = exportSizeProblem(scale, size);
  if (sizeProblem) return err(`--size ${a.size} with --scale ${scale}: ${sizeProblem}`);

  // As many characters as the page's title field takes.
  if (a.title !== undefined && a.title.length > MAX_TITLE_LENGTH) {
    return err(`--title is ${a.title.length} characters long; the limit is ${MAX_TITLE_LENGTH}, as in the page's Export panel`);
  }

  const creditUrl = a['credit-url'];
  if (creditUrl !== undefined) {
    const bad = creditUrlProblem(creditUrl);
    if (bad) return err(`--credit-url: ${bad}`);
  }

  const hash = a.state ? (a.state.startsWith('#') ? a.state : `#${a.state}`) : '';
  const problem = stateProblem(hash, known.scenarioIds, known.lineDates);
  if (problem) return err(problem);

  const lines = a.line ?? [];
  if (lines.length > 8) return err(`--line is given ${lines.length} times; at most 8 files are loaded together`);
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  if (a.date !== undefined && a.dates !== undefined) return err('give --date or --dates, not both');
  if (a.date !== undefined && !iso.test(a.date)) return err(`--date ${shown(a.date)} is not YYYY-MM-DD`);
  let dates: string[] | undefined;
  if (a.dates !== undefined) {
    dates = a.dates.split(',').map((d) => d.trim());
    const bad = dates.find((d) => !iso.test(d));
    if (bad !== undefined) return err(`--dates: ${shown(bad)} is not YYYY-MM-DD`);
    if (![2, 4, 6].includes(dates.length)) return err(`--dates gives ${dates.length} dates; small multiples hold 2, 4 or 6`);
    if (new Set(dates).size !== dates.length) return err('--dates names a date twice');
    if (size) return err('--size is for one map; small multiples are 1200 px wide at --scale');
  }
  // Without files, only the built-in lines have dates.
  for (const d of lines.length ? [] : [...(a.date ? [a.date] : []), ...(dates ?? [])]) {
    if (!known.lineDates.includes(d)) return err(`no built-in line of ${d} (built in: ${known.lineDates.join(', ')}); give --line FILE for other dates`);
  }
  return {
    ok: true,
    value: {
      out: a.out, hash, scale, lines,
      ...(size ? { size } : {}), ...(a.title !== undefined ? { title: a.title } : {}),
      ...(a.date !== undefined ? { date: a.date } : {}), ...(dates ? { dates } : {}),
      ...(creditUrl !== undefined ? { creditUrl } : {}),
    },
  };
}

/** An output file made ready before rendering: the image goes to `tmp`, then is renamed to `target`. */
export interface PreparedOutput {
  /** The file to write (symbolic links resolved). */
  target: string;
  /** An empty file made beside it: proof that the directory takes a new file. */
  tmp: string;
  /** Remove the temporary file and any directory made for the output (on failure). */
  discard(): void;
}

/** The first line of a file-system error, without the path Node appends (the message names it). */
const reason = (e: unknown) => (e as Error).message.split(',')[0]!.split('\n')[0]!;

/**
 * Check the output path on disk before anything is rendered: a .png file name, not a directory
 * or a device, its missing parent directories created, and its directory writable.
 *
 * Parents are made one level at a time: Node 20's recursive mkdir loops for ever where mkdir
 * fails with ENOENT under an existing directory (e.g. /proc/nope/x.png). Writability is
 * proven by creating the temporary file: access() tells root yes in /proc or /sys.
 */
export function prepareOutput(path: string): Checked<PreparedOutput> {
  const err = (error: string): Checked<PreparedOutput> => ({ ok: false, error });
  const label = `--out ${shown(path)}`;
  const out = resolve(path);
  let existing;
  try {
    existing = statSync(out);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') return err(`${label}: ${reason(e)}`);
  }
  if (existing?.isDirectory()) return err(`${label} is a directory; give a file name ending in .png`);
  if (!/\.png$/i.test(path)) return err(`${label}: the snapshot is a PNG; give a file name ending in .png`);
  // Never opened, so a FIFO or a device cannot make the command wait or write where it should not.
  if (existing && !existing.isFile()) return err(`${label} exists and is not a regular file`);
  const target = existing ? realpathSync(out) : out;
  const dir = dirname(target);

  const missing: string[] = [];
  let top = dir;
  while (!existsSync(top) && dirname(top) !== top) {
    missing.unshift(top);
    top = dirname(top);
  }
  if (!statSync(top).isDirectory()) return err(`${label}: ${shown(top)} is not a directory`);
  const made: string[] = [];
  const removeMade = () => {
    for (const d of [...made].reverse()) {
      try {
        rmdirSync(d);
      } catch {
        // Not empty any more, or gone: leave it.
      }
    }
  };
  for (const d of missing) {
    try {
      mkdirSync(d);
      made.push(d);
    } catch (e) {
      removeMade();
      return err(`${label}: cannot create the directory ${shown(d)} (${reason(e)})`);
    }
  }
  const tmp = join(dir, `.${basename(target)}.${process.pid}.tmp`);
  try {
    closeSync(openSync(tmp, 'wx'));
  } catch (e) {
    removeMade();
    return err(`${label}: cannot write in ${shown(dir)} (${reason(e)})`);
  }
  const discard = () => {
    try {
      unlinkSync(tmp);
    } catch {
      // Already renamed into place, or removed.
    }
    removeMade();
  };
  if (existing) {
    try {
      accessSync(target, constants.W_OK);
    } catch (e) {
      discard();
      return err(`${label}: the file exists and cannot be replaced (${reason(e)})`);
    }
  }
  return { ok: true, value: { target, tmp, discard } };
}
