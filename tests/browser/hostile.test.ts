/**
 * The hostile corpus (tests/fixtures/hostile/cases.ts) through the page's file input, one page
 * for the whole corpus: every file gets the verdict the figures command gives it, word for word
 * (refused: the same message and "The map keeps its current line.", the line and figures
 * intact; accepted: the same description, and the same ceded area as the command computes), with
 * no error in the console. Then the races of a reader who changes their mind.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { HOSTILE_CASES, iswPair, type CaseFile, type HostileCase } from '../fixtures/hostile/cases';
import { FiguresThread, type Outcome } from '../fixtures/hostile/figures_thread';
import { diskName, writeCaseFiles } from '../fixtures/hostile/make';
import { SQUARE, utf8 } from '../fixtures/hostile/pieces';
import { contentHash } from '../../src/worker/hash';
import Papa from 'papaparse';
import { downloadFiles, openApp, waitIdle, type AppPage } from './driver';
import { browserSession } from './session';

const BUILT_IN = '2025-08-15';
const KEEP = ' The map keeps its current line.';
const FILE_LINE = /^file-(\d{4}-\d{2}-\d{2}|undated)-[0-9a-f]{8}$/;

let app: AppPage;
let page: Page;
/** The ceded area the page shows for the built-in line. */
let builtInCede = '';
const dir = mkdtempSync(join(tmpdir(), 'swapmap-hostile-page-'));
const thread = new FiguresThread();

const cedeText = () => page.locator('#figures dd[data-figure="cede"]').innerText();
const lineId = () => page.evaluate(() => window.swapmap!.state().line);
/** km² as the figures panel writes them. */
const km2 = (x: number) => `${Math.round(x).toLocaleString('en-GB')} km²`;

/** Choose the built-in line in the list (unless shown) and wait for its figures. */
async function showBuiltIn(): Promise<void> {
  if ((await lineId()) !== BUILT_IN) await page.selectOption('#line-select', BUILT_IN);
  await page.waitForFunction(
    ([id, cede]) => window.swapmap!.state().line === id && document.querySelector('#figures dd[data-figure="cede"]')?.textContent === cede,
    [BUILT_IN, builtInCede] as const,
  );
}

/** Dismiss the message, if one is shown, as a reader would. */
async function dismiss(): Promise<void> {
  const box = page.locator('.swapmap-message');
  if (await box.isVisible()) await page.getByRole('button', { name: 'Dismiss message' }).click();
}

/** The files as the input takes them: paths, or the bytes when the name cannot be a file name on disk. */
function inputFiles(files: readonly CaseFile[], paths: readonly string[]) {
  if (files.every((f) => diskName(f.name) === f.name)) return [...paths];
  return files.map((f, i) => ({ name: f.name, mimeType: 'application/geo+json', buffer: readFileSync(paths[i]!) }));
}

/** Choose files in "Load a line file…" and wait for the page's message. */
async function choose(files: Parameters<Page['setInputFiles']>[1]): Promise<{ kind: string; text: string }> {
  await dismiss();
  await page.setInputFiles('#line-file', files);
  const box = page.locator('.swapmap-message');
  await box.waitFor({ state: 'visible', timeout: 90_000 });
  return { kind: (await box.getAttribute('data-kind')) ?? '', text: (await box.locator('span').innerText()).trim() };
}

