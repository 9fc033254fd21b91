/**
 * Line files in the page (issues #13, #14): what a real-shaped file is read as, the page's
 * figures against `npm run figures` for the same file, the line in the link, and a 4 MB file
 * read off the main thread with progress and Cancel. The files are written by
 * tests/fixtures/line_files.ts into a temporary directory.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { LineCollection, OblastCollection } from '../../src/data/types';
import { deriveLine } from '../../src/geometry/derive';
import { contains } from '../../src/geometry/polygons';
import type { SwapResult } from '../../src/geometry/swap';
import { readScenarios } from '../../src/cli/scenario_files';
import { LAYER, SOURCE } from '../../src/style/ids';
import { deepStateDaily, deepStateExport, iswLayers, toKml, toKmz, type DeepStateExport } from '../fixtures/line_files';
import { chooseLineFiles, lineShown, openApp, panelKm2, ROOT, screenshot, shownMessage, waitForLine, waitIdle } from './driver';
import { browserSession } from './session';

const SCENARIO = 'aug-2025';
type Totals = SwapResult['totals'];

const dir = mkdtempSync(join(tmpdir(), 'swapmap-lines-'));
const files = { geojson: join(dir, 'deepstate-export.geojson'), kmz: join(dir, 'deepstate-export.kmz'), daily: join(dir, 'deepstatemap_data_20250901.geojson'), isw: join(dir, 'UkraineControlMapAO27APR2026.geojson') };
let ds: DeepStateExport;

/** `npm run figures -- --scenario aug-2025 --json` with these arguments; its totals. */
async function figuresCli(...args: string[]): Promise<{ totals: Totals; line: { date: string; source: string; read?: string } }> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/figures.ts'), '--scenario', SCENARIO, ...args, '--json'], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(stdout);
}

/** The totals of the shown scenario, as the page computed them. */
const pageTotals = (page: Page): Promise<Totals> => page.evaluate(() => window.swapmap!.results.get(window.swapmap!.state().scenario)!.totals);

/** The page's figures equal the expected ones: the panel as shown (whole km²), the results to 0.1 km². */
async function assertFigures(page: Page, want: Totals, what: string): Promise<Totals> {
  const got = await pageTotals(page);
  for (const k of ['cedeKm2', 'returnKm2', 'freezeKm2', 'netRussiaKm2'] as const) {
    assert.ok(Math.abs(got[k] - want[k]) <= 0.1, `${what}: ${k} ${got[k]} on the page, ${want[k]} expected`);
  }
  assert.equal(await panelKm2(page, 'cede'), Math.round(want.cedeKm2), `${what}: ceded in the panel`);
  assert.equal(await panelKm2(page, 'return'), Math.round(want.returnKm2), `${what}: returned in the panel`);
  return got;
}

/** The built-in lines' totals, as the app derives them (the page does it in its worker). */
function builtInTotals(date: string): Totals {
  const read = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
  const d = deriveLine(read('geodata/oblasts.geojson') as OblastCollection, readScenarios(), read(`geodata/lines/${date}.geojson`) as LineCollection)!;
  return d.results.get(SCENARIO)!.totals;
}

/** What the page records from its first byte: main-thread long tasks, and when a line file was chosen. */
interface Recorded {
  longTasks: { start: number; duration: number }[];
  chosen: number;
}

/** Run in the page before its own scripts: a long-task observer and the moment files are chosen in the picker. */
function recordLongTasks(): void {
  const rec: Recorded = { longTasks: [], chosen: -1 };
  (window as unknown as { __lines: Recorded }).__lines = rec;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) rec.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // Capture phase on the document: before the picker's own handler starts the load.
  document.addEventListener('change', (e) => {
    if ((e.target as HTMLElement | null)?.id === 'line-file') rec.chosen = performance.now();
  }, true);
}

/** One look at the page during a load: the map's zoom (the map answers), the progress shown, the line. */
interface Probe {
  /** Round trip of the look, ms (test → page → test). */
  ms: number;
  zoom: number;
  progress: { visible: boolean; phase: string; value: number };
  line: string;
}

