/**
 * A file of many dates (DeepState's history, tests/fixtures/line_files.ts): the date slider and
 * the timeline chart choose the date the whole page uses (map, figures, link), by keyboard and by
 * pointer; the chart marks the date shown and holds every date, also as a table; the figures of
 * each date equal `npm run figures --all-dates`.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import Papa from 'papaparse';
import { deepStateHistory, monthly } from '../fixtures/line_files';
import { blend, chooseLineFiles, colourDistance, decode, hex, lineShown, openApp, panelKm2, ROOT, screenshot, waitForLine } from './driver';
import { defaultTheme as theme } from '../../src/style/theme';
import { browserSession } from './session';

const DATES = ['2025-08-15', ...monthly('2025-09', 5)];
const dir = mkdtempSync(join(tmpdir(), 'swapmap-timeline-'));
const FILE = join(dir, 'deepstate-map-data.geojson');
writeFileSync(FILE, deepStateHistory(DATES));

/** The CLI's figures of every date of the file. */
async function cliDates(): Promise<{ date: string; totals: { cedeKm2: number; returnKm2: number } }[]> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/figures.ts'), '--scenario', 'aug-2025', '--line', FILE, '--all-dates', '--json'], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(stdout);
}

const dateOf = (id: string) => /^file-(\d{4}-\d{2}-\d{2})-[0-9a-f]{8}$/.exec(id)?.[1];