/** Extra checks of single cases, after the common ones. */
const EXTRA: Record<string, () => Promise<void>> = {
  /** Hostile text in an accepted file stays text: nothing runs, no element appears (was input.test.ts). */
  'html-in-properties': async () => {
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.equal(await page.locator('img[src="x"], iframe, .maplibregl-map script').count(), 0);
    // The unknown status is listed, as text, among the statuses of the Line panel.
    assert.match((await page.locator('.swapmap-line-read .statuses').textContent()) ?? '', /“<img src=x onerror="window\.__pwned=1">”/);
    // Dated by its `date` property: the link names the line by date and content, the panels by date.
    assert.match(page.url(), /[#&]line=file-2025-09-01-[0-9a-f]{8}(&|$)/);
    assert.match(await page.locator('label[for="toggle-line"]').innerText(), /Russian-controlled, 1 Sep 2025/);
    assert.match(await page.locator('#figures table.figures:not(.people) caption').innerText(), /on 1 Sep 2025 \(loaded from line\.geojson: polygons\)/);
  },
  /**
   * The file name reaches the CSV's JSON sidecar (as a JSON string), not the CSV: no cell a
   * spreadsheet would run, and every row as wide as the header.
   */
  'formula-file-name': async () => {
    if (!(await page.locator('#export-panel').isVisible())) await page.locator('#export-toggle').click();
    const [csv, sidecar] = await downloadFiles(page, '#export-csv', 2);
    await page.keyboard.press('Escape');
    assert.match(JSON.parse(sidecar!.text).line.source, /=HYPERLINK\("http:\/\/e\.example","y"\)/, 'the file name is in the sidecar');
    const parsed = Papa.parse<string[]>(csv!.text, { skipEmptyLines: true });
    assert.deepEqual(parsed.errors, []);
    const cells = parsed.data.flat();
    // Text cells are defused; a negative number (a net change) is a number, not a formula.
    for (const cell of cells) if (!/^-?\d+(\.\d+)?$/.test(cell)) assert.doesNotMatch(cell, /^[=+\-@]/, `a cell a spreadsheet would run: ${cell}`);
    const width = parsed.data[0]!.length;
    for (const r of parsed.data) assert.equal(r.length, width, `row of ${r.length} cells: ${r.join(' | ')}`);
  },
  /** Several files read together: the heading credits both. */
  'isw-pair': async () => {
    const heading = await page.locator('#line-heading').innerText();
    assert.match(heading, /isw-control\.geojson: ISW\/CTP layer \+ isw-advances\.geojson: ISW\/CTP layer/);
  },
};

describe('hostile line files in the page', () => {
  const s = browserSession();
  before(async () => {
    app = await openApp(s.browser, s.url);
    page = app.page;
    builtInCede = await cedeText();
    assert.equal(await lineId(), BUILT_IN);
  });
  after(async () => {
    await thread.close();
    await app?.context.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const c of HOSTILE_CASES) {
    test(`${c.id}: ${c.what} → ${'refused' in c.expect ? 'refused' : 'accepted'}, as by the command`, async () => {
      await checkCase(c);
    });
  }

  test('a large file, then at once a small one: the small one wins and stays', async () => {
    await showBuiltIn();
    const isw = iswPair();
    const [big] = writeCaseFiles([{ name: 'isw-control.geojson', bytes: utf8(isw.control) }], join(dir, 'race-big'));
    const small = utf8(JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: SQUARE } }] }));
    const [path] = writeCaseFiles([{ name: 'small.geojson', bytes: small }], join(dir, 'race-small'));
    // How long the large file takes to read and compute (the page's worker runs the same code).
    const bigRun = await thread.run(['--line', big!, '--json'], 60_000);
    const smallRun = await thread.run(['--line', path!, '--json']);
    assert.ok('stdout' in bigRun && 'stdout' in smallRun);
    const smallCede = km2(JSON.parse(smallRun.stdout).totals.cedeKm2);
    assert.notEqual(smallCede, km2(JSON.parse(bigRun.stdout).totals.cedeKm2));
    const smallId = `file-undated-${contentHash([{ name: 'small.geojson', bytes: small }])}`;

    await dismiss();
    const errors = app.errors.length;
    await page.setInputFiles('#line-file', big!);
    await page.setInputFiles('#line-file', path!);
    await page.waitForFunction((id) => window.swapmap!.state().line === id, smallId, { timeout: 60_000 });
    // Long enough for the large file to have finished, had it not been dropped.
    await page.waitForTimeout(Math.max(5_000, 3 * bigRun.ms));
    await waitIdle(page);
    assert.equal(await lineId(), smallId, 'the small file’s line stays');
    assert.equal(await cedeText(), smallCede, 'the small file’s figures stay');
    const box = page.locator('.swapmap-message');
    assert.equal(await box.getAttribute('data-kind'), 'info');
    assert.match(await box.innerText(), /^Line loaded: polygons\. Russian-controlled: polygons \(1 polygon\)\./);
    assert.deepEqual(app.errors.slice(errors), []);
  });

  // loadFiles awaits every file's bytes (File.arrayBuffer) before it asks the worker: the small
  // file's bytes come first, and without the load's sequence number (src/app.ts) the large file,
  // chosen before it, superseded it and won.
  test('a large file and a small one chosen in the same moment: the one chosen last wins', async () => {
    await showBuiltIn();
    await dismiss();
    const errors = app.errors.length;
    const isw = iswPair();
    const small = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: SQUARE } }] });
    const smallId = `file-undated-${contentHash([{ name: 'small.geojson', bytes: utf8(small) }])}`;
    // Two choices in one task, as fast as a script (or a drop then a pick) can make them: the
    // large file's bytes take longer to come out of its Blob than the small one's.
    await page.evaluate(
      ([big, little]) => {
        const input = document.getElementById('line-file') as HTMLInputElement;
        for (const f of [new File([big], 'isw-control.geojson'), new File([little], 'small.geojson')]) {
          const dt = new DataTransfer();
          dt.items.add(f);
          input.files = dt.files;
          input.dispatchEvent(new Event('change'));
        }
      },
      [isw.control, small] as const,
    );
    // Settled: a loaded line shown and no job running.
    await page.waitForFunction(() => window.swapmap!.state().line.startsWith('file-') && (document.querySelector('.swapmap-line-progress') as HTMLElement).hidden, null, {
      timeout: 90_000,
    });
    assert.equal(await lineId(), smallId, 'the file chosen last is shown');
    assert.deepEqual(app.errors.slice(errors), []);
  });

  test('several files dropped on the map at once load together, as layers of one line', async () => {
    await showBuiltIn();
    await dismiss();
    const errors = app.errors.length;
    const isw = iswPair();
    // A drop as the browser makes it: a DataTransfer holding both files, dropped on the map.
    const transfer = await page.evaluateHandle(
      ([control, advances]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([control], 'isw-control.geojson', { type: 'application/geo+json' }));
        dt.items.add(new File([advances], 'isw-advances.geojson', { type: 'application/geo+json' }));
        return dt;
      },
      [isw.control, isw.advances] as const,
    );
    await page.dispatchEvent('#map', 'drop', { dataTransfer: transfer });
    const box = page.locator('.swapmap-message');
    await box.waitFor({ state: 'visible', timeout: 90_000 });
    assert.equal(await box.getAttribute('data-kind'), 'info', await box.innerText());
    assert.match(await box.innerText(), /^Line loaded: ISW\/CTP layer\. Russian-controlled: assessed Russian control \(\d+ polygons\), assessed Russian advances \(200\)\./);
    assert.match(await page.locator('#line-heading').innerText(), /isw-control\.geojson: ISW\/CTP layer \+ isw-advances\.geojson: ISW\/CTP layer/);
    assert.match(await lineId(), FILE_LINE);
    assert.deepEqual(app.errors.slice(errors), []);
  });
});

