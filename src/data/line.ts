import type { LineCollection } from './types';

/** The date a line describes: the date its features carry, if they agree. */
export function lineDate(line: LineCollection): string {
  const dates = new Set(line.features.map((f) => f.properties.date).filter(Boolean));
  return dates.size === 1 ? [...dates][0]! : '';
}
