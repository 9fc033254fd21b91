/**
 * One line size of the compute benchmark, in its own process so that the parent can stop it at a
 * time cap: `node --import tsx bench/compute_child.ts SIZE RUNS SOFT_LIMIT_MS`. SIZE 0 means the
 * default line as it is. Prints one JSON line: the vertex count and the timings.
 */
import { loadInputs, syntheticLine, timeCompute, vertexCount } from './compute';

const [size = 0, runs = 5, softMs = 15_000] = process.argv.slice(2).map(Number);
const { oblasts, line: base, scenarios } = loadInputs();
const line = size ? syntheticLine(base, size, oblasts) : base;
const t = timeCompute(oblasts, line, scenarios, { runs, softMs });
process.stdout.write(JSON.stringify({ size, vertices: vertexCount(line), scenarioIds: scenarios.map((s) => s.id), ...t }) + '\n');