/** One case: the command's verdict first (in-process), then the page's, which must be the same. */
async function checkCase(c: HostileCase): Promise<void> {
  const files = c.files();
  const paths = writeCaseFiles(files, join(dir, c.id));
  const out: Outcome = await thread.run([...paths.flatMap((p) => ['--line', p]), '--json'], 60_000);
  if ('crash' in out) throw new Error(out.crash);
  await showBuiltIn();
  const errors = app.errors.length;
  const t0 = performance.now();
  const shown = await choose(inputFiles(files, paths));
  const ms = performance.now() - t0;
  assert.ok(ms < 60_000, `the page took ${Math.round(ms)} ms`);
  if ('refused' in c.expect) {
    assert.ok('refusal' in out, `the command accepted ${c.id}`);
    assert.match(out.refusal, c.expect.refused);
    assert.equal(shown.kind, 'error', shown.text);
    assert.equal(shown.text, `${out.refusal}${KEEP}`, 'the page says what the command says');
    // Nothing changed: the built-in line, its figures, the link.
    assert.equal(await lineId(), BUILT_IN);
    assert.equal(await page.evaluate(() => window.swapmap!.line.date), BUILT_IN);
    assert.equal(await cedeText(), builtInCede);
    assert.match(page.url(), /[#&]line=2025-08-15(&|$)/);
  } else {
    assert.ok('stdout' in out, `the command refused ${c.id}: ${(out as { refusal?: string }).refusal}`);
    const json = JSON.parse(out.stdout);
    assert.match(json.line.read, c.expect.accepted);
    assert.equal(shown.kind, 'info', shown.text);
    assert.equal(shown.text, `Line loaded: ${json.line.read} Figures and layers now use it.`, 'the page reads what the command reads');
    await waitIdle(page);
    const id = await lineId();
    assert.match(id, FILE_LINE);
    assert.ok(page.url().includes(`line=${id}`), page.url());
    assert.equal(await cedeText(), km2(json.totals.cedeKm2), 'the page computes the command’s figures');
    await EXTRA[c.id]?.();
  }
  assert.deepEqual(app.errors.slice(errors), [], 'no error in the console');
}
