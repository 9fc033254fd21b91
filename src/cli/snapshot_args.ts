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
import { LANGS, langOf, msg, setLang, type Lang } from '../text/i18n';

/** The command's usage line, in the current language. */
export const usage = (): string => msg().cli.usage;
/** The usage line in English. */
export const USAGE = usage();

/**
 * The language of `--lang` (or `--lang=`) in a command line, before it is checked: the
 * command's messages are in it from the start. English when none or an unknown one is given.
 */
export function argLang(argv: readonly string[]): Lang {
  let given: string | undefined;
  argv.forEach((a, i) => {
    if (a === '--lang') given = argv[i + 1];
    else if (a.startsWith('--lang=')) given = a.slice('--lang='.length);
  });
  const l = langOf(given);
  return l && l === given ? l : 'en';
}

/** Make the language of a command line (see {@link argLang}) the current one. */
export function useArgLang(argv: readonly string[]): Lang {
  const l = argLang(argv);
  return setLang(l) ? l : 'en';
}

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
  /** The language of the image (the page opens with `lang=` in its hash). */
  lang: Lang;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const KEYS = ['map', 'layers', 'scenario', 'line', 'compare', 'swipe', 'lang'];

/**
 * Check a state hash strictly. The app's parseHash falls back to defaults for anything it
 * cannot read; a command asked for a view must say what is wrong instead.
 */
