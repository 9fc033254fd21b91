import { scenarioProblem, type Scenario } from './scenario';

/**
 * Every scenario file in geodata/scenarios/, bundled at build time: adding a JSON file there
 * adds a scenario, with no code change. Invalid files are reported and left out.
 */
const files = import.meta.glob<Scenario>('../../geodata/scenarios/*.json', { eager: true, import: 'default' });

export function bundledScenarios(): { scenarios: Scenario[]; problems: string[] } {
  const scenarios: Scenario[] = [];
  const problems: string[] = [];
  for (const [path, s] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const problem = scenarioProblem(s, path.split('/').pop()!);
    if (problem) problems.push(problem);
    else scenarios.push(s);
  }
  // The default scenario first, then by date reported.
  scenarios.sort((a, b) => Number(!!b.default) - Number(!!a.default) || a.reported.localeCompare(b.reported));
  return { scenarios, problems };
}
