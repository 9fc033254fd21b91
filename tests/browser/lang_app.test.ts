/**
 * The page in Ukrainian (issue #12), the parts the app wires up: MapLibre's own controls (its
 * `locale`), the heading's line, the panels over the map, a file of many dates (the line panel,
 * the timeline, two dates compared), the messages and the comparison's second map. English is
 * checked beside it, as it was.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { deepStateHistory, monthly } from '../fixtures/line_files';
import { chooseLineFiles, lineShown, openApp, shownMessage, waitForLine } from './driver';
import { browserSession } from './session';

const DATES = ['2025-08-15', ...monthly('2025-09', 3)];
const dir = mkdtempSync(join(tmpdir(), 'swapmap-lang-'));
const FILE = join(dir, 'deepstate-map-data.geojson');
writeFileSync(FILE, deepStateHistory(DATES));

const CYRILLIC = /[\u0400-\u04FF]/;
/** English words that would be leftovers in the panels converted (data names such as "DeepState export" are not among them). */
const ENGLISH = /\b(the|of|and|by|dates?|ceded|returned|Russian|Ukrainian|held|Change|Computing|Lines|oblast|Ratio|Figures|Small|Load|Cancel|Compare|Now|After|Layers|shown|against|Zoom|Toggle|Line|Date|Scenario)\b/;

const text = (page: Page, sel: string) => page.locator(sel).first().innerText();

describe('the page in Ukrainian', () => {
  const s = browserSession();
  let page: Page;
  before(async () => {
    page = (await openApp(s.browser, s.url, { hash: '#lang=uk', width: 1280, height: 900 })).page;
  });

  test("MapLibre's controls, the heading, the panels over the map", async () => {
    assert.equal(await page.locator('.maplibregl-ctrl-zoom-in').getAttribute('title'), 'Збільшити');
    assert.equal(await page.locator('.maplibregl-ctrl-zoom-out').getAttribute('title'), 'Зменшити');
    assert.equal(await page.locator('.maplibregl-ctrl-attrib-button').getAttribute('title'), 'Показати або сховати джерела');
    assert.match(await text(page, '.maplibregl-ctrl-scale'), /^\d+\s(км|м)$/);
    assert.equal(await page.locator('.maplibregl-canvas').getAttribute('aria-label'), 'Мапа');
    assert.equal(await text(page, '#line-heading'), 'на тлі лінії фронту станом на 15 серпня 2025');
    assert.equal(await page.locator('.swapmap-home').getAttribute('title'), 'Показати весь регіон');
    assert.match(await text(page, '.maplibregl-ctrl-attrib'), /© учасники OpenStreetMap \(ODbL\)/);
    assert.match(await text(page, '.maplibregl-ctrl-attrib'), /Лінія фронту: наближення swapmap/);
    for (const sel of ['.swapmap-scenario label', '.swapmap-line', '.swapmap-view', '.swapmap-layers']) {
      const t = await page.locator(sel).first().evaluate((e) => [e.textContent, ...[...e.querySelectorAll('[aria-label],[title]')].map((x) => `${x.getAttribute('aria-label') ?? ''} ${x.getAttribute('title') ?? ''}`)].join(' '));
      assert.match(t, CYRILLIC, sel);
      assert.doesNotMatch(t, ENGLISH, `${sel}: ${t}`);
    }
    assert.match(await text(page, 'label[for="toggle-line"]'), /^Під контролем Росії, 15 серп\. 2025$/);
    assert.match(await text(page, 'label[for="toggle-pre2022"]'), /^Під контролем Росії до 24 лют\. 2022$/);
  });

  test('a file of many dates: the message, the line panel, the timeline, two dates compared', async () => {
    await chooseLineFiles(page, FILE);
    const id = await waitForLine(page, '2025-08-15');
    const m = await shownMessage(page);
    assert.match(m!.text, /^Лінію завантажено: .* Цифри й шари тепер спираються на неї\.$/);
    assert.match(await text(page, '#line-heading'), /^на тлі лінії фронту станом на 1 листопада 2025 \(завантажено: /);
    await page.locator('.swapmap-line-read summary').click();
    assert.match(await text(page, '.swapmap-line-read .desc'), /, 4 дати, 15 серп\. 2025 – 1 лист\. 2025\.(?!\.)/);
    await page.waitForSelector('.timeline-chart', { timeout: 90_000 });
    const timeline = await page.locator('.timeline').evaluate((e) => [e.textContent, e.querySelector('svg')?.getAttribute('aria-label')].join(' '));
    assert.match(timeline, /Скільки дат/);
    assert.match(timeline, /Цифри за всі 4 дати \(CSV\)/);
    assert.doesNotMatch(timeline.replace(/Reported proposal of August 2025|Пропозиція[^,]*/g, ''), ENGLISH, timeline);
    const vs = `file-${DATES[0]}-${id.slice(-8)}`;
    await page.selectOption('#line-vs', vs);
    await page.waitForSelector('.change-key', { timeout: 90_000 });
    const box = await text(page, '.compare-dates');
    assert.match(box, /Дві дати: 15 серп\. 2025 → 1 лист\. 2025/);
    assert.match(box, /Зайнято російськими військами між двома датами: [\d\s]+ км²/);
    // The file's description (the reader's words) and the scenario's title come from other parts.
    assert.doesNotMatch(box.replace(/— завантажено: .*?\)(?=;|\.)/g, '').replace(/Reported proposal of August 2025/g, ''), ENGLISH, box);
    assert.equal(await lineShown(page), id);
    await page.selectOption('#line-vs', '');
  });

  test("the comparison: the tags over the two maps, the second map's names", async () => {
    await page.locator('label[for="view-side"]').click();
    await page.waitForSelector('.compare-tag-after');
    await page.waitForFunction(() => !!window.swapmap!.after());
    assert.match(await text(page, '.compare-tag-before'), /^Зараз: Під контролем Росії/);
    assert.match(await text(page, '.compare-tag-after'), /^Після: /);
    assert.equal(await page.locator('.compare-after-map .maplibregl-canvas').getAttribute('aria-label'), 'Мапа, після пропозиції');
    assert.equal(await page.locator('.compare-slider').getAttribute('aria-label'), 'Шторка між станом «зараз» і станом після пропозиції');
  });
});

describe('the page in English, as it was', () => {
  const s = browserSession();
  test("MapLibre's controls, the heading, the panels", async () => {
    const { page } = await openApp(s.browser, s.url, { hash: '#lang=en' });
    assert.equal(await page.locator('.maplibregl-ctrl-zoom-in').getAttribute('title'), 'Zoom in');
    assert.equal(await page.locator('.maplibregl-ctrl-attrib-button').getAttribute('title'), 'Toggle attribution');
    assert.match(await text(page, '.maplibregl-ctrl-scale'), /^\d+\s(km|m)$/);
    assert.equal(await text(page, '#line-heading'), 'against the front line of 15 August 2025');
    assert.equal(await text(page, 'label[for="toggle-line"]'), 'Russian-controlled, 15 Aug 2025');
    assert.equal(await text(page, 'label[for="toggle-pre2022"]'), 'Russian-held before 24 Feb 2022');
    assert.equal(await text(page, 'label[for="line-select"]'), 'Line');
    assert.equal(await text(page, '.swapmap-view legend'), 'Before / after');
    assert.match(await text(page, '.maplibregl-ctrl-attrib'), /^Front line: swapmap approximation from public reporting \| MapLibre \| Natural Earth \(public domain\) · © OpenStreetMap contributors \(ODbL\)/);
  });
});
