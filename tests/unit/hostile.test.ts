/**
 * The hostile corpus through the figures command (issue #14): every case of
 * tests/fixtures/hostile/cases.ts gets its verdict, refused in one line or accepted with valid
 * JSON, within 15 s. Every case runs in-process (the command's own `figures()`, in a thread that
 * a hang cannot stall); the cases marked `spawn` also run as the real command, which must print
 * exactly what the in-process path returned.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import turfArea from '@turf/area';
import { afterAll, describe, expect, test } from 'vitest';
import { HOSTILE_CASES, type HostileCase } from '../fixtures/hostile/cases';
import { FiguresThread, type Outcome } from '../fixtures/hostile/figures_thread';
import { writeCaseFiles } from '../fixtures/hostile/make';
import { BOW_TIE, BOW_TIE_LOBES, collection, feature, json, polygon } from '../fixtures/hostile/pieces';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'src/cli/figures.ts');
/** A case may take this long; a hang fails. */
const LIMIT_MS = 15_000;

const dir = mkdtempSync(join(tmpdir(), 'swapmap-hostile-'));
const thread = new FiguresThread();
afterAll(async () => {
  await thread.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The real command, as a user runs it. */
function command(args: readonly string[], timeout = LIMIT_MS + 5_000) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout });
  return { ...r, ms: performance.now() - t0 };
}

const argsFor = (c: HostileCase) => [...writeCaseFiles(c.files(), join(dir, c.id)).flatMap((p) => ['--line', p]), '--json'];

function expectVerdict(c: HostileCase, out: Outcome): void {
  if ('crash' in out) throw new Error(`the command crashed on ${c.id}: ${out.crash}`);
  if ('refused' in c.expect) {
    expect('refusal' in out, `${c.id} should be refused, but was accepted`).toBe(true);
    const message = (out as { refusal: string }).refusal;
    expect(message).toMatch(c.expect.refused);
    expect(message.split('\n')).toHaveLength(1);
  } else {
    expect('stdout' in out, `${c.id} should be accepted: ${(out as { refusal?: string }).refusal}`).toBe(true);
    const j = JSON.parse((out as { stdout: string }).stdout);
    expect(j.line.read).toMatch(c.expect.accepted);
    expect(typeof j.totals.cedeKm2).toBe('number');
  }
}

describe('the figures command on the hostile corpus', () => {
  test('the corpus has at least 45 cases with unique ids, refusals and acceptances', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(45);
    expect(new Set(HOSTILE_CASES.map((c) => c.id)).size).toBe(HOSTILE_CASES.length);
    expect(HOSTILE_CASES.filter((c) => 'accepted' in c.expect).length).toBeGreaterThanOrEqual(10);
    expect(HOSTILE_CASES.filter((c) => c.spawn).length).toBeGreaterThanOrEqual(12);
  });

  for (const c of HOSTILE_CASES) {
    test(`${c.id}: ${c.what} → ${'refused' in c.expect ? 'refused' : 'accepted'}`, async () => {
      const args = argsFor(c);
      const out = await thread.run(args, LIMIT_MS);
      expectVerdict(c, out);
      if (!c.spawn) return;
      // The real command prints exactly what the in-process path returned.
      const r = command(args);
      expect(r.signal, `the command was stopped after ${Math.round(r.ms)} ms`).toBeNull();
      if ('refusal' in out) {
        expect(r.status).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toBe(`figures: ${out.refusal}\n`);
      } else {
        expect(r.status, r.stderr).toBe(0);
        expect(r.stderr).toBe('');
        expect(r.stdout).toBe((out as { stdout: string }).stdout);
      }
    }, 60_000);
  }

  test('the bow-tie counts both lobes: the same figures as its two triangles, one lobe more than one triangle', async () => {
    const figuresOf = async (name: string, geometry: unknown) => {
      const p = join(dir, name);
      writeFileSync(p, json(collection([feature(geometry)])));
      const out = await thread.run(['--line', p, '--json']);
      if (!('stdout' in out)) throw new Error(JSON.stringify(out));
      return JSON.parse(out.stdout).totals.cedeKm2 as number;
    };
    const bowTie = await figuresOf('bowtie.geojson', polygon(BOW_TIE));
    const both = await figuresOf('lobes.geojson', { type: 'MultiPolygon', coordinates: BOW_TIE_LOBES });
    const oneLobe = await figuresOf('lobe.geojson', polygon(BOW_TIE_LOBES[0]));
    const lobeKm2 = turfArea({ type: 'Polygon', coordinates: BOW_TIE_LOBES[1]! }) / 1e6;
    expect(lobeKm2).toBeGreaterThan(200); // big enough to tell one lobe from two
    // The file is the whole Russian-held area: what it does not hold of Donetsk and Luhansk is ceded.
    expect(Math.abs(bowTie - both)).toBeLessThanOrEqual(1);
    expect(Math.abs(oneLobe - bowTie - lobeKm2)).toBeLessThanOrEqual(2);
  }, 60_000);

  test('a device, a directory and a FIFO are refused at once, in one line, before reading', () => {
    const fifo = join(dir, 'fifo.geojson');
    spawnSync('mkfifo', [fifo]);
    for (const path of ['/dev/zero', dir, fifo]) {
      const r = command(['--line', path, '--json'], 10_000);
      expect(r.signal, `${path}: the command was stopped after ${Math.round(r.ms)} ms`).toBeNull();
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^figures: line file .+ is not a regular file \(a directory, device or pipe\); give a file\.\n$/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  }, 60_000);
});
