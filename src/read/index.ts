/**
 * The one reader of line files, for the page's worker and the CLI alike: bytes in, checked and
 * repaired polygons with what each is (occupied, contested, liberated, …) out, or one refusal
 * naming the file and the place. Every step is synchronous and pure; `progress` is told how far
 * it got, so the worker can report it.
 */
import type { Areal } from '../geometry/clip';
import { decodeBytes } from './bytes';
import { fail, isError, MAX_FEATURES, MAX_FILES, MAX_LINE_BYTES, MAX_LOAD_VERTICES, MAX_VERTICES, quote, refuseFiles, type ReadError } from './errors';
import { shortDate } from '../data/dates';
import { msg, num, plural } from '../text/i18n';
import { formatLabel, recognise, type CategoryDef, type Counted, type FormatId } from './formats';
import { collect } from './geojson';
import { parseText } from './parse';
import { noRepairs, repairPolygons, type Repairs } from './repair';

export { MAX_LINE_BYTES, MAX_FILES, type ReadError, type Counted, type CategoryDef };

export interface LineFile {
  name: string;
  bytes: Uint8Array;
}

export interface LineFeature {
  /** Key of its category (see formats.ts). */
  category: string;
  /** ISO date of the feature or of its file; '' when undated. */
  date: string;
  geometry: Areal;
}

export interface FileSummary {
  name: string;
  format: FormatId;
  formatLabel: string;
  syntax: string;
  date: string;
  dateFrom: string;
}

export interface LineRead {
  files: FileSummary[];
  features: LineFeature[];
  /** Categories found, in order of first appearance, with their feature counts. */
  categories: (CategoryDef & { count: number })[];
  ignored: { points: number; lines: number; empty: number };
  repairs: Repairs;
  /** Distinct dates of the features, ascending. */
  dates: string[];
  vertices: number;
}

export type Progress = (phase: 'reading' | 'checking', fraction: number) => void;

/** Read one or several files together (e.g. ISW's control and advances layers) as one line input. */
export function readLineFiles(files: readonly LineFile[], progress: Progress = () => {}): LineRead | ReadError {
  const refusal = refuseFiles(files.map((f) => ({ name: f.name, size: f.bytes.length })));
  if (refusal) return fail(files.length > MAX_FILES ? 'too-many' : 'too-large', refusal);
  // At least 1: an empty file made the first fraction 0/0 = NaN, which the page's progress bar
  // threw on ("The provided double value is non-finite"), an uncaught error in its console.
  const total = Math.max(1, files.reduce((s, f) => s + f.bytes.length, 0));
  const out: LineRead = { files: [], features: [], categories: [], ignored: { points: 0, lines: 0, empty: 0 }, repairs: noRepairs(), dates: [], vertices: 0 };
  const categories = new Map<string, CategoryDef & { count: number }>();
  const dates = new Set<string>();
  /** The layers read so far: their source, date and categories (to find two of one date). */
  const layersRead: { name: string; format: string; date: string; cats: string }[] = [];
  /** Vertices per date ('' for undated features). */
  const vertsByDate = new Map<string, number>();
  let done = 0;
  const t = msg().read;
  for (const file of files) {
    const name = quote(file.name, 80) || t.theFile;
    progress('reading', done / total);
    const decoded = decodeBytes(file.bytes, name);
    if (isError(decoded)) return decoded;
    // Too many features is told before the text is parsed: count them in the text.
    const features = decoded.text.match(/"type"\s*:\s*"Feature"/g)?.length ?? 0;
    if (features > MAX_FEATURES) return fail('too-many', t.load.tooManyFeatures(name, plural(features, t.features), num(MAX_FEATURES)));
    const layers = parseText(decoded.text, name);
    if (isError(layers)) return layers;
    for (const layer of layers) {
      const label = layer.object === null ? t.quoted(name) : t.layerOf(name, quote(layer.object));
      const c = collect(layer.json, label);
      if (isError(c)) return c;
      out.vertices += c.vertices;
      if (out.vertices > MAX_LOAD_VERTICES) return fail('too-many', t.load.tooManyVerticesAll(num(MAX_LOAD_VERTICES)));
      out.ignored.points += c.ignored.points;
      out.ignored.lines += c.ignored.lines;
      out.ignored.empty += c.ignored.empty;
      const r = recognise(c.features, c.top, file.name, layer.object);
      out.files.push({
        name: layer.object === null ? name : `${name} › ${quote(layer.object)}`,
        format: r.format,
        formatLabel: formatLabel(r.format),
        syntax: decoded.container === 'kmz' ? 'KMZ' : decoded.container === 'gzip' ? `${layer.syntax} (gzip)` : layer.syntax,
        date: r.date,
        dateFrom: r.dateFrom,
      });
      // Two files of one source and one date (the same day's file twice, or two versions of it)
      // would make one line of two drawings: refused, naming both.
      const cats = [...new Set(c.features.map((f) => r.categoryOf(f).key))].sort().join('|');
      const twin = r.date ? layersRead.find((l) => l.format === r.format && l.date === r.date && l.cats === cats) : undefined;
      if (twin) {
        return fail('duplicate-date', t.load.duplicate(twin.name, name, formatLabel(r.format), r.date, shortDate(r.date)));
      }
      layersRead.push({ name: t.quoted(name), format: r.format, date: r.date, cats });
      // One date's line is what is computed: its vertices (the undated features belong to every
      // date) are counted before any repair, and a line too heavy to compute is refused.
      for (const f of c.features) {
        const date = r.dateOf(f) || '';
        vertsByDate.set(date, (vertsByDate.get(date) ?? 0) + f.polygons.reduce((s, p) => s + p.reduce((t, ring) => t + ring.length, 0), 0));
      }
      const undated = vertsByDate.get('') ?? 0;
      const heaviest = Math.max(undated, ...[...vertsByDate].filter(([d]) => d !== '').map(([, n]) => n + undated));
      if (heaviest > MAX_VERTICES) {
        return fail('too-many', t.load.tooManyVertices(files.length === 1 ? name : null, num(MAX_VERTICES), vertsByDate.size > 1 || !vertsByDate.has('')));
      }
      c.features.forEach((f, i) => {
        if (i % 500 === 0) progress('checking', (done + (file.bytes.length * i) / Math.max(1, c.features.length)) / total);
        const def = r.categoryOf(f);
        const geometry = repairPolygons(f.polygons, out.repairs);
        if (!geometry) return;
        const known = categories.get(def.key);
        if (known) known.count++;
        else categories.set(def.key, { ...def, count: 1 });
        const date = r.dateOf(f);
        if (date) dates.add(date);
        out.features.push({ category: def.key, date, geometry });
      });
    }
    done += file.bytes.length;
  }
  out.categories = [...categories.values()];
  out.dates = [...dates].sort();
  if (out.features.length === 0) {
    const what = [
      out.ignored.points && plural(out.ignored.points, t.points),
      out.ignored.lines && plural(out.ignored.lines, t.lines),
      out.repairs.degenerate && plural(out.repairs.degenerate, t.ringsNoArea),
      out.ignored.empty && plural(out.ignored.empty, t.noGeometry),
    ].filter(Boolean);
    return fail('no-polygons', t.load.noPolygons(files.length === 1 ? quote(files[0]!.name, 80) : null, what.join(', ')));
  }
  return out;
}

