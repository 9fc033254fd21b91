import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseSnapshotArgs, prepareOutput, type Checked } from '../../src/cli/snapshot_args';
import { MAX_TITLE_LENGTH } from '../../src/export/layout';

const ROOT = resolve(import.meta.dirname, '../..');
const known = { scenarioIds: ['aug-2025', 'nov-2025'], lineDates: ['2025-08-15'] };
const parse = (...argv: string[]) => parseSnapshotArgs(argv, known);
const errorOf = <T>(r: Checked<T>) => (r.ok ? '' : r.error);
const made: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'swapmap-snapshot-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});
const linux = existsSync('/proc/self') && existsSync('/sys/kernel');

describe('snapshot arguments', () => {
  const refused: [string[], RegExp][] = [
    [['--out', 'a.png', '--scale', '-1'], /--scale' argument is ambiguous.*'--scale=-XYZ'/],
    [['--out', 'a.png', '--scale=-1'], /^--scale "-1" is not a number from 0\.5 to 8$/],
    [['--out', 'a.png', '--scale', 'abc'], /^--scale "abc" is not a number/],
    [['--out', 'a.png', '--scale', '0'], /^--scale "0" is not a number/],
    [['--out', 'a.png', '--scale', '9'], /^--scale "9" is not a number/],
    [['--out', 'a.png', '--scale', '1e0'], /^--scale "1e0" is not a number/],
    [['--out', 'a.png', '--scale', 'Infinity'], /^--scale "Infinity" is not a number/],
    [['--out', 'a.png', '--scale'], /argument missing/],
    [['--out', 'a.png', '--size', '0x0'], /^--size "0x0" is not WIDTHxHEIGHT in px with each side 200–16384/],
    [['--out', 'a.png', '--size', '99999x99999'], /^--size "99999x99999" is not WIDTHxHEIGHT/],
    [['--out', 'a.png', '--size', '16385x630'], /^--size "16385x630" is not WIDTHxHEIGHT/],
    [['--out', 'a.png', '--size', '400x400', '--scale', '4'], /laid out at 100×100 CSS px, under 200 per side/],
    [['--out', 'a.png', '--frobnicate'], /^Unknown option '--frobnicate'.*\(usage: npm run snapshot/],
    [['--out', 'a.png', 'b.png'], /^Unexpected argument 'b\.png'/],
    [['--out', 'a.png', '--out', 'b.png'], /^--out is given twice$/],
    [[], /^--out FILE\.png is required/],
    [['--out', 'a.png', '--title', 'x'.repeat(MAX_TITLE_LENGTH + 1)], /^--title is 201 characters long; the limit is 200/],
    [['--out', 'a.png', '--state', '#scenario=nope'], /^--state: unknown scenario "nope"/],
    [['--out', 'a.png', '--state', '#map=22/85/999'], /^--state: cannot read the camera/],
    [['--out', 'a.png', '--credit-url', 'javascript:alert(1)'], /^--credit-url: the method & sources link must start with https:\/\/ or http:\/\//],
    [['--out', 'a.png', '--credit-url', 'example.org'], /^--credit-url: the method & sources link "example\.org" is not an address/],
    [['--out', 'a.png', '--state', '#compare=swipe&swipe=140'], /^--state: cannot read the swipe position "swipe=140"/],
  ];
  /** The command line as a test name, long values shortened. */
  const named = (argv: string[]) => argv.map((a) => (a.length > 24 ? `${a.slice(0, 6)}…(${a.length} chars)` : a)).join(' ') || '(nothing)';
  test.each(refused.map(([argv, message]) => [named(argv), argv, message] as const))('%s is refused in one line', (_, argv, message) => {
    const error = errorOf(parse(...argv));
    expect(error).toMatch(message);
    expect(error).not.toContain('\n');
  });

  test('good arguments: a preset keeps its own scale, a title as long as the page allows is taken', () => {
    expect(parse('--out', 'a.png')).toEqual({ ok: true, value: { out: 'a.png', hash: '', scale: 1, lines: [], lang: 'en' } });
    expect(parse('--out', 'a.png', '--size', '1754x1240')).toMatchObject({ ok: true, value: { size: { width: 1754, height: 1240 }, scale: 2 } });
    expect(parse('--out', 'a.png', '--size', '1200x630', '--scale=1.5', '--state', 'scenario=nov-2025')).toMatchObject({
      ok: true,
      value: { scale: 1.5, hash: '#scenario=nov-2025' },
    });
    expect(parse('--out', 'a.png', '--credit-url', 'https://example.org/swapmap/#about')).toMatchObject({ ok: true, value: { creditUrl: 'https://example.org/swapmap/#about' } });
    // A swipe link, as the page writes it, is a state the command takes.
    expect(parse('--out', 'a.png', '--state', '#compare=swipe&swipe=30')).toMatchObject({ ok: true, value: { hash: '#compare=swipe&swipe=30' } });
    const title = 'é'.repeat(MAX_TITLE_LENGTH);
    expect(parse('--out', 'a.png', '--title', title)).toMatchObject({ ok: true, value: { title } });
  });
});

describe('snapshot output path, checked before rendering', () => {
  test('a directory, a name not ending in .png, a FIFO and a path under a file are refused', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'shots.png'));
    writeFileSync(join(dir, 'file'), '');
    expect(errorOf(prepareOutput(dir))).toMatch(/ is a directory; give a file name ending in \.png$/);
    expect(errorOf(prepareOutput(join(dir, 'shots.png')))).toMatch(/ is a directory/);
    expect(errorOf(prepareOutput(join(dir, 'map.jpg')))).toMatch(/: the snapshot is a PNG; give a file name ending in \.png$/);
    expect(errorOf(prepareOutput(join(dir, 'file', 'map.png')))).toMatch(/"[^"]*\/file" is not a directory$/);
    expect(readdirSync(dir).sort()).toEqual(['file', 'shots.png']);
  });

  test.runIf(linux)('a parent that cannot be created, and a directory that takes no file, are refused at once', () => {
    expect(errorOf(prepareOutput('/proc/nope/x.png'))).toBe('--out "/proc/nope/x.png": cannot create the directory "/proc/nope" (ENOENT: no such file or directory)');
    expect(errorOf(prepareOutput('/proc/nope/deeper/x.png'))).toMatch(/cannot create the directory "\/proc\/nope"/);
    // access() says yes to root here; creating a file does not.
    expect(errorOf(prepareOutput('/sys/x.png'))).toMatch(/^--out "\/sys\/x\.png": cannot write in "\/sys" \((EACCES|EPERM|EROFS)/);
  });

  test.runIf(process.getuid?.() !== 0)('a read-only directory is refused (not as root, whom the mode does not stop)', () => {
    const dir = fresh();
    chmodSync(dir, 0o555);
    expect(errorOf(prepareOutput(join(dir, 'x.png')))).toMatch(/cannot write in .*\((EACCES|EPERM)/);
  });

  test('missing parents are made, the image goes to a temporary file beside the target, and discard leaves nothing', () => {
    const dir = fresh();
    const r = prepareOutput(join(dir, 'a', 'b', 'map.PNG'));
    if (!r.ok) throw new Error(r.error);
    expect(r.value.target).toBe(join(dir, 'a', 'b', 'map.PNG'));
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual([`.map.PNG.${process.pid}.tmp`]);
    r.value.discard();
    expect(readdirSync(dir)).toEqual([]);
  });
});

/** Run the command itself; resolves with its exit code, output and time. */
function snapshot(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  return run(args);
}

function run(args: string[], started?: (p: ReturnType<typeof spawn>) => void): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const t0 = Date.now();
  return new Promise((res, rej) => {
    const p = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/snapshot.ts'), ...args], { cwd: ROOT });
    started?.(p);
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    // A render takes ~17 s: every refusal must come long before.
    const timer = setTimeout(() => {
      p.kill();
      rej(new Error(`snapshot ${args.join(' ')} still running after 15 s`));
    }, 15_000);
    p.on('error', rej);
    p.on('close', (code) => {
      clearTimeout(timer);
      res({ code, stdout, stderr, ms: Date.now() - t0 });
    });
  });
}

describe.concurrent('`npm run snapshot` refuses bad input with exit 2 and one line, before building or rendering', () => {
  const webp = (dir: string) => ['--out', join(dir, 'a.webp')];
  const png = (dir: string, ...more: string[]) => ['--out', join(dir, 'a.png'), ...more];
  const cases: [string, (dir: string) => string[], RegExp][] = [
    ['--scale abc', (d: string) => png(d, '--scale', 'abc'), /--scale "abc"/],
    ['--size 0x0', (d: string) => png(d, '--size', '0x0'), /--size "0x0"/],
    ['an unknown option', (d: string) => png(d, '--unknown'), /Unknown option '--unknown'/],
    ['a positional argument', (d: string) => png(d, 'stray'), /Unexpected argument 'stray'/],
    ['a title of 201 characters', (d: string) => png(d, '--title', 'x'.repeat(MAX_TITLE_LENGTH + 1)), /--title is 201 characters/],
    ['a directory as --out', (d: string) => ['--out', d], /is a directory/],
    ['a .webp file name', webp, /the snapshot is a PNG/],
  ];
  if (linux) cases.push(['a parent that cannot be made (/proc/nope/x.png)', () => ['--out', '/proc/nope/x.png'], /cannot create the directory "\/proc\/nope"/]);
  test.each(cases)('%s', async (_, args, message) => {
    const dir = fresh();
    const r = await snapshot(...args(dir));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^snapshot: [^\n]+\n$/);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  });
});

