/**
 * A file of many dates (DeepState's history, tests/fixtures/line_files.ts): the date slider and
 * the timeline chart choose the date the whole page uses (map, figures, link), by keyboard and by
 * pointer; the chart marks the date shown and holds every date, also as a table; the figures of
 * each date equal `npm run figures --all-dates`.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { deepStateHistory, monthly } from '../fixtures/line_files';
import { chooseLineFiles, lineShown, openApp, panelKm2, ROOT, screenshot, waitForLine } from './driver';
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
});
