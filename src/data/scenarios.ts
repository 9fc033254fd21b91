import { checkedFiles } from './bundled';
import { localScenario, scenarioProblem, type Scenario } from './scenario';

/**
 * Every scenario file in geodata/scenarios/, bundled at build time: adding a JSON file there
 * adds a scenario, with no code change. Invalid files are reported and left out. The scenarios
 * come in the current language (their Ukrainian texts from each file's `uk` block).
 */
const files = import.meta.glob<Scenario>('../../geodata/scenarios/*.json', { eager: true, import: 'default' });

export function bundledScenarios(): { scenarios: Scenario[]; problems: string[] } {
  const { valid, problems } = checkedFiles(files, scenarioProblem);
  const scenarios = valid.map((s) => localScenario(s));
  // The default scenario first, then by date reported.
  scenarios.sort((a, b) => Number(!!b.default) - Number(!!a.default) || a.reported.localeCompare(b.reported));
  return { scenarios, problems };
}
