/**
 * From what the reader found to a line: the features that count as Russian-controlled united,
 * the contested ones united and cut back to what is not Russian-controlled, for one date.
 */
import { difference, unionAll } from '../geometry/clip';
import type { LineCollection, LineProps } from '../data/types';
import type { Areal } from '../geometry/clip';
import { msg } from '../text/i18n';
import { fail, type ReadError } from './errors';
import type { Counted } from './formats';
import { describeRead, type LineRead } from './index';

export interface AssembledLine {
  line: LineCollection;
  /** The date shown ('' for an undated line). */
  date: string;
  /** What the line was read from, as the figures and exports credit it: "deepstate.geojson: DeepState export". */
  source: string;
  /** What was read and how it counts, in a sentence or two. */
  description: string;
}

/**
 * Build the line of one date. Features dated otherwise are left out; undated features (e.g. an
 * undated layer loaded beside a dated one) belong to every date. Without `date`, the latest date.
 */
export function assembleLine(read: LineRead, counting: Record<string, Counted>, date?: string): AssembledLine | ReadError {
  const day = date && read.dates.includes(date) ? date : (read.dates[read.dates.length - 1] ?? '');
  const of = (k: Counted) =>
    read.features.filter((f) => (counting[f.category] ?? 'ignored') === k && (f.date === '' || f.date === day || read.dates.length === 0)).map((f) => f.geometry);
  const held = unionAll(of('russian'));
  const grey = difference(unionAll(of('contested')), held);
  const description = describeRead(read, counting);
  if (!held && !grey) {
    return fail('no-polygons', msg().read.load.nothingCounted(read.files.length === 1 ? read.files[0]!.name : null, description.replace(/\.$/, '')));
  }
  const source = read.files.map((f) => `${f.name}: ${f.formatLabel}`).join(' + ');
  const props = (status: LineProps['status']): LineProps => ({ status, date: day, sources: [source] });
  const features: LineCollection['features'] = [];
  const add = (status: LineProps['status'], g: Areal | null) => g && features.push({ type: 'Feature', properties: props(status), geometry: g });
  add('russian-controlled', held);
  add('contested', grey);
  return { line: { type: 'FeatureCollection', features }, date: day, source, description };
}