export function stateProblem(hash: string, scenarioIds: readonly string[], lineDates: readonly string[]): string | null {
  const c = msg().cli;
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const k of params.keys()) if (!KEYS.includes(k)) return c.unknownKey(k, KEYS.join(', '));
  const map = params.get('map');
  if (map !== null) {
    const parts = map.split('/');
    const [z, lat, lon] = parts.map(Number);
    const ok =
      parts.length === 3 && parts.every((p) => /^-?\d+(\.\d+)?$/.test(p)) &&
      z! >= 0 && z! <= 22 && Math.abs(lat!) <= 85 && Math.abs(lon!) <= 180;
    if (!ok) return c.badCamera(map);
  }
  const layers = params.get('layers');
  if (layers) {
    const bad = layers.split(',').filter((l) => !(TOGGLES as readonly string[]).includes(l));
    if (bad.length) return c.unknownLayer(bad[0]!, TOGGLES.join(', '));
  }
  const scenario = params.get('scenario');
  if (scenario !== null && !scenarioIds.includes(scenario)) return c.stateScenario(scenario, scenarioIds.join(', '));
  const line = params.get('line');
  if (line !== null && !lineDates.includes(line)) return c.stateLine(line, lineDates.join(', '));
  const compare = params.get('compare');
  if (compare !== null && !(COMPARE_MODES as readonly string[]).includes(compare)) return c.stateCompare(compare, COMPARE_MODES.join(', '));
  // A swipe link keeps where the maps divide (issue #11): a percentage of the width.
  const swipe = params.get('swipe');
  if (swipe !== null && !(/^\d{1,3}(\.\d+)?$/.test(swipe) && Number(swipe) <= 100)) return c.stateSwipe(swipe);
  const l = params.get('lang');
  if (l !== null && !(LANGS as readonly string[]).includes(l)) return c.stateLang(l, LANGS.join(', '));
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
  const c = msg().cli;
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        out: { type: 'string' }, state: { type: 'string' }, size: { type: 'string' }, scale: { type: 'string' }, title: { type: 'string' },
        line: { type: 'string', multiple: true }, date: { type: 'string' }, dates: { type: 'string' }, 'credit-url': { type: 'string' },
        lang: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
      tokens: true,
    });
  } catch (e) {
    // Node's messages (unknown option, positional argument, missing value) may run over lines:
    // `--scale -1` is "ambiguous", and the next lines say to write `--scale=-1`.
    return err(c.withUsage((e as Error).message.split('\n').map((l) => l.trim()).filter(Boolean).join(' '), usage()));
  }
  const seen = new Set<string>();
  for (const t of parsed.tokens ?? []) {
    if (t.kind !== 'option') continue;
    if (seen.has(t.name) && t.name !== 'line') return err(c.twice(t.name));
    seen.add(t.name);
  }
  const a = parsed.values;
  if (!a.out) return err(c.outRequired(usage()));
  const lang = a.lang === undefined ? 'en' : langOf(a.lang);
  if (!lang || (a.lang !== undefined && lang !== a.lang)) return err(msg().cli.badLang(a.lang ?? '', LANGS.join(', ')));

  let size: SnapshotOptions['size'];
  if (a.size !== undefined) {
    const s = parseSize(a.size);
    if (!s) return err(c.badSize(shown(a.size), MIN_SIDE, MAX_SIDE));
    size = s;
  }
  let scale = size ? (presetOf(size)?.scale ?? 1) : 1;
  if (a.scale !== undefined) {
    scale = /^\d{1,3}(\.\d{1,6})?$/.test(a.scale) ? Number(a.scale) : NaN;
    if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) return err(c.badScale(shown(a.scale), MIN_SCALE, MAX_SCALE));
  }
  const sizeProblem = exportSizeProblem(scale, size);
  if (sizeProblem) return err(c.sizeWithScale(String(a.size), scale, sizeProblem));

  // As many characters as the page's title field takes.
  if (a.title !== undefined && a.title.length > MAX_TITLE_LENGTH) {
    return err(c.titleTooLong(a.title.length, MAX_TITLE_LENGTH));
  }

  const creditUrl = a['credit-url'];
  if (creditUrl !== undefined) {
    const bad = creditUrlProblem(creditUrl);
    if (bad) return err(c.creditUrl(bad));
  }

  const given = a.state ? (a.state.startsWith('#') ? a.state : `#${a.state}`) : '';
  const problem = stateProblem(given, known.scenarioIds, known.lineDates);
  if (problem) return err(problem);
  // The language of the image: --lang, put in the page's link (it wins over a lang= of --state).
  const hash =
    a.lang === undefined ? given : `#${[...given.replace(/^#/, '').split('&').filter((p) => p && !p.startsWith('lang=')), `lang=${lang}`].join('&')}`;

  const lines = a.line ?? [];
  if (lines.length > 8) return err(c.tooManyLines(lines.length));
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  if (a.date !== undefined && a.dates !== undefined) return err(c.dateAndDates);
  if (a.date !== undefined && !iso.test(a.date)) return err(c.dateNotIso(shown(a.date)));
  let dates: string[] | undefined;
  if (a.dates !== undefined) {
    dates = a.dates.split(',').map((d) => d.trim());
    const bad = dates.find((d) => !iso.test(d));
    if (bad !== undefined) return err(c.datesNotIso(shown(bad)));
    if (![2, 4, 6].includes(dates.length)) return err(c.datesCount(dates.length));
    if (new Set(dates).size !== dates.length) return err(c.datesTwice);
    if (size) return err(c.sizeWithDates);
  }
  // Without files, only the built-in lines have dates.
  for (const d of lines.length ? [] : [...(a.date ? [a.date] : []), ...(dates ?? [])]) {
    if (!known.lineDates.includes(d)) return err(c.noBuiltInLine(d, known.lineDates.join(', ')));
  }
  return {
    ok: true,
    value: {
      out: a.out, hash, scale, lines, lang,
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
  const c = msg().cli;
  const label = `--out ${shown(path)}`;
  const out = resolve(path);
  let existing;
  try {
    existing = statSync(out);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') return err(c.outError(label, reason(e)));
  }
  if (existing?.isDirectory()) return err(c.outIsDirectory(label));
  if (!/\.png$/i.test(path)) return err(c.outNotPng(label));
  // Never opened, so a FIFO or a device cannot make the command wait or write where it should not.
  if (existing && !existing.isFile()) return err(c.outNotRegular(label));
  const target = existing ? realpathSync(out) : out;
  const dir = dirname(target);

  const missing: string[] = [];
  let top = dir;
  while (!existsSync(top) && dirname(top) !== top) {
    missing.unshift(top);
    top = dirname(top);
  }
  if (!statSync(top).isDirectory()) return err(c.outParentNotDir(label, shown(top)));
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
      return err(c.outMkdir(label, shown(d), reason(e)));
    }
  }
  const tmp = join(dir, `.${basename(target)}.${process.pid}.tmp`);
  try {
    closeSync(openSync(tmp, 'wx'));
  } catch (e) {
    removeMade();
    return err(c.outCannotWrite(label, shown(dir), reason(e)));
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
      return err(c.outCannotReplace(label, reason(e)));
    }
  }
  return { ok: true, value: { target, tmp, discard } };
}
