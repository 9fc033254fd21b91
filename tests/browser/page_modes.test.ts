/**
 * The page's other forms and small behaviours (issue #11): the embed, print, the About dialog,
 * the popup from the keyboard, the opening Before/after choice, the swipe position in the link,
 * and the labels of the home view.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Scenario } from '../../src/data/scenario';
import { openApp, ROOT, screenshot, waitIdle } from './driver';
import { axeViolations, changeBoxes, legendRows, mapBoxes, seen, show, visibleControls, waitAfterMap } from './layout_probe';
import { browserSession } from './session';

describe('embed, print, About, keyboard, links and labels (issue #11)', () => {
  const s = browserSession();

  test('embed at 640×480: no controls; the legend of what the map shows, the title and the credits in sight; axe clean', async () => {
    const app = await openApp(s.browser, s.url, { width: 640, height: 480, hash: '#embed=1' });
    const { page } = app;
    await screenshot(page, 'layout-embed-640x480');
    assert.deepEqual(await visibleControls(page), [], 'no button, field, menu or slider');
    const rows = await legendRows(page);
    assert.deepEqual(rows.map((r) => r.toggle), ['line', 'cede', 'freeze', 'return'], 'the key lists what the map shows');
    assert.deepEqual(rows.filter((r) => !r.seen).map((r) => show(r.box)), []);
    assert.ok(await seen(page, '.app-header h1'), 'title in sight');
    assert.ok(await seen(page, '.credits'), 'credits in sight');
    const credits = await page.locator('.credits').innerText();
    for (const k of ['Natural Earth', 'OpenStreetMap contributors (ODbL)', 'GeoNames', 'Front line: swapmap approximation', 'About & method']) assert.ok(credits.includes(k), `credits name ${k}: ${credits}`);
    // The map takes most of the frame, and shows the area of change.
    const [m] = await mapBoxes(page);
    assert.ok(m!.h >= 300 && m!.w === 640, `map ${show(m!)}`);
    const [a] = await changeBoxes(page);
    assert.ok(a!.y >= m!.y && a!.y + a!.h <= m!.y + m!.h, `area of change ${show(a!)} in ${show(m!)}`);
    // The way out: the full map, in the same view, without the embed.
    const full = await page.locator('a.embed-full').getAttribute('href');
    assert.match(full!, /#map=.*&compare=off$/);
    assert.deepEqual(await axeViolations(page), []);
    assert.match(page.url(), /&embed=1/);
    await app.context.close();
  });

  test('?embed works as embed=1', async () => {
    const app = await openApp(s.browser, `${s.url}?embed`, { width: 640, height: 480 });
    assert.equal(await app.page.evaluate(() => document.body.dataset.layout), 'embed');
    assert.deepEqual(await visibleControls(app.page), []);
    await app.context.close();
  });

  test('printed: the map, the legend, the figures and the credits, without a control', async () => {
    const app = await openApp(s.browser, s.url, { width: 1280, height: 800 });
    const { page } = app;
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await waitIdle(page);
    await page.screenshot({ path: 'tests/output/layout-print.png', fullPage: true });
    assert.deepEqual(await visibleControls(page, true), [], 'no control on the printed page');
    const box = (sel: string) => page.evaluate((q) => {
      const r = document.querySelector(q)?.getBoundingClientRect();
      return r ? { w: r.width, h: r.height, top: r.top } : null;
    }, sel);
    const map = await box('#map canvas');
    assert.ok(map && map.w > 600 && map.h > 300, `map printed: ${JSON.stringify(map)}`);
    const rows = await page.$$eval('.swapmap-layers .swapmap-layer-row', (r) => r.filter((e) => e.getBoundingClientRect().height > 0).map((e) => (e as HTMLElement).dataset.toggle));
    assert.deepEqual(rows, ['line', 'cede', 'freeze', 'return'], 'the legend of what the map shows');
    const figures = await box('#figures dl.totals');
    assert.ok(figures && figures.h > 50, 'figures printed');
    const credits = await box('.credits');
    assert.ok(credits && credits.h > 10, 'credits printed');
    assert.match((await page.locator('.credits a.credits-about').getAttribute('href'))!, /^http:\/\/127\.0\.0\.1:\d+\/#about$/);
    // Back on screen, as it was.
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    assert.equal(await page.evaluate(() => document.body.dataset.layout), 'overlay');
    await app.context.close();
  });

  test('#about opens the method: alone, appended to a link, or from the page; Escape and Close close it', async () => {
    const scenarios = ['aug-2025', 'aug-2025-pockets', 'nov-2025'].map((id) => JSON.parse(readFileSync(join(ROOT, `geodata/scenarios/${id}.json`), 'utf8')) as Scenario);
    const sources = JSON.parse(readFileSync(join(ROOT, 'geodata/sources.json'), 'utf8')) as { files: { file: string; licence: string }[] };
    const app = await openApp(s.browser, s.url, { width: 1280, height: 800, hash: '#about' });
    const { page } = app;
    const dialog = page.locator('dialog#about');
    await dialog.waitFor({ state: 'visible' });
    await screenshot(page, 'layout-about');
    const text = await dialog.innerText();
    for (const h of ['What the map shows', 'The front line: method and uncertainty', 'How the swap is computed', 'Artefacts and slivers', 'The scenarios and their sources', 'Data and licences'])
      assert.ok(text.includes(h), `section ${h}`);
    for (const sc of scenarios) {
      assert.ok(text.includes(sc.title), sc.title);
      for (const c of sc.citations) assert.ok(text.includes(c.source), `${sc.id}: ${c.source}`);
    }
    for (const f of sources.files) assert.ok(text.includes(f.file) && text.includes(f.licence), f.file);
    assert.deepEqual(await axeViolations(page), []);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // The dialog's 'close' event, which writes the link, comes a task after it is hidden.
    await page.waitForFunction(() => !/about/.test(location.hash), null, { timeout: 5000 }).catch(() => undefined);
    assert.doesNotMatch(page.url(), /about/);
    // From the page: the header's link; the state is kept, and the link says so.
    await page.getByRole('link', { name: 'About & method' }).first().click();
    await dialog.waitFor({ state: 'visible' });
    assert.match(page.url(), /&compare=off&about$/);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await app.context.close();
    // "<page URL>#about" where the page URL already has a hash: the view and the dialog.
    const b = await openApp(s.browser, s.url, { hash: '#map=7/48.6/37.4&layers=return&scenario=nov-2025&line=2025-08-15&compare=off#about' });
    await b.page.locator('dialog#about').waitFor({ state: 'visible' });
    const st = await b.page.evaluate(() => window.swapmap!.state());
    assert.deepEqual([st.scenario, st.layers, st.camera.zoom], ['nov-2025', ['return'], 7]);
    assert.deepEqual(b.errors, []);
    await b.context.close();
  });

  test('Enter on the focused map tells what is at its centre; Escape closes the popup and gives the focus back', async () => {
    const app = await openApp(s.browser, s.url, { hash: '#map=7/48.6/37.55&layers=line,cede,freeze,return' });
    const { page } = app;
    await page.focus('#map canvas');
    await page.keyboard.press('Enter');
    const popup = page.locator('.swapmap-identify');
    await popup.waitFor();
    assert.match(await popup.innerText(), /Donetsk oblast[\s\S]*ceded to Russia/);
    // Its arrow or pin points at the centre.
    const pin = await page.locator('.swapmap-identify-pin').boundingBox();
    const [m] = await mapBoxes(page);
    assert.ok(Math.abs(pin!.x + pin!.width / 2 - (m!.x + m!.w / 2)) < 2 && Math.abs(pin!.y + pin!.height / 2 - (m!.y + m!.h / 2)) < 2, `pin at the centre: ${JSON.stringify(pin)}`);
    await page.keyboard.press('Escape');
    await popup.waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas')), true);
    // A popup opened by a click closes with Escape too.
    await page.mouse.click(m!.x + m!.w / 2, m!.y + m!.h / 2);
    await popup.waitFor();
    await page.keyboard.press('Escape');
    await popup.waitFor({ state: 'detached' });
    assert.deepEqual(app.errors, []);
    await app.context.close();
  });

  test('the opening mix is a Before/after choice, chosen on first load, and a way back to it', async () => {
    const app = await openApp(s.browser, s.url);
    const { page } = app;
    assert.equal(await page.getByLabel('Changes').isChecked(), true);
    await page.getByLabel('Now', { exact: true }).check();
    assert.deepEqual(await page.evaluate(() => window.swapmap!.state().layers), ['line']);
    assert.equal(await page.getByLabel('Changes').isChecked(), false);
    await page.getByLabel('Changes').check();
    assert.deepEqual(await page.evaluate(() => window.swapmap!.state().layers), ['line', 'cede', 'freeze', 'return']);
    assert.match(page.url(), /layers=line,cede,freeze,return&/);
    await app.context.close();
  });

  test('a swipe link keeps where the maps divide', async () => {
    const app = await openApp(s.browser, s.url, { hash: '#compare=swipe&swipe=30' });
    const { page } = app;
    await waitAfterMap(page);
    const split = () => page.evaluate(() => ({ split: window.swapmap!.compareSplit(), slider: (document.querySelector('.compare-slider') as HTMLInputElement).value, clip: (document.querySelector('.compare-after') as HTMLElement).style.clipPath }));
    assert.deepEqual(await split(), { split: 0.3, slider: '30', clip: 'inset(0px 0px 0px 30%)' });
    await page.locator('.compare-slider').fill('70');
    assert.match(page.url(), /&compare=swipe&swipe=70$/);
    const link = page.url();
    await app.context.close();
    const b = await openApp(s.browser, s.url, { hash: new URL(link).hash });
    await waitAfterMap(b.page);
    assert.equal(await b.page.evaluate(() => window.swapmap!.compareSplit()), 0.7);
    await b.context.close();
  });

  for (const [width, height] of [[1280, 800], [375, 667]] as const) {
    test(`${width}×${height} home view: Donetsk is named, and no city's name gives way to an oblast's`, async () => {
      const app = await openApp(s.browser, s.url, { width, height });
      const { page } = app;
      const cities = () => page.evaluate(() => [...new Set(window.swapmap!.map.queryRenderedFeatures({ layers: ['towns-label'] }).map((f) => String(f.properties.name)))].sort());
      const withOblasts = await cities();
      assert.ok(withOblasts.includes('Donetsk'), `Donetsk among ${withOblasts}`);
      const oblasts = await page.evaluate(() => window.swapmap!.map.queryRenderedFeatures({ layers: ['oblasts-label'] }).map((f) => String(f.properties.name)));
      assert.ok(oblasts.includes('Donetsk'), `the oblast is named too: ${oblasts}`);
      await page.evaluate(() => window.swapmap!.map.setLayoutProperty('oblasts-label', 'visibility', 'none'));
      await waitIdle(page);
      const without = await cities();
      assert.deepEqual(without.filter((c) => !withOblasts.includes(c)), [], 'cities named only once the oblast names are gone');
      await app.context.close();
    });
  }
});