async function probe(page: Page): Promise<Probe> {
  const t0 = performance.now();
  const r = await page.evaluate(() => {
    const box = document.querySelector<HTMLElement>('.swapmap-line-progress')!;
    const bar = box.querySelector('progress')!;
    return {
      zoom: window.swapmap!.map.getZoom(),
      progress: { visible: !box.hidden && box.getClientRects().length > 0, phase: box.querySelector('.phase')?.textContent ?? '', value: bar.value },
      line: window.swapmap!.state().line,
    };
  });
  return { ms: performance.now() - t0, ...r };
}

before(() => {
  ds = deepStateExport();
  writeFileSync(files.geojson, JSON.stringify(ds.fc));
  writeFileSync(files.kmz, toKmz(toKml(ds.fc)));
  writeFileSync(files.daily, deepStateDaily('2025-09-01'));
  writeFileSync(files.isw, iswLayers().control);
});

describe('line files in the page', () => {
  const s = browserSession();

  test('a DeepState multi-status export (GeoJSON, then KMZ) is counted by status, says so, and gives the CLI’s figures; a status changed in the Line panel too', async () => {
    // The CLI runs beside the page (its own process): the same files, the same reader.
    const cli = {
      geojson: figuresCli('--line', files.geojson),
      kmz: figuresCli('--line', files.kmz),
      liberated: figuresCli('--line', files.geojson, '--status', 'deepstate:liberated=russian'),
    };
    const app = await openApp(s.browser, s.url);
    const { page } = app;
    try {
      const before = await lineShown(page);
      await chooseLineFiles(page, files.geojson);
      const id = await waitForLine(page, before);
      assert.match(id, /^file-undated-[0-9a-f]{8}$/, 'an undated export: its id in the link');
      const m = await shownMessage(page);
      assert.equal(m?.kind, 'info', m?.text);
      // What was counted, and how, with the fixture's own counts.
      const c = ds.counts;
      const [ru, co, not] = ['Russian-controlled: ', 'Contested: ', 'Not counted: '].map((h) => {
        const at = m!.text.indexOf(h);
        assert.ok(at >= 0, `the message has "${h}": ${m!.text}`);
        return m!.text.slice(at + h.length, m!.text.indexOf('.', at + h.length));
      }) as [string, string, string];
      assert.ok(ru.includes(`occupied (${c.occupied} polygons)`), `occupied counted as Russian-controlled: ${ru}`);
      assert.ok(ru.includes('Crimea, held since 2014 (1)'), `Crimea counted as Russian-controlled: ${ru}`);
      assert.ok(ru.includes('ORDLO, held since 2014 (1)'), `ORDLO counted as Russian-controlled: ${ru}`);
      assert.ok(ru.includes('Tuzla island (1)'), `Tuzla counted as Russian-controlled: ${ru}`);
      assert.ok(not.includes('territories outside Ukraine (2 polygons'), `Transnistria and Abkhazia not counted: ${not}`);
      assert.equal(3 + 2, c.territories, 'the fixture holds Crimea, ORDLO, Tuzla and two territories outside Ukraine');
      assert.ok(co.includes(`unknown status (grey zone) (${c.unknown} polygons)`), `unknown status counted as contested: ${co}`);
      assert.ok(not.includes(`liberated (${c.liberated})`), `liberated not counted: ${not}`);
      assert.ok(not.includes(`${c.points} points`), `points not counted: ${not}`);
      assert.ok(!/liberated/.test(ru) && !/liberated/.test(co), 'liberated neither Russian-controlled nor contested');
      assert.match(m!.text, /^Line loaded: DeepState export\./);
      // The Line panel: the file listed and chosen, what it holds, one choice per status.
      assert.equal(await page.locator('#line-select').inputValue(), id);
      await page.locator('.swapmap-line-read summary').click();
      // The panel says what the message's list does not repeat: the format, the date, what was left out.
      assert.equal(await page.locator('.swapmap-line-read .desc').innerText(), `DeepState export (GeoJSON), undated. Left out: ${c.points} points.`);
      const counted = await page.locator('.swapmap-line-read select[data-category]').evaluateAll((els) => els.map((e) => [(e as HTMLSelectElement).dataset.category, (e as HTMLSelectElement).value]));
      assert.deepEqual(Object.fromEntries(counted), {
        'deepstate:occupied': 'russian',
        'deepstate:crimea': 'russian',
        'deepstate:ordlo': 'russian',
        'deepstate:tuzla': 'russian',
        'deepstate:territories': 'ignored',
        'deepstate:unknown': 'contested',
        'deepstate:liberated': 'ignored',
      });
      await screenshot(page, 'lines-multistatus-read');

      // Page = CLI for the same file.
      const gj = await cli.geojson;
      assert.equal(gj.line.read, m!.text.replace(/^Line loaded: /, '').replace(/ Figures and layers now use it\.$/, ''), 'the CLI reads the file the same way');
      const asGeojson = await assertFigures(page, gj.totals, 'GeoJSON export');
      console.log(`DeepState export: page ceded ${asGeojson.cedeKm2} returned ${asGeojson.returnKm2} km²; CLI ${gj.totals.cedeKm2} / ${gj.totals.returnKm2} km²`);

      // The same export as KMZ: another file (another id), the same reading and figures.
      await chooseLineFiles(page, files.kmz);
      const kmzId = await waitForLine(page, id);
      assert.match(kmzId, /^file-undated-[0-9a-f]{8}$/);
      const mk = await shownMessage(page);
      assert.equal(mk?.kind, 'info', mk?.text);
      assert.equal(mk!.text, m!.text, 'the KMZ is read as the GeoJSON was');
      const kmz = await cli.kmz;
      const asKmz = await assertFigures(page, kmz.totals, 'KMZ export');
      console.log(`DeepState KMZ: page ceded ${asKmz.cedeKm2} returned ${asKmz.returnKm2} km²; CLI ${kmz.totals.cedeKm2} / ${kmz.totals.returnKm2} km²`);
      assert.equal(await page.locator('#line-select option').count(), 4, 'two built-in lines and the two files');

      // Count the liberated polygons as Russian-controlled: the ceded area drops, as the CLI says.
      const lib = page.locator('.swapmap-line-read select[data-category="deepstate:liberated"]');
      await lib.selectOption({ label: 'Russian-controlled' });
      await page.waitForFunction(() => /^Counted again:/.test(document.querySelector('.swapmap-message span')?.textContent ?? ''), null, { timeout: 60_000 });
      await waitIdle(page);
      assert.equal(await lineShown(page), kmzId, 'the same line, counted otherwise');
      const recount = await cli.liberated;
      const after = await assertFigures(page, recount.totals, 'liberated counted as Russian-controlled');
      console.log(`liberated as Russian-controlled: page ceded ${after.cedeKm2} km² (was ${asKmz.cedeKm2}); CLI ${recount.totals.cedeKm2}`);
      assert.ok(after.cedeKm2 < asKmz.cedeKm2 - 100, `the ceded area drops: ${asKmz.cedeKm2} → ${after.cedeKm2} km²`);
      assert.match((await shownMessage(page))!.text, new RegExp(`^Counted again: DeepState export\\. Russian-controlled: [^.]*liberated \\(${c.liberated}\\)`));
      assert.equal(await lib.inputValue(), 'russian');
      assert.deepEqual(app.errors, []);
    } finally {
      await app.context.close();
    }
  });

  test('the line is in the link: a fresh page without the file says so and shows the built-in line; line= in the link switches built-in lines', async () => {
    // A point held by Russia on the built-in 15 Aug 2025 line and not on 23 Feb 2022 (between
    // Selydove and Kurakhove, south of Pokrovsk; Pokrovsk itself is Ukrainian-held on the built-in line).
    const HELD_2025 = [37.3, 48.1] as [number, number];
    const held = (fc: LineCollection) => fc.features.some((f) => f.properties.status === 'russian-controlled' && contains(f.geometry, HELD_2025));
    const lineFile = (date: string) => JSON.parse(readFileSync(join(ROOT, `geodata/lines/${date}.geojson`), 'utf8')) as LineCollection;
    assert.ok(held(lineFile('2025-08-15')) && !held(lineFile('2022-02-23')), 'the probe point falls where the test means it to');
    const expected = { '2025-08-15': builtInTotals('2025-08-15'), '2022-02-23': builtInTotals('2022-02-23') };

    const a = await openApp(s.browser, s.url);
    let link: string;
    try {
      await chooseLineFiles(a.page, files.daily);
      const id = await waitForLine(a.page, await lineShown(a.page));
      assert.match(id, /^file-2025-09-01-[0-9a-f]{8}$/, 'a daily file of 1 Sep 2025');
      assert.match(a.page.url(), new RegExp(`[#&]line=${id}(&|$)`));
      link = a.page.url();
    } finally {
      await a.context.close();
    }

    // The link in a new browser context: no file there.
    const b = await openApp(s.browser, link);
    const { page } = b;
    try {
      const m = await shownMessage(page);
      assert.equal(m?.kind, 'error', m?.text);
      assert.match(m!.text, /made with a line loaded from a file \(dated 1 Sep 2025\), which this browser does not have/);
      assert.match(m!.text, /the map shows the built-in line of 15 Aug 2025 instead/);
      assert.equal(await lineShown(page), '2025-08-15');
      assert.match(page.url(), /[#&]line=2025-08-15(&|$)/, 'the link now names the line shown');
      await assertFigures(page, expected['2025-08-15'], 'the built-in line in place of the missing file');

      /** Everything that names or draws the line. */
      const shows = async (date: string, short: string, long: string) => {
        assert.equal(await lineShown(page), date);
        assert.equal(await page.locator('#line-select').inputValue(), date, 'the Line list');
        assert.match(await page.locator('label[for="toggle-line"]').innerText(), new RegExp(`^Russian-controlled, ${short}`), 'the layer panel');
        assert.equal(await page.locator('#line-heading').innerText(), `against the front line of ${long}`, 'the heading');
        await assertFigures(page, expected[date as keyof typeof expected], `the line of ${date}`);
        // The map: the data of the line's source, and what is drawn at the probe point.
        const data = (await page.evaluate((src) => (window.swapmap!.map.getSource(src) as unknown as { getData(): Promise<LineCollection> }).getData(), SOURCE.line2025)) as LineCollection;
        const drawn = await page.evaluate(
          ({ ll, layer }) => window.swapmap!.map.queryRenderedFeatures(window.swapmap!.map.project(ll), { layers: [layer] }).map((f) => f.properties.status as string),
          { ll: HELD_2025, layer: LAYER.line2025Fill },
        );
        return { inData: held(data), drawn: drawn.includes('russian-controlled') };
      };
      assert.deepEqual(await shows('2025-08-15', '15 Aug 2025', '15 August 2025'), { inData: true, drawn: true }, 'the 2025 line held at the probe');

      const setLine = async (date: string) => {
        const from = await lineShown(page);
        await page.evaluate((d) => (location.hash = location.hash.replace(/line=[^&]*/, `line=${d}`)), date);
        await waitForLine(page, from);
        await page.waitForFunction((d) => window.swapmap!.line.date === d, date);
        await waitIdle(page);
      };
      await setLine('2022-02-23');
      assert.deepEqual(await shows('2022-02-23', '23 Feb 2022', '23 February 2022'), { inData: false, drawn: false }, 'the 2022 line not held at the probe');
      await setLine('2025-08-15');
      assert.deepEqual(await shows('2025-08-15', '15 Aug 2025', '15 August 2025'), { inData: true, drawn: true }, 'back to the 2025 line');
      assert.deepEqual(b.errors, []);
    } finally {
      await b.context.close();
    }
  });

  test('a 4 MB ISW layer is read and computed without freezing the page: progress shown, the map answers, no main-thread task of 200 ms or more', async () => {
    const app = await openApp(s.browser, s.url, { init: recordLongTasks });
    const { page } = app;
    try {
      const before = await lineShown(page);
      await chooseLineFiles(page, files.isw);
      // Look at the page every ~100 ms until the new line is in place.
      const probes: Probe[] = [];
      const t0 = Date.now();
      for (;;) {
        const p = await probe(page);
        probes.push(p);
        if (p.line !== before && !p.progress.visible) break;
        assert.ok(Date.now() - t0 < 90_000, 'the line was shown within 90 s');
        await new Promise((r) => setTimeout(r, 100));
      }
      await waitIdle(page);
      const end = await page.evaluate(() => performance.now());
      const rec = await page.evaluate(() => (window as unknown as { __lines: Recorded }).__lines);
      assert.ok(rec.chosen > 0, 'the choice of the file was seen');
      const during = rec.longTasks.filter((t) => t.start + t.duration > rec.chosen && t.start < end);
      const longest = Math.max(0, ...during.map((t) => t.duration));
      // Every look sent before the line was in place counts, the one that first saw it too (it may have waited for the main thread).
      const loading = probes.filter((p) => p.line === before);
      const slowest = Math.max(...probes.map((p) => p.ms));
      const withPhase = probes.filter((p) => p.progress.visible && p.progress.phase);
      console.log(
        `4 MB ISW layer: shown ${((end - rec.chosen) / 1000).toFixed(1)} s after the choice; ${during.length} long tasks, longest ${longest.toFixed(0)} ms ` +
          `(${during.map((t) => `${t.duration.toFixed(0)} ms at +${((t.start - rec.chosen) / 1000).toFixed(1)} s`).join(', ')}); ${probes.length} looks, slowest ${probes.map((p) => p.ms).sort((x, y) => y - x).slice(0, 3).map((x) => x.toFixed(0)).join(', ')} ms; ` +
          `phases ${[...new Set(withPhase.map((p) => p.progress.phase))].join(' / ')}`,
      );
      // From the choice to the line drawn: reading the file, taking the worker's result and handing its layers to the map all count.
      assert.ok(longest < 200, `longest main-thread task during the load: ${longest.toFixed(0)} ms`);
      assert.ok(withPhase.length >= 1, 'the progress was shown with a phase');
      assert.ok(loading.length >= 3, `the page was looked at during the load (${loading.length} times)`);
      assert.ok(slowest < 300, `the map answered getZoom() within 300 ms throughout the load (slowest ${slowest.toFixed(0)} ms of ${probes.length})`);
      assert.ok(loading.every((p) => p.zoom === probes[0]!.zoom && p.zoom > 4), 'the map kept its view');
      // The line is the file's.
      assert.match(await lineShown(page), /^file-2026-04-27-[0-9a-f]{8}$/);
      assert.equal((await shownMessage(page))?.kind, 'info');
      assert.match(await page.locator('#figures table.figures:not(.people) caption').innerText(), /on 27 Apr 2026 \(loaded from UkraineControlMapAO27APR2026\.geojson: ISW\/CTP layer\)/);
      assert.deepEqual(app.errors, []);
    } finally {
      await app.context.close();
    }
  });

  test('Cancel during a load keeps the line and figures shown before, says so, and nothing changes later', async () => {
    const app = await openApp(s.browser, s.url);
    const { page } = app;
    try {
      /** What the reader sees of the line: the state, the list, the link, the figures, the layer label. */
      const seen = async () => ({
        line: await lineShown(page),
        list: await page.locator('#line-select').inputValue(),
        options: await page.locator('#line-select option').count(),
        link: /[#&]line=([^&]*)/.exec(page.url())?.[1],
        cede: await panelKm2(page, 'cede'),
        ret: await panelKm2(page, 'return'),
        totals: await pageTotals(page),
        label: await page.locator('label[for="toggle-line"]').innerText(),
        progress: await page.locator('.swapmap-line-progress').isVisible(),
      });
      const before = await seen();
      assert.equal(before.line, '2025-08-15');
      await chooseLineFiles(page, files.isw);
      const progress = page.locator('.swapmap-line-progress');
      await progress.waitFor({ state: 'visible' });
      await screenshot(page, 'lines-progress');
      await page.locator('.swapmap-line-cancel').click({ timeout: 5_000 });
      await progress.waitFor({ state: 'hidden', timeout: 2_000 });
      const m = await shownMessage(page);
      assert.equal(m?.kind, 'info', m?.text);
      assert.equal(m!.text, 'Cancelled: the map keeps the line of 15 Aug 2025.');
      assert.deepEqual(await seen(), before, 'right after Cancel');
      await page.waitForTimeout(10_000);
      assert.deepEqual(await seen(), before, '10 s after Cancel');
      assert.deepEqual(await shownMessage(page), m, 'no later message (no error)');
      assert.deepEqual(app.errors, []);
    } finally {
      await app.context.close();
    }
  });
});