/** The default way each category counts. */
export function defaultCounting(read: LineRead): Record<string, Counted> {
  return Object.fromEntries(read.categories.map((c) => [c.key, c.counted]));
}

/**
 * What was read and how it is counted, e.g. "DeepState export. Russian-controlled: occupied (14
 * polygons), Crimea (held since 2014) (1). Contested: unknown status (grey zone) (27). Not
 * counted: liberated (39); 66 points. 2 self-intersecting rings repaired."
 */
export function describeRead(read: LineRead, counting: Record<string, Counted>): string {
  const t = msg().read;
  const formats = [...new Set(read.files.map((f) => f.formatLabel))].join(' + ');
  const group = (k: Counted) =>
    read.categories
      .filter((c) => (counting[c.key] ?? c.counted) === k)
      .map((c, i) => `${c.label} (${i === 0 ? plural(c.count, t.describe.polygons) : num(c.count)}${c.note ? `; ${c.note}` : ''})`);
  const parts: string[] = [];
  const ru = group('russian');
  const co = group('contested');
  const ig = group('ignored');
  if (ru.length) parts.push(t.describe.russian(ru.join(', ')));
  if (co.length) parts.push(t.describe.contested(co.join(', ')));
  const other: string[] = [];
  if (read.ignored.points) other.push(plural(read.ignored.points, t.points));
  if (read.ignored.lines) other.push(plural(read.ignored.lines, t.lines));
  if (read.ignored.empty) other.push(plural(read.ignored.empty, t.noGeometry));
  if (ig.length || other.length) parts.push(t.describe.notCounted([ig.join(', '), other.join(', ')].filter(Boolean).join('; ')));
  const rep = repairText(read.repairs);
  return `${formats}. ${parts.join(' ') || t.describe.nothing}${rep ? ` ${rep}` : ''}`;
}

/** The repairs made, as a sentence ("2 self-intersecting rings repaired; 1 unclosed ring closed."), or ''. */
export function repairText(r: Repairs): string {
  const t = msg().read.repairs;
  const out: string[] = [];
  if (r.selfIntersecting) out.push(plural(r.selfIntersecting, t.selfIntersecting));
  if (r.closed) out.push(plural(r.closed, t.closed));
  if (r.degenerate) out.push(plural(r.degenerate, t.degenerate));
  if (r.holesOutside) out.push(plural(r.holesOutside, t.holesOutside));
  if (!out.length) return '';
  const s = out.join('; ');
  return s[0]!.toUpperCase() + s.slice(1) + '.';
}

