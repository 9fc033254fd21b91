import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { openApp, waitIdle, type AppPage } from './driver';
import { browserSession } from './session';

let app: AppPage;
const dir = mkdtempSync(join(tmpdir(), 'swapmap-input-'));

const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const square = (w: number, s: number, e: number, n: number) => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
const cedeKm2 = async () => Number((await app.page.locator('#figures dd[data-figure="cede"]').innerText()).replace(/[^\d]/g, ''));

async function load(path: string): Promise<{ kind: string; text: string }> {
  await app.page.setInputFiles('#line-file', path);
  const box = app.page.locator('.swapmap-message');
  await box.waitFor({ state: 'visible' });
  const r = { kind: (await box.getAttribute('data-kind')) ?? '', text: await box.innerText() };
  await app.page.getByRole('button', { name: 'Dismiss message' }).click();
  return r;
}

describe('loading a line file', () => {
  const s = browserSession();
  before(async () => {
    app = await openApp(s.browser, s.url);
  });

  test('broken GeoJSON, a wrong geometry type and a 200 MB file each get a clear message; the map keeps its line', async () => {
    const before = await cedeKm2();
    const big = join(dir, 'huge.geojson');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024);
    closeSync(fd);
    const cases: [string, RegExp][] = [
      [file('broken.geojson', '{"type": "FeatureCollection", "features": [{"type": "Feature"'), /“broken\.geojson” is not valid JSON/],
      [file('points.geojson', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [37, 48] } }] })), /feature 1 is a Point; expected Polygon or MultiPolygon/],
      [file('outside.geojson', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: square(10, 50, 11, 51) }] })), /has no area inside Ukraine/],
      [big, /is 200 MB; the limit is 50 MB/],
    ];
    for (const [path, message] of cases) {
      const r = await load(path);
      assert.equal(r.kind, 'error', r.text);
      assert.match(r.text, message);
      assert.match(r.text, /keeps its current line/);
    }
    assert.equal(await cedeKm2(), before, 'figures unchanged');
    assert.equal((await app.page.evaluate(() => window.swapmap!.state().line)), '2025-08-15');
    assert.deepEqual(app.errors, []);
  });

  test('a valid line from another source replaces the figures; HTML in its properties stays text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    // Russian-held: a 0.3° × 0.2° square in Donetsk oblast and nothing else.
    const path = file(`${'line'}.geojson`, JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { name: evil, sources: [evil], date: '2025-09-01' }, geometry: square(37.6, 47.9, 37.9, 48.1) }],
    }));
    const r = await load(path);
    assert.equal(r.kind, 'info', r.text);
    await waitIdle(app.page);
    const cede = await cedeKm2();
    // Donetsk (26,544 km²) minus the square (≈ 496 km²), plus all of Luhansk (26,626 km²).
    assert.ok(Math.abs(cede - (26544 - 496 + 26626)) <= 15, `ceded ${cede} km²: Donetsk minus the square, plus Luhansk`);
    assert.match(await app.page.locator('#figures caption').innerText(), /on 1 Sep 2025 \(loaded from line\.geojson\)/);
    assert.match(app.page.url(), /line=custom/);
    assert.equal(await app.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.equal(await app.page.locator('img[src="x"]').count(), 0);
    assert.match(await app.page.locator('label[for="toggle-line"]').innerText(), /Russian-controlled, 2025-09-01/);
  });
});
