/**
 * The data files of a folder bundled at build time (`import.meta.glob`, which needs its path
 * written where it is called), in file-name order: the valid ones, and a problem per invalid one.
 */
export function checkedFiles<T>(files: Record<string, T>, problemOf: (x: T, name: string) => string | null): { valid: T[]; problems: string[] } {
  const valid: T[] = [];
  const problems: string[] = [];
  for (const [path, x] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const problem = problemOf(x, path.split('/').pop()!);
    if (problem) problems.push(problem);
    else valid.push(x);
  }
  return { valid, problems };
}
