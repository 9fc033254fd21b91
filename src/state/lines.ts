/**
 * The lines the app can show: the built-in ones (geodata/lines/, one per date) and the ones
 * loaded from files in this session, each with an id (its form in the link), a date, and how it
 * is credited. Pure: no DOM, no map.
 */
import { shortDate } from '../data/dates';
import { msg } from '../text/i18n';

/** The built-in line of the eve of the full-scale invasion, drawn as the "before 24 Feb 2022" overlay. */
export const PRE_2022 = '2022-02-23';

/** How figures, exports and the popup cite the project's own lines, in the current language. */
export const builtInSource = (): string => msg().line.builtInSource;

export interface LineEntry {
  /** The line's id in the state and the link: a built-in line's date, or `file-DATE-HASH`. */
  id: string;
  kind: 'built-in' | 'file';
  /** ISO date of the line, '' when undated. */
  date: string;
  /** Where the line comes from, as the figures cite it. */
  source: string;
  /** The attribution line of the map and of every export. */
  credit: string;
  /** The label in the list of lines. */
  label: string;
}

/** `file-2026-11-30-ab12cd34`: a loaded line's id, from its date and the hash of its files. */
const FILE_ID = /^file-(\d{4}-\d{2}-\d{2}|undated)-([0-9a-f]{8})$/;

export function isLineId(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) || FILE_ID.test(s);
}

export function fileLineId(date: string, hash: string): string {
  return `file-${date || 'undated'}-${hash}`;
}

/** The date a loaded line's id carries ('' for undated), or null for another id. */
export function fileLineDate(id: string): string | null {
  const m = FILE_ID.exec(id);
  return m ? (m[1] === 'undated' ? '' : m[1]!) : null;
}

export function builtInLine(date: string): LineEntry {
  const t = msg().line;
  return {
    id: date,
    kind: 'built-in',
    date,
    source: t.builtInSource,
    credit: t.credit(t.builtInSource),
    label: t.builtInLabel(shortDate(date)),
  };
}

/** A line loaded from files; `source` names them and their format. */
export function fileLine(id: string, date: string, source: string): LineEntry {
  const t = msg().line;
  return {
    id,
    kind: 'file',
    date,
    source: t.fileSource(source),
    credit: t.fileCredit(source),
    label: `${shortDate(date)} · ${source.length > 60 ? source.slice(0, 59) + '…' : source}`,
  };
}

/** The line shown when the link names none, or one this browser does not have: the latest built-in line that is not the pre-2022 one. */
export function defaultLineId(builtIn: readonly string[]): string {
  const dates = builtIn.filter((d) => d !== PRE_2022).sort();
  return dates[dates.length - 1] ?? builtIn[0] ?? '';
}
