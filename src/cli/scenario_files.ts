/** Node side of geodata/scenarios/ and geodata/lines/: the same files the app bundles, read from disk. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scenarioProblem, type Scenario } from '../data/scenario';

export const SCENARIO_DIR = resolve(import.meta.dirname, '../../geodata/scenarios');

/** Every scenario file, in file-name order; throws with a one-line message for the first bad one. */
export function readScenarios(dir = SCENARIO_DIR): Scenario[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      let s: unknown;
      try {
        s = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      } catch (e) {
        throw new Error(`${f} is not valid JSON (${(e as Error).message})`, { cause: e });
      }
      const problem = scenarioProblem(s, f);
      if (problem) throw new Error(problem);
      return s as Scenario;
    });
}

export const LINES_DIR = resolve(import.meta.dirname, '../../geodata/lines');

/** The dates of the built-in lines: every geodata/lines/YYYY-MM-DD.geojson, ascending. */
export function builtInLineDates(dir = LINES_DIR): string[] {
  return readdirSync(dir)
    .map((f) => /^(\d{4}-\d{2}-\d{2})\.geojson$/.exec(f)?.[1])
    .filter((d): d is string => !!d)
    .sort();
}
