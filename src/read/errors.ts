/** Limits and the error type of the line reader (shared by the page's worker and the CLI). */
import { msg, num, plural } from '../text/i18n';

/** Largest line file accepted, in bytes, before or after unzipping. A whole country's line is < 5 MB; a year of daily DeepState polygons ~30 MB. */
export const MAX_LINE_BYTES = 50 * 1024 * 1024;

/**
 * Most features one file may hold. Line files have hundreds (DeepState's export, an ISW layer)
 * or one per date (DeepState's history: ~700); a file of 100,000 separate squares took 17 s to
 * compute here, so it is refused before it is parsed (the features are counted in the text).
 */
export const MAX_FEATURES = 20_000;

/** Most vertices of one line (one date of a load): 10 times the 4 MB ISW layer (100,000 vertices, ~2 s). */
export const MAX_VERTICES = 1_000_000;

/**
 * Most vertices of a whole load, all dates together: a year of daily DeepState polygons holds
 * about 1,200,000 (only one date's line is computed at a time).
 */
export const MAX_LOAD_VERTICES = 5_000_000;

/** Most files loaded together as layers. */
export const MAX_FILES = 8;

export type ReadErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-a-file'
  | 'binary'
  | 'encoding'
  | 'bad-archive'
  | 'html'
  | 'xml'
  | 'json'
  | 'not-geojson'
  | 'crs'
  | 'duplicate-date'
  | 'geometry'
  | 'no-polygons'
  | 'too-many'
  | 'outside'
  | 'dates';

/** A refusal: a code for tests and a one-line message naming the file and the place. */
export interface ReadError {
  ok: false;
  code: ReadErrorCode;
  error: string;
}

export const fail = (code: ReadErrorCode, error: string): ReadError => ({ ok: false, code, error });

export const isError = (x: unknown): x is ReadError => typeof x === 'object' && x !== null && (x as ReadError).ok === false;

/** A size in megabytes ("12.3 MB", «12,3 МБ»): a decimal under 10 MB. */
export function formatMB(bytes: number): string {
  return msg().read.size(num(bytes / 1024 / 1024, bytes < 10 * 1024 * 1024 ? 1 : 0));
}

/** A value from a file, safe to quote in one line of a message: no control characters, at most `max` characters. */
export function quote(v: unknown, max = 40): string {
  // Control characters (C0, C1, line separators) become spaces: one line, nothing a terminal runs.
  // eslint-disable-next-line no-control-regex
  const s = String(v).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

/**
 * The refusal of a set of files by their count and sizes alone, before anything is read (the
 * page's files, the CLI's --line arguments); null when they may be read.
 */
export function refuseFiles(files: readonly { name: string; size: number }[]): string | null {
  const t = msg().read;
  if (files.length === 0) return t.refuse.noFile;
  if (files.length > MAX_FILES) return t.refuse.tooManyFiles(plural(files.length, t.files), num(MAX_FILES));
  const big = files.find((f) => f.size > MAX_LINE_BYTES);
  if (big) return t.refuse.tooLarge(quote(big.name, 80), formatMB(big.size), formatMB(MAX_LINE_BYTES));
  const total = files.reduce((s, f) => s + f.size, 0);
  if (total > MAX_LINE_BYTES) return t.refuse.tooLargeAll(plural(files.length, t.files), formatMB(total), formatMB(MAX_LINE_BYTES));
  return null;
}

/**
 * The refusal of files whose areas all fall outside Ukraine's oblasts (found after the line is
 * assembled, by the geometry): one wording for the page's worker and the CLI, which had each
 * their own (“Ukraine’s” and “Ukraine's”, “The files” and “the files”).
 */
export function outsideMessage(names: readonly string[]): string {
  return names.length === 1 ? msg().read.refuse.outsideOne(quote(names[0], 80)) : msg().read.refuse.outsideMany;
}
