import { checkedFiles } from './bundled';
import { estimateProblem, localEstimate, type Estimate } from './estimate';

/**
 * Every estimate file in geodata/estimates/, bundled at build time: adding a JSON file there
 * adds an estimate, with no code change. Invalid files are reported and left out. The estimates
 * come in the current language (their Ukrainian texts from each file's `uk` block).
 */
const files = import.meta.glob<Estimate>('../../geodata/estimates/*.json', { eager: true, import: 'default' });

export function bundledEstimates(): { estimates: Estimate[]; problems: string[] } {
  const { valid, problems } = checkedFiles(files, estimateProblem);
  return { estimates: valid.map((e) => localEstimate(e)), problems };
}