describe('a line of many dates', () => {
  const s = browserSession();
  let page: Page;
  let cli: Awaited<ReturnType<typeof cliDates>>;
  before(async () => {
    page = (await openApp(s.browser, s.url, { width: 1280, height: 900 })).page;
    cli = await cliDates();
  });

  test('the latest date is shown; the slider steps dates by keyboard and by pointer, and the figures and the link follow', async () => {
    await chooseLineFiles(page, FILE);
    let id = await waitForLine(page, '2025-08-15');
    assert.equal(dateOf(id), DATES[DATES.length - 1], 'the latest date first');
    assert.equal(await page.locator('#line-date').getAttribute('max'), String(DATES.length - 1));
    assert.equal(await page.locator('output[for="line-date"]').innerText(), '1 Jan 2026');
    // Keyboard: one step back.
    await page.focus('#line-date');
    await page.keyboard.press('ArrowLeft');
    id = await waitForLine(page, id);
    assert.equal(dateOf(id), DATES[DATES.length - 2]);
    assert.match(page.url(), new RegExp(`[#&]line=${id}(&|$)`), 'the link names the date');
    assert.match(await page.locator('label[for="toggle-line"]').innerText(), /Russian-controlled, 1 Dec 2025/);
    const want = cli.find((d) => d.date === DATES[DATES.length - 2])!;
    assert.equal(await panelKm2(page, 'cede'), Math.round(want.totals.cedeKm2), 'the panel shows the figures of that date');
    // Pointer: drag the slider to its start.
    const box = (await page.locator('#line-date').boundingBox())!;
    await page.mouse.click(box.x + 2, box.y + box.height / 2);
    id = await waitForLine(page, id);
    assert.equal(dateOf(id), DATES[0]);
    assert.equal(await panelKm2(page, 'cede'), Math.round(cli[0]!.totals.cedeKm2));
  });

  test('the timeline: every date in the chart and its table, the date shown marked, a point clicked or Enter shows its date', async () => {
    await page.waitForSelector('.timeline-chart', { timeout: 90_000 });
    const rows = await page.locator('.timeline table tr').evaluateAll((trs) => trs.slice(1).map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    assert.equal(rows.length, DATES.length, 'a row per date');
    for (const [i, d] of cli.entries()) assert.equal(rows[i]![1], `${Math.round(d.totals.cedeKm2).toLocaleString('en-GB')} km²`, `ceded on ${d.date}, as the CLI`);
    // Two points per date (ceded, returned); the date shown drawn larger.
    assert.equal(await page.locator('.timeline-chart circle').count(), 2 * DATES.length);
    const shown = dateOf(await lineShown(page))!;
    const big = await page.locator('.timeline-chart circle[r="4.5"]').evaluateAll((cs) => cs.map((c) => (c as SVGElement).dataset.date));
    assert.deepEqual(big, [shown, shown]);
    // Pointer: a point shows its date.
    await page.locator(`.timeline-chart circle[data-date="${DATES[3]}"]`).first().click();
    let id = await waitForLine(page, await lineShown(page));
    assert.equal(dateOf(id), DATES[3]);
    // Keyboard: the arrows read the dates out, Enter shows the one read.
    await page.waitForSelector('.timeline-chart');
    await page.focus('.timeline-chart');
    await page.keyboard.press('ArrowRight');
    assert.match(await page.locator('.timeline-readout').innerText(), /^1 Dec 2025: ceded [\d,]+ km², returned [\d,]+ km², ratio/);
    await page.keyboard.press('Enter');
    id = await waitForLine(page, id);
    assert.equal(dateOf(id), DATES[4]);
    await screenshot(page, 'timeline');
  });

  test('the figures of every date as CSV: the table of `npm run figures -- --all-dates --csv`, the people of every date included', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.timeline-csv').click()]);
    assert.equal(download.suggestedFilename(), `swapmap-aug-2025-${DATES[0]}-to-${DATES[DATES.length - 1]}.csv`);
    const got = readFileSync((await download.path())!, 'utf8');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/figures.ts'), '--scenario', 'aug-2025', '--line', FILE, '--all-dates', '--csv'], { cwd: ROOT, encoding: 'utf8' });
    // The same table, the people columns too: the timeline's worker counts the towns of every date.
    const parse = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    assert.equal(got.charCodeAt(0), 0xfeff);
    assert.deepEqual(parse(got), parse(stdout));
    assert.ok(stdout.split('\n')[0]!.includes('people_ceded'));
    const people = parse(got).filter((r) => r.iso === 'TOTAL').map((r) => Number(r.people_ceded));
    assert.ok(people.every((n) => Number.isFinite(n) && n > 0), `people ceded on every date: ${people.join(', ')}`);
    // Every date, with a totals row whose ceded area is the date's total (read with a CSV parser).
    const rows = Papa.parse<Record<string, string>>(got.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    assert.deepEqual([...new Set(rows.map((r) => r.date))], DATES);
    for (const d of cli) {
      const total = rows.find((r) => r.date === d.date && r.iso === 'TOTAL')!;
      assert.ok(Math.abs(Number(total.ceded_km2) - d.totals.cedeKm2) <= 1, `${d.date}: ${total.ceded_km2} vs ${d.totals.cedeKm2}`);
    }
  });

  test('compare two dates: both sets of figures, what was taken in between on the map, the link; and back to one date', async () => {
    const shownId = await lineShown(page);
    const hash = shownId.slice(-8);
    const first = `file-${DATES[0]}-${hash}`;
    await page.selectOption('#line-vs', first);
    await page.waitForSelector('.change-key', { timeout: 90_000 });
    assert.match(page.url(), new RegExp(`[#&]vs=${first}(&|$)`), 'the link names the date compared with');
    assert.match(page.url(), /[#&]layers=[^&]*change/, 'the layer of what changed is on');
    const cell = async (figure: string, col: number) => Number((await page.locator(`.compare-table tr[data-figure="${figure}"] td`).nth(col).innerText()).replace(/[^\d]/g, ''));
    const a = cli.find((d) => d.date === DATES[0])!;
    const b = cli.find((d) => d.date === dateOf(shownId))!;
    assert.equal(await cell('cede', 0), Math.round(a.totals.cedeKm2), `ceded on ${DATES[0]}, as the CLI`);
    assert.equal(await cell('cede', 1), Math.round(b.totals.cedeKm2), `ceded on ${b.date}, as the CLI`);
    const km = async (figure: string) => Number((await page.locator(`.change-key li[data-figure="${figure}"]`).innerText()).split(':').pop()!.replace(/[^\d]/g, ''));
    const gained = await km('gained');
    const lost = await km('lost');
    assert.ok(gained > 50, `the fixture's front moved: ${gained} km² taken`);
    // What was taken less what was retaken is the change of the Russian-held area (within rounding and slivers).
    assert.ok(Math.abs(gained - lost - ((await cell('held', 1)) - (await cell('held', 0)))) <= 3);
    const features = await page.evaluate(() => window.swapmap!.map.querySourceFeatures('line-change').length);
    assert.ok(features > 0, 'the map has the areas that changed');
    assert.equal(await page.locator('label[for="toggle-change"]').isVisible(), true, 'the layer panel has a row for them');
    await screenshot(page, 'compare-dates');
    // Back to one date.
    await page.selectOption('#line-vs', '');
    await page.waitForFunction(() => !document.querySelector('.compare-dates'));
    assert.doesNotMatch(page.url(), /[#&]vs=/);
    assert.doesNotMatch(page.url(), /[#&]layers=[^&]*change/);
    assert.equal(await page.locator('label[for="toggle-change"]').isVisible(), false);
    assert.equal(await page.evaluate(() => window.swapmap!.map.querySourceFeatures('line-change').length), 0);
  });

  test('play steps through the dates, each drawn before the next; pause stops it', async () => {
    // From the first date (Home on the slider).
    let start = await lineShown(page);
    await page.focus('#line-date');
    await page.keyboard.press('Home');
    if (dateOf(start) !== DATES[0]) start = await waitForLine(page, start);
    assert.equal(dateOf(start), DATES[0]);
    // Every line the page shows, recorded in the page (a poll from here could miss one).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      setInterval(() => {
        const l = window.swapmap!.state().line;
        if (seen[seen.length - 1] !== l) seen.push(l);
      }, 10);
    });
    await page.locator('.swapmap-play').click();
    assert.equal(await page.locator('.swapmap-play').getAttribute('aria-label'), 'Pause');
    await page.waitForFunction(() => (window as unknown as { __seen: string[] }).__seen.length >= 3, null, { timeout: 90_000 });
    // Pressed at once: a click's checks for a still button take seconds on a loaded machine, by
    // which time the six dates would have played to the end.
    await page.locator('.swapmap-play').dispatchEvent('click');
    assert.equal(await page.locator('.swapmap-play').getAttribute('aria-label'), 'Play the dates');
    // A step already asked for when Pause was pressed may still arrive; then nothing moves.
    await page.waitForTimeout(2000);
    const stopped = await lineShown(page);
    await page.waitForTimeout(2500);
    assert.equal(await lineShown(page), stopped, 'nothing moves after Pause');
    const seen = (await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).map((x) => dateOf(x));
    assert.ok(seen.length >= 3 && seen.length < DATES.length, `stopped before the end: ${seen.join(', ')}`);
    assert.deepEqual(seen, DATES.slice(0, seen.length), 'every date in order, none skipped');
  });

  test('a scenario far from the date shown offers the nearest date of the file', async () => {
    await page.selectOption('#scenario-select', 'nov-2025');
    const last = DATES[DATES.length - 1]!;
    if (dateOf(await lineShown(page)) !== last) {
      const from = await lineShown(page);
      await page.locator(`.timeline-chart circle[data-date="${last}"]`).first().click();
      await waitForLine(page, from);
    }
    // Reported on 20 Nov 2025: of the file's dates, 1 Dec 2025 is the nearest.
    const offer = page.locator('.date-gap .nearest-date');
    assert.match(await offer.innerText(), /Show the line of 1 Dec 2025/);
    const from = await lineShown(page);
    await offer.click();
    const id = await waitForLine(page, from);
    assert.equal(dateOf(id), '2025-12-01');
    assert.equal(await page.locator('.date-gap').count(), 0, 'no note on a line within a month of the report');
  });

  test('small multiples: a map per date asked for, each tagged, the ceded area shrinking as the front moves; one image', async () => {
    await page.selectOption('#scenario-select', 'aug-2025');
    const want = [DATES[0]!, DATES[2]!, DATES[4]!, DATES[5]!];
    const r = await page.evaluate((dates) => window.swapmap!.exportMultiples!(dates, { encoding: 'base64' }), want);
    assert.ok(r.ok, r.ok ? '' : r.error);
    if (!r.ok) return;
    assert.deepEqual(r.dates, want, 'every date asked for, in order');
    assert.equal(r.panels.length, 4);
    const png = decode(Buffer.from(r.base64!, 'base64'));
    assert.equal(png.png.width, r.width);
    const at = png.at;
    // Each map carries its date's dark tag in its top-left corner.
    for (const p of r.panels) assert.ok(colourDistance(at(Math.round(p.x + 12), Math.round(p.y + 12)), [34, 34, 34]) < 40, 'a date tag');
    // The ceded area (orange fill, hatched) on the first date's map exceeds that on the last.
    const cede = blend(hex(theme.cede), hex(theme.focusOblast), theme.cedeOpacity);
    const count = (p: (typeof r.panels)[number]) => {
      let n = 0;
      for (let y = Math.round(p.y); y < p.y + p.height; y++) for (let x = Math.round(p.x); x < p.x + p.width; x++) if (colourDistance(at(x, y), cede) < 30) n++;
      return n;
    };
    const first = count(r.panels[0]!);
    const last = count(r.panels[3]!);
    assert.ok(first > 500, `ceded pixels on the first map: ${first}`);
    assert.ok(last < first, `the ceded area shrinks: ${first} → ${last} px`);
    // The page's button saves the same kind of image: 4 dates spread over the file by default.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.timeline-png').click()]);
    assert.equal(download.suggestedFilename(), `swapmap-aug-2025-${DATES[0]}-to-${DATES[DATES.length - 1]}-4-dates.png`);
    // And 2 dates, built-in lines: the line of 23 Feb 2022 and of 15 Aug 2025.
    const b = await page.evaluate(() => window.swapmap!.exportMultiples!(['2022-02-23', '2025-08-15'], { encoding: 'base64' }));
    assert.ok(b.ok && b.dates.join() === '2022-02-23,2025-08-15');
    const bad = await page.evaluate(() => window.swapmap!.exportMultiples!(['2024-01-01', '2025-08-15']));
    assert.ok(!bad.ok && /no line of 2024-01-01/.test(bad.error));
  });
});


describe('an undated file, dated by the reader', () => {
  const s = browserSession();
  test('the typed date becomes the line’s date: heading, layer panel, link', async () => {
    const page = (await openApp(s.browser, s.url, { width: 1280, height: 900 })).page;
    const undated = join(dir, 'my-line.geojson');
    // The built-in line's Russian-controlled area, with nothing that says its date.
    const line = JSON.parse(readFileSync(join(ROOT, 'geodata/lines/2025-08-15.geojson'), 'utf8')) as { features: { properties: Record<string, unknown> }[] };
    for (const f of line.features) f.properties = { status: f.properties.status };
    writeFileSync(undated, JSON.stringify(line));
    await chooseLineFiles(page, undated);
    const id = await waitForLine(page, '2025-08-15');
    assert.match(id, /^file-undated-[0-9a-f]{8}$/);
    await page.locator('.swapmap-line-read summary').click();
    assert.equal(await page.locator('#line-typed-date').isVisible(), true, 'the date field is offered under "What the file holds"');
    await page.fill('#line-typed-date', '2026-01-15');
    const dated = await waitForLine(page, id);
    assert.equal(dated, `file-2026-01-15-${id.slice(-8)}`);
    assert.match(page.url(), /[#&]line=file-2026-01-15-/);
    assert.match(await page.locator('#line-heading').innerText(), /15 January 2026/);
    assert.match(await page.locator('label[for="toggle-line"]').innerText(), /Russian-controlled, 15 Jan 2026/);
  });
});
