import { checkedFiles } from './bundled';
import { scenarioProblem, type Scenario } from './scenario';

/**
 * Every scenario file in geodata/scenarios/, bundled at build time: adding a JSON file there
 * adds a scenario, with no code change. Invalid files are reported and left out.
 */
const files = import.meta.glob<Scenario>('../../geodata/scenarios/*.json', { eager: true, import: 'default' });

export function bundledScenarios(): { scenarios: Scenario[]; problems: string[] } {
  const { valid: scenarios, problems } = checkedFiles(files, scenarioProblem);
  // The default scenario first, then by date reported.
  scenarios.sort((a, b) => Number(!!b.default) - Number(!!a.default) || a.reported.localeCompare(b.reported));
  return { scenarios, problems };
}
