/** Node side of geodata/scenarios/, geodata/estimates/ and geodata/lines/: the same files the app bundles, read from disk. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { localScenario, scenarioProblem, type Scenario } from '../data/scenario';
import { msg } from '../text/i18n';
import { estimateProblem, localEstimate, type Estimate } from '../data/estimate';

export const SCENARIO_DIR = resolve(import.meta.dirname, '../../geodata/scenarios');

/** Every scenario file, in file-name order, in the current language; throws with a one-line message for the first bad one. */
export function readScenarios(dir = SCENARIO_DIR): Scenario[] {
  return (readJsonDir(dir, scenarioProblem) as Scenario[]).map((s) => localScenario(s));
}

export const ESTIMATES_DIR = resolve(import.meta.dirname, '../../geodata/estimates');

/** Every published population estimate, in file-name order, in the current language; throws with a one-line message for the first bad one. */
export function readEstimates(dir = ESTIMATES_DIR): Estimate[] {
  return (readJsonDir(dir, estimateProblem) as Estimate[]).map((e) => localEstimate(e));
}

function readJsonDir(dir: string, problemOf: (x: unknown, file: string) => string | null): unknown[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      let s: unknown;
      try {
        s = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      } catch (e) {
        throw new Error(msg().data.notJson(f, (e as Error).message), { cause: e });
      }
      const problem = problemOf(s, f);
      if (problem) throw new Error(problem);
      return s;
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
