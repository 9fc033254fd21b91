/**
 * The built page under its Content-Security-Policy (issue #14): the policy is in the page and
 * in `npm start`'s headers, and everything a reader does — load the map, export a PNG, the
 * GeoJSON and the CSV, load a line file — runs without one violation or console error.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';
import { cspViolations, openApp, ROOT, waitIdle, type AppPage } from './driver';
import { browserSession } from './session';

/** A Russian-controlled area of 0.3° × 0.2° in Donetsk oblast, and nothing else. */
const LINE = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { date: '2025-09-01' },
      geometry: { type: 'Polygon', coordinates: [[[37.6, 47.9], [37.9, 47.9], [37.9, 48.1], [37.6, 48.1], [37.6, 47.9]]] },
    },
  ],
};

/** Click an Export panel button and wait for the file it downloads; returns its name. */
async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.locator(button).click()]);
  return file.suggestedFilename();
}

let app: AppPage;

describe('Content-Security-Policy', () => {
  const s = browserSession();
  before(async () => {
    app = await openApp(s.browser, s.url, { watchCsp: true });
  });
  after(async () => {
    await app?.context.close();
  });

  test('`npm start` sends the policy, nosniff and no-referrer, and the page carries the policy before any resource', async () => {
    const worker = readdirSync(join(ROOT, 'dist/assets')).find((f) => /^maplibre-gl-worker-.*\.mjs$/.test(f));
    assert.ok(worker, 'the build has a MapLibre worker file');
    for (const path of ['', `assets/${worker}`]) {
      const res = await fetch(s.url + path);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY, `${path || 'index'}: CSP header`);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', `${path || 'index'}: nosniff`);
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer', `${path || 'index'}: referrer policy`);
      // Under nosniff a script is refused unless it is served as JavaScript.
      if (path) assert.match(res.headers.get('content-type') ?? '', /^text\/javascript\b/);
      await res.body?.cancel();
    }
    const html = await (await fetch(s.url)).text();
    const meta = html.indexOf('<meta http-equiv="Content-Security-Policy"');
    assert.ok(meta > 0, 'the built page has a CSP <meta>');
    // A <meta> policy governs only what comes after it.
    for (const tag of ['<script', '<link', '<style']) {
      const at = html.indexOf(tag);
      assert.ok(at === -1 || at > meta, `the policy precedes the first ${tag}`);
    }
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
    assert.doesNotMatch(html, /<style\b|\sstyle=/, 'no inline style element or attribute');
  });

  test('loading the map, exporting a PNG, the GeoJSON and the CSV, and loading a line file break no rule', async () => {
    const { page } = app;
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.equal(meta, CONTENT_SECURITY_POLICY);
    assert.doesNotMatch(meta!, /unsafe-(inline|eval)/);

    // The PNG of the view (drawn by the page's map) and a social card (drawn by a hidden map).
    await page.locator('#export-toggle').click();
    await page.selectOption('#export-size', '1');
    assert.equal(await download(page, '#export-png'), 'swapmap-aug-2025-2025-08-15.png');
    await page.selectOption('#export-size', 'social');
    assert.equal(await download(page, '#export-png'), 'swapmap-aug-2025-2025-08-15-1200x630.png');
    assert.equal(await download(page, '#export-geojson'), 'swapmap-aug-2025-2025-08-15.geojson');
    assert.equal(await download(page, '#export-csv'), 'swapmap-aug-2025-2025-08-15.csv');
    await page.keyboard.press('Escape');

    const file = join(mkdtempSync(join(tmpdir(), 'swapmap-csp-')), 'line.geojson');
    writeFileSync(file, JSON.stringify(LINE));
    await page.setInputFiles('#line-file', file);
    const box = page.locator('.swapmap-message');
    await box.waitFor({ state: 'visible' });
    assert.equal(await box.getAttribute('data-kind'), 'info', await box.innerText());
    await waitIdle(page);
    // A loaded line is named in the link by its date and the hash of its files (src/state/lines.ts).
    assert.match(page.url(), /[#&]line=file-2025-09-01-[0-9a-f]{8}(&|$)/);

    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(app.errors, []);
    assert.deepEqual(app.external, [], 'nothing requested from another origin');
  });
});