test('a snapshot stopped while it works (Ctrl+C, kill) leaves neither its file nor the directories it made', async () => {
  const dir = fresh();
  const r = await run(['--out', join(dir, 'new', 'map.png')], (p) => {
    // The temporary file appears once the input is checked; stop the command then.
    const poll = setInterval(() => {
      if (existsSync(join(dir, 'new')) && readdirSync(join(dir, 'new')).length > 0) {
        clearInterval(poll);
        p.kill('SIGTERM');
      }
    }, 20);
    p.on('close', () => clearInterval(poll));
  });
  expect(r.code).toBe(143);
  expect(readdirSync(dir)).toEqual([]);
});

describe('snapshot: dates and small multiples (issue #15)', () => {
  test('--line files, --date, --dates are read; --line may be repeated', () => {
    const r = parse('--out', 'x.png', '--line', 'a.geojson', '--line', 'b.geojson', '--dates', '2025-08-15, 2025-11-01');
    expect(r).toEqual({ ok: true, value: { out: 'x.png', hash: '', scale: 1, lines: ['a.geojson', 'b.geojson'], dates: ['2025-08-15', '2025-11-01'], lang: 'en' } });
    expect(parse('--out', 'x.png', '--line', 'a.geojson', '--date', '2026-01-01')).toMatchObject({ ok: true, value: { date: '2026-01-01' } });
    // Without files, the built-in lines' dates.
    expect(parse('--out', 'x.png', '--date', '2025-08-15')).toMatchObject({ ok: true, value: { date: '2025-08-15', lines: [] } });
  });

  test.each([
    [['--date', '2025-08-15', '--dates', '2025-08-15,2025-09-01'], 'give --date or --dates, not both'],
    [['--date', '15.08.2025'], '--date "15.08.2025" is not YYYY-MM-DD'],
    [['--line', 'f', '--dates', '2025-08-15,2025-09-01,2025-10-01'], '--dates gives 3 dates; small multiples hold 2, 4 or 6'],
    [['--line', 'f', '--dates', '2025-08-15,2025-08-15'], '--dates names a date twice'],
    [['--line', 'f', '--dates', '2025-08-15,x'], '--dates: "x" is not YYYY-MM-DD'],
    [['--line', 'f', '--dates', '2025-08-15,2025-09-01', '--size', '1200x630'], '--size is for one map; small multiples are 1200 px wide at --scale'],
    [['--dates', '2025-08-15,2026-01-01'], 'no built-in line of 2026-01-01 (built in: 2025-08-15); give --line FILE for other dates'],
  ])('%j is refused: %s', (argv, message) => {
    expect(errorOf(parse('--out', 'x.png', ...argv))).toBe(message);
  });
});

