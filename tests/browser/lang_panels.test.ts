/**
 * The panels, the popup, the export panel and the About dialog in Ukrainian (issue #12), on the
 * page: `lang=uk` in the link. The words are the catalogue's (tests/unit/lang_panels.test.ts
 * checks them all); here, that the page shows them: the About's own text loaded in Ukrainian,
 * citation titles marked as English, oblasts by their Ukrainian names, both names of a town with
 * the Ukrainian first.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { TownCollection } from '../../src/data/types';
import { uk } from '../../src/text/messages/uk';
import { openApp, project, ROOT, screenshot } from './driver';
import { axeViolations } from './layout_probe';
import { browserSession } from './session';

const towns = JSON.parse(readFileSync(join(ROOT, 'geodata/towns.geojson'), 'utf8')) as TownCollection;
const kramatorsk = towns.features.find((f) => f.properties.name === 'Kramatorsk')!;
/** Latin words of a text that are not proper names or codes (a short list: the checks below are of our own words). */
const PROPER = /^(swapmap|GeoNames|Turf|Natural|Earth|OpenStreetMap|MapLibre|GL|JS|Noto|Sans|ISW|CTP|DeepState|DeepStateMap|Reuters|AP|Kyiv|Independent|Clipper2|R|U|VIII|ODbL|Open|Database|Licence|BSD|Clause|OFL|MIT|geodata|scenarios|lines|README|md|npm|Debian|PNG|GeoJSON|CSV|Ctrl|C|GPU)$/;
const english = (text: string) => (text.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).filter((w) => !PROPER.test(w));

describe('the panels, the popup and the About dialog in Ukrainian (#12)', () => {
  const s = browserSession();

  test('lang=uk&about: the About dialog in Ukrainian, English titles of sources marked as English; the figures and the export panel in Ukrainian', async () => {
    const app = await openApp(s.browser, s.url, { width: 1280, height: 800, hash: '#lang=uk&about' });
    const { page } = app;
    const dialog = page.locator('dialog#about');
    await dialog.waitFor({ state: 'visible' });
    await screenshot(page, 'lang-uk-about');
    assert.equal(await dialog.locator('#about-title').innerText(), uk.layout.aboutTitle);
    assert.equal(await dialog.locator('.about-close').innerText(), uk.layout.aboutClose);
    const headings = await dialog.locator('h3').allInnerTexts();
    assert.deepEqual(headings, Object.values(uk.layout.aboutHeadings));
    // The About's own prose (not the scenarios' files): Ukrainian.
    for (const id of ['about-shows', 'about-line', 'about-swap', 'about-rules']) {
      const text = await dialog.locator(`section#${id}`).innerText();
      assert.match(text, /[а-яіїєґ]{4}/i);
      assert.deepEqual(english(text), [], `${id}: ${text.slice(0, 200)}`);
    }
    const files = await dialog.locator('.about-files dd').allInnerTexts();
    assert.ok(files.length > 0 && files.every((f) => /Ліцензія: /.test(f)), files.join('\n'));
    // Every citation's title is marked as English; its source is said before it.
    const titles = dialog.locator('.about-citations li span[lang="en"]');
    assert.ok((await titles.count()) > 0);
    assert.equal(await titles.count(), await dialog.locator('.about-citations li').count());
    assert.deepEqual(await axeViolations(page), []);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // The figures: the oblasts by their Ukrainian names, the caption and notes in Ukrainian.
    const panel = page.locator('#figures');
    assert.match(await panel.locator('table.figures caption').first().innerText(), /^За областями, у км² і % площі області\. Лінія: територія під контролем Росії станом на 15 серп\. 2025/);
    const rows = await panel.locator('table.figures tbody th').allInnerTexts();
    assert.ok(rows.includes('Донецька область') && rows.includes('Херсонська область'), rows.join(', '));
    // (The line's source, in the last note, is the line panel's words.)
    assert.deepEqual(english((await panel.locator('ul.notes').innerText()).replace(/\(swapmap[^)]*\)/g, '')), []);
    // The header's way to the method, and the export panel.
    assert.equal(await page.locator('.header-about').innerText(), uk.layout.about);
    const toggle = page.locator('#export-toggle');
    assert.equal(await toggle.innerText(), uk.exportUi.button);
    await toggle.click();
    const exportPanel = page.locator('#export-panel');
    await exportPanel.waitFor({ state: 'visible' });
    const labels = await exportPanel.locator('label').allInnerTexts();
    assert.deepEqual(labels, [uk.exportUi.title, uk.exportUi.size, uk.exportUi.creditUrl, uk.exportUi.link]);
    const sizes = await exportPanel.locator('#export-size option').allInnerTexts();
    assert.match(sizes[0]!, /^Поточний вигляд 1× \(мапа, \d+×\d+ пікс\.\)$/);
    assert.ok(sizes.includes(uk.exportUi.presets.social!), sizes.join(' | '));
    await screenshot(page, 'lang-uk-export');
    assert.deepEqual(app.errors, []);
    await app.context.close();
  });

  test('a click on a town: the Ukrainian name first, the English one marked as English; the rows in Ukrainian', async () => {
    const [lon, lat] = kramatorsk.geometry.coordinates as [number, number];
    const app = await openApp(s.browser, s.url, { hash: `#map=8/${lat}/${lon}&layers=line,cede,freeze,return&scenario=aug-2025&line=2025-08-15&compare=off&lang=uk` });
    const p = await project(app.page, [lon, lat]);
    await app.page.mouse.click(p.x, p.y);
    const popup = app.page.locator('.swapmap-identify[data-kind="town"]');
    await popup.waitFor();
    const text = await popup.innerText();
    await screenshot(app.page, 'lang-uk-popup');
    assert.match(text, /^Краматорськ · Kramatorsk/);
    assert.equal(await popup.locator('span[lang="en"]').innerText(), 'Kramatorsk');
    assert.equal(await popup.locator('.swapmap-identify-close').getAttribute('aria-label'), uk.identify.close);
    assert.match(text, /Донецька область/);
    assert.match(text, /Населення: [\d\u202f\u00a0]+ \(GeoNames, дані до 2022 року\)/);
    assert.match(text, /Під контролем України станом на 15 серп\. 2025/);
    assert.match(text, /Пропозиція: територія під контролем України, що відходить Росії: /);
    assert.match(text, /Пропозиція: під контролем Росії після/);
    assert.deepEqual(app.errors, []);
    await app.context.close();
  });
});
