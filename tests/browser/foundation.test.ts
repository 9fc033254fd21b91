import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { defaultTheme as theme } from '../../src/style/theme';
import { LAYER } from '../../src/style/ids';
import { colourDistance, hex, launch, openApp, project, screenshot, startServer, waitIdle, type AppPage } from './driver';
import { browserSession } from './session';

let app: AppPage;

// A view without overlays, so base colours can be read as they are.
const BASE = '#map=6/48.3/35.6&layers=&scenario=aug-2025&line=2025-08-15&compare=off';

describe('the map, offline, in Chromium with WebGL2', () => {
  const s = browserSession();
  before(async () => {
    app = await openApp(s.browser, s.url, { hash: BASE, width: 1600, height: 900 });
  });

  test('draws focus oblasts, other oblasts, neighbours and the sea in their theme colours', async () => {
    const shot = await screenshot(app.page, 'foundation-base');
    const probes: [string, [number, number], string][] = [
      ['Dnipropetrovsk (focus)', [34.2, 48.05], theme.focusOblast],
      ['Poltava (context)', [33.4, 49.55], theme.ukraine],
      ['Russia (neighbour)', [40.2, 50.3], theme.land],
      ['Black Sea', [31.5, 45.9], theme.sea],
    ];
    for (const [name, ll, colour] of probes) {
      const p = await project(app.page, ll);
      const under = await app.page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.className ?? '', [p.x, p.y]);
      assert.match(String(under), /maplibregl-canvas/, `${name} probe must fall on the map, not under a control`);
      const got = shot.mode(p.x, p.y);
      assert.ok(colourDistance(got, hex(colour)) <= 6, `${name} at ${ll}: got rgb(${got}) expected ${colour}`);
    }
  });

  test('labels oblasts and towns with glyphs served by the app', async () => {
    const { page } = app;
    const countInk = async () => {
      const shot = await screenshot(page);
      let dark = 0;
      // The label of Donetsk oblast and the town labels around Kramatorsk lie in this box.
      const a = await project(page, [36.6, 49.0]);
      const b = await project(page, [38.6, 47.7]);
      for (let y = Math.round(a.y); y < b.y; y++)
        for (let x = Math.round(a.x); x < b.x; x++) {
          const [r, g, bl] = shot.at(x, y);
          if (r + g + bl < 3 * 110) dark++;
        }
      return dark;
    };
    const withLabels = await countInk();
    const labels = async (visibility: 'visible' | 'none') => {
      await page.evaluate(
        ([ids, v]) => {
          for (const id of ids) window.swapmap!.map.setLayoutProperty(id, 'visibility', v);
        },
        [[LAYER.townLabels, LAYER.minorTownLabels, LAYER.oblastLabels], visibility] as const,
      );
      await waitIdle(page);
    };
    await labels('none');
    const without = await countInk();
    await labels('visible');
    assert.ok(withLabels > 300, `expected label ink in the Donetsk box, found ${withLabels} dark pixels`);
    assert.ok(withLabels - without > 400, `labels add ink: ${withLabels} dark pixels with vs ${without} without`);
    const glyphs = app.requests.filter((u) => /\/fonts\/Noto%20Sans%20(Regular|Bold)\/0-255\.pbf$/.test(u));
    assert.ok(glyphs.length >= 1, 'Latin glyphs were requested from the app itself');
  });

  test('renders Ukrainian Cyrillic labels', async () => {
    const { page } = app;
    const ink = async () => {
      const shot = await screenshot(page);
      const p = await project(page, [35.046, 48.467]); // Dnipro
      let dark = 0;
      for (let y = p.y - 30; y < p.y + 30; y++) for (let x = p.x - 90; x < p.x + 90; x++) {
        const [r, g, b] = shot.at(x, y);
        if (r + g + b < 3 * 110) dark++;
      }
      return dark;
    };
    await page.evaluate((id) => window.swapmap!.map.setLayoutProperty(id, 'text-field', ['get', 'name_uk']), LAYER.townLabels);
    await waitIdle(page);
    const cyr = await ink();
    await page.evaluate((id) => window.swapmap!.map.setLayoutProperty(id, 'text-field', ['get', 'name']), LAYER.townLabels);
    await waitIdle(page);
    assert.ok(app.requests.some((u) => /\/fonts\/Noto%20Sans%20(Regular|Bold)\/1024-1279\.pbf$/.test(u)), 'Cyrillic glyph range was requested');
    assert.ok(cyr > 60, `Cyrillic label ink near Dnipro: ${cyr} dark pixels`);
  });

  test('shows the attribution of every data source', async () => {
    const text = await app.page.locator('.maplibregl-ctrl-attrib').innerText();
    for (const s of ['Natural Earth', 'OpenStreetMap contributors (ODbL)', 'GeoNames', 'GSHHG', 'Noto Sans', 'Front line']) {
      assert.ok(text.includes(s), `attribution mentions ${s}: "${text}"`);
    }
  });

  test('says "Loading the map…" until the first complete frame, then takes it away, with a clean console', async () => {
    const context = await s.browser.newContext({ viewport: { width: 1200, height: 800 } });
    try {
      // Record when the status appears and goes, against the app's own first-idle mark.
      await context.addInitScript(`(() => {
        const w = window; w.__loading = { shown: -1, gone: -1, text: '', role: '' };
        new MutationObserver(() => {
          const el = document.getElementById('map-loading');
          if (el && w.__loading.shown < 0) Object.assign(w.__loading, { shown: performance.now(), text: el.textContent, role: el.getAttribute('role') });
          if (!el && w.__loading.shown >= 0 && w.__loading.gone < 0) w.__loading.gone = performance.now();
        }).observe(document, { subtree: true, childList: true });
      })()`);
      const page = await context.newPage();
      // A plain page, no request routing: what a reader's console shows (a missing favicon is a 404 there).
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(s.url);
      await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 60_000 });
      await page.waitForTimeout(300);
      assert.deepEqual(errors, [], 'no console errors');
      const r = (await page.evaluate('window.__loading')) as { shown: number; gone: number; text: string; role: string };
      const idle = await page.evaluate(() => performance.getEntriesByName('swapmap:first-idle')[0]!.startTime);
      assert.equal(r.text, 'Loading the map…');
      assert.equal(r.role, 'status');
      assert.ok(r.shown >= 0 && r.shown < idle, `shown before the map was ready (${r.shown} < ${idle})`);
      assert.ok(r.gone >= idle, `taken away at the first complete frame (${r.gone} ≥ ${idle})`);
    } finally {
      await context.close();
    }
  });

  test('the home button frames the whole region again after the reader moved the map', async () => {
    const a = await openApp(s.browser, s.url);
    try {
      const camera = () => a.page.evaluate(() => [window.swapmap!.map.getZoom(), window.swapmap!.map.getCenter().lng, window.swapmap!.map.getCenter().lat]);
      const home = await camera();
      await a.page.locator('.maplibregl-ctrl-zoom-in').click();
      await a.page.waitForFunction(() => !window.swapmap!.map.isMoving() && window.swapmap!.map.getZoom() > 6);
      await a.page.mouse.move(500, 450);
      await a.page.mouse.down();
      await a.page.mouse.move(300, 350, { steps: 5 });
      await a.page.mouse.up();
      await waitIdle(a.page);
      const moved = await camera();
      assert.ok(Math.abs(moved[0]! - home[0]!) > 0.5, `zoomed in (${moved[0]} vs ${home[0]})`);
      await a.page.getByRole('button', { name: 'Show the whole region' }).click();
      const back = await camera();
      for (let i = 0; i < 3; i++) assert.ok(Math.abs(back[i]! - home[i]!) < 1e-6, `camera back home: ${back} vs ${home}`);
    } finally {
      await a.context.close();
    }
  });

  test('never requests anything outside 127.0.0.1 and logs no errors', async () => {
    assert.deepEqual(app.external, []);
    assert.ok(app.requests.length > 5, 'the page made its requests');
    assert.ok(app.requests.every((u) => u.startsWith('http://127.0.0.1:') || u.startsWith('data:') || u.startsWith('blob:')));
    assert.deepEqual(app.errors, []);
  });
});

describe('without WebGL', () => {
  test('shows a clear message instead of a blank page', async () => {
    const s = await startServer();
    const b = await launch({ webgl: false });
    try {
      const { page } = await openApp(b, s.url, { waitReady: false });
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: 20_000 });
      assert.match(await alert.innerText(), /needs WebGL2/);
      assert.equal(await page.locator('canvas.maplibregl-canvas').count(), 0);
    } finally {
      await b.close();
      await s.close();
    }
  });
});