describe('small multiples: layout and choices', async () => {
  const { changeBounds, gridColumns, multiplesLayout, spreadDates } = await import('../../src/export/multiples');
  test('dates spread over a file, the first and the last always among them', () => {
    const days = Array.from({ length: 13 }, (_, i) => `2026-01-${String(i + 1).padStart(2, '0')}`);
    expect(spreadDates(days, 4)).toEqual(['2026-01-01', '2026-01-05', '2026-01-09', '2026-01-13']);
    expect(spreadDates(days.slice(0, 3), 4)).toEqual(days.slice(0, 3));
  });

  test('a grid of 2 × 1, 2 × 2 or 3 × 2 maps inside the image, then the legend, the chart and the notes below each other', () => {
    expect([2, 4, 6].map(gridColumns)).toEqual([2, 2, 3]);
    const measure = (t: string) => t.length * 7;
    for (const n of [2, 4, 6]) {
      const l = multiplesLayout({ width: 1200, title: 'T', subtitle: 'S', captions: Array(n).fill('Ceded 1 km²'), legend: ['a', 'b', 'c'], notes: ['n1', 'n2'] }, measure);
      expect(l.panels).toHaveLength(n);
      for (const p of l.panels) {
        expect(p.map.x).toBeGreaterThanOrEqual(24);
        expect(p.map.x + p.map.width).toBeLessThanOrEqual(1200 - 24);
        expect(p.caption.y).toBeGreaterThanOrEqual(p.map.y + p.map.height);
      }
      const bottom = Math.max(...l.panels.map((p) => p.caption.y + 18));
      expect(Math.min(...l.legend.map((r) => r.swatch.y))).toBeGreaterThanOrEqual(bottom);
      expect(l.chart.y).toBeGreaterThan(Math.max(...l.legend.map((r) => r.swatch.y)));
      expect(l.notes[0]!.y).toBeGreaterThanOrEqual(l.chart.y + l.chart.height);
      expect(l.height).toBeGreaterThan(l.notes[1]!.y);
    }
  });

  test('the frame holds every ceded and returned part of every date, with a margin; null when nothing moves', () => {
    const part = (part: string, x0: number, x1: number) => ({ type: 'Feature', properties: { part }, geometry: { type: 'Polygon', coordinates: [[[x0, 48], [x1, 48], [x1, 49], [x0, 49], [x0, 48]]] } });
    const r = (...features: unknown[]) => ({ parts: { type: 'FeatureCollection', features } }) as never;
    expect(changeBounds([r(part('cede', 37, 38)), r(part('return', 36, 36.5), part('freeze', 30, 31))], 0)).toEqual([[36, 48], [38, 49]]);
    expect(changeBounds([r(part('freeze', 30, 31))])).toBeNull();
  });
});
