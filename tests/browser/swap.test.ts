import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import polylabel from 'polylabel';
import type { Position } from 'geojson';
import type { LineCollection, OblastCollection } from '../../src/data/types';
import type { Scenario } from '../../src/data/scenario';
import { computeSwap, prepare } from '../../src/geometry/swap';
import { contains, polygonsOf, areaKm2, type Areal } from '../../src/geometry/polygons';
import { serializeHash, VIEW_LIMITS } from '../../src/state/state';
import { defaultTheme as theme } from '../../src/style/theme';
import { blend, colourDistance, hex, openApp, project, ROOT, screenshot, waitIdle, type AppPage } from './driver';
import { browserSession } from './session';

const read = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
const oblasts = read('geodata/oblasts.geojson') as OblastCollection;
const line = read('geodata/lines/2025-08-15.geojson') as LineCollection;
const scen = (id: string) => read(`geodata/scenarios/${id}.json`) as Scenario;
const prepared = prepare(oblasts, line);
const aug = computeSwap(prepared, scen('aug-2025'));
const pockets = scen('aug-2025-pockets');

/** A point deep inside the largest polygon of a part of a scenario (optionally outside a box). */
function probe(part: 'cede' | 'return', iso: string, avoid?: (p: Position) => boolean): [number, number] {
  const g = aug.parts.features.find((f) => f.properties.part === part && f.properties.iso === iso)!.geometry as Areal;
  const polys = polygonsOf(g)
    .filter((rings) => !avoid || !avoid(polylabel(rings, 0.001)))
    .sort((a, b) => areaKm2({ type: 'Polygon', coordinates: b }) - areaKm2({ type: 'Polygon', coordinates: a }));
  const p = polylabel(polys[0]!, 0.001);
  return [p[0], p[1]];
}

const within = pockets.terms['UA-63']!.within!;
const inPocketBox = (p: Position) => p[0]! >= within[0] && p[0]! <= within[2] && p[1]! >= within[1] && p[1]! <= within[3];
const CEDE = probe('cede', 'UA-14');
const KUPIANSK_SECTOR = probe('return', 'UA-63', inPocketBox);
const cedeColour = blend(hex(theme.cede), hex(theme.focusOblast), theme.cedeOpacity);
const returnColour = blend(hex(theme.ret), hex(theme.focusOblast), theme.retOpacity);
const plain = hex(theme.focusOblast);


async function colourAt(app: AppPage, ll: [number, number], name?: string) {
  const shot = await screenshot(app.page, name);
  const p = await project(app.page, ll);
  return shot.mode(p.x, p.y, 5);
}

function figuresCli(id: string) {
  return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/figures.ts'), '--scenario', id, '--json'], { cwd: ROOT, encoding: 'utf8' }));
}

const panelKm2 = async (app: AppPage, key: string) =>
  Number((await app.page.locator(`#figures dd[data-figure="${key}"]`).innerText()).replace(/[^\d]/g, ''));

describe('the swap on the map', () => {
  const s = browserSession();

  test('the probe points fall where the test means them to', () => {
    assert.ok(!contains(prepared.controlled.get('UA-14')!, CEDE), 'cede probe is in Ukrainian-held Donetsk');
    assert.ok(contains(prepared.controlled.get('UA-63')!, KUPIANSK_SECTOR), 'return probe is in Russian-held Kharkiv');
    assert.ok(!inPocketBox(KUPIANSK_SECTOR), 'return probe lies outside the northern pockets');
  });

  test('the ceded layer shows and hides by its toggle', async () => {
    const app = await openApp(s.browser, s.url, { hash: `#map=7/${CEDE[1]}/${CEDE[0]}&layers=cede` });
    const on = await colourAt(app, CEDE, 'swap-cede-on');
    assert.ok(colourDistance(on, cedeColour) <= 8, `ceded fill at ${CEDE}: rgb(${on}) vs rgb(${cedeColour})`);
    await app.page.getByLabel('Proposal: Ukrainian-held land ceded').click();
    await waitIdle(app.page);
    const off = await colourAt(app, CEDE, 'swap-cede-off');
    assert.ok(colourDistance(off, plain) <= 6, `without the layer: rgb(${off})`);
    assert.match(app.page.url(), /layers=(&|$)/);
    await app.context.close();
  });

  test('toggles are keyboard-operable', async () => {
    const app = await openApp(s.browser, s.url, { hash: `#map=7/${CEDE[1]}/${CEDE[0]}&layers=` });
    await app.page.focus('#toggle-cede');
    await app.page.keyboard.press('Space');
    await waitIdle(app.page);
    assert.deepEqual((await app.page.evaluate(() => window.swapmap!.state().layers)), ['cede']);
    const on = await colourAt(app, CEDE);
    assert.ok(colourDistance(on, cedeColour) <= 8, `after Space: rgb(${on})`);
    await app.context.close();
  });

  test('switching the scenario filters the returned area (Kupiansk sector only in the full reading)', async () => {
    const app = await openApp(s.browser, s.url, { hash: `#map=7.5/${KUPIANSK_SECTOR[1]}/${KUPIANSK_SECTOR[0]}&layers=return&scenario=aug-2025` });
    const full = await colourAt(app, KUPIANSK_SECTOR, 'swap-return-aug');
    assert.ok(colourDistance(full, returnColour) <= 8, `returned fill: rgb(${full}) vs rgb(${returnColour})`);
    await app.page.selectOption('#scenario-select', 'aug-2025-pockets');
    await waitIdle(app.page);
    const pocketsOnly = await colourAt(app, KUPIANSK_SECTOR, 'swap-return-pockets');
    assert.ok(colourDistance(pocketsOnly, plain) <= 6, `pockets reading leaves the sector: rgb(${pocketsOnly})`);
    assert.match(app.page.url(), /scenario=aug-2025-pockets/);
    await app.context.close();
  });

  test('the figures panel shows the same numbers as `npm run figures`, for every scenario', async () => {
    const app = await openApp(s.browser, s.url);
    for (const id of ['aug-2025', 'aug-2025-pockets', 'nov-2025']) {
      await app.page.selectOption('#scenario-select', id);
      const cli = figuresCli(id);
      assert.equal(await panelKm2(app, 'cede'), Math.round(cli.totals.cedeKm2), `${id} ceded`);
      assert.equal(await panelKm2(app, 'return'), Math.round(cli.totals.returnKm2), `${id} returned`);
      assert.equal(await panelKm2(app, 'freeze'), Math.round(cli.totals.freezeKm2), `${id} frozen`);
      assert.match(await app.page.locator('#figures h2').innerText(), new RegExp(cli.scenario.title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    }
    await app.context.close();
  });

  test('the default scenario cedes about the published 6,600 km² of the Donbas', async () => {
    const app = await openApp(s.browser, s.url);
    const cede = await panelKm2(app, 'cede');
    assert.ok(cede >= 6300 && cede <= 6900, `ceded ${cede} km² (Reuters/FT ~6,600; NYT ~6,730)`);
    await app.context.close();
  });

  test('swipe compares now (left) with after (right)', async () => {
    const app = await openApp(s.browser, s.url, { hash: `#map=7/${CEDE[1]}/${CEDE[0]}&layers=line` });
    await app.page.getByLabel('Swipe').check();
    await app.page.waitForFunction(() => window.swapmap!.after()?.loaded() === true);
    await app.page.evaluate(
      () =>
        new Promise<void>((r) => {
          const m = window.swapmap!.after()!;
          m.once('idle', () => r());
          m.triggerRepaint();
        }),
    );
    const slider = app.page.locator('.compare-slider');
    await slider.fill('100'); // the after map fully clipped: now everywhere
    await waitIdle(app.page);
    const now = await colourAt(app, CEDE, 'swap-swipe-now');
    await slider.fill('0'); // the after map everywhere
    await waitIdle(app.page);
    const then = await colourAt(app, CEDE, 'swap-swipe-after');
    assert.ok(colourDistance(now, plain) <= 6, `now: Ukrainian-held, rgb(${now})`);
    assert.ok(colourDistance(then, plain) > 20, `after: ceded, rgb(${then})`);
    assert.match(app.page.url(), /compare=swipe/);
    await app.context.close();
  });

  test('side by side on a 1200-px window: both maps frame the oblasts; the panels and the legend leave the maps, the tags head them', async () => {
    const app = await openApp(s.browser, s.url);
    const { page } = app;
    const layersOpen = () => page.evaluate(() => document.querySelector<HTMLDetailsElement>('.swapmap-layers details')!.open);
    assert.equal(await layersOpen(), true);
    await page.getByLabel('Side by side').check();
    await page.waitForFunction(() => window.swapmap!.after()?.loaded() === true);
    await waitIdle(page);
    // One legend for both maps stays open, beside them (issue #11: it used to fold away).
    assert.equal(await layersOpen(), true, 'legend open');
    const geo = await page.evaluate(() => {
      const m = window.swapmap!.map;
      const mapBox = m.getContainer().getBoundingClientRect();
      const afterBox = window.swapmap!.after()!.getContainer().getBoundingClientRect();
      const legend = document.querySelector('.swapmap-layers')!.getBoundingClientRect();
      // The focus oblasts (Donetsk, Luhansk, Kharkiv, Zaporizhzhia, Kherson, Sumy, Dnipropetrovsk),
      // projected: every vertex must fall inside the map.
      const focus = window.swapmap!.data.oblasts.features.filter((f) => f.properties.focus);
      let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
      for (const f of focus) {
        const rings = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
        for (const poly of rings) for (const [x, y] of poly[0]!) {
          const p = m.project([x!, y!]);
          minX = Math.min(minX, p.x); maxX = Math.max(maxX, p.x); minY = Math.min(minY, p.y); maxY = Math.max(maxY, p.y);
        }
      }
      const tags = [...document.querySelectorAll('.compare-tag')].map((t) => t.getBoundingClientRect());
      return {
        w: mapBox.width, h: mapBox.height, mapTop: mapBox.top, afterRight: afterBox.right, legendLeft: legend.left,
        panelsOnMap: m.getContainer().querySelectorAll('.maplibregl-ctrl-top-left > *, .maplibregl-ctrl-top-right > *').length,
        focus: focus.length, minX, maxX, minY, maxY, tagBottoms: tags.map((t) => t.bottom),
      };
    });
    assert.equal(geo.focus, 7);
    assert.ok(geo.w < 640, `half-width map (${geo.w} px)`);
    // All seven in view (at the full-width framing, Luhansk and Donetsk were past the right edge).
    assert.ok(geo.minX >= 0 && geo.maxX <= geo.w && geo.minY >= 0 && geo.maxY <= geo.h, `the seven oblasts in view: x ${geo.minX.toFixed(0)}–${geo.maxX.toFixed(0)} of ${geo.w}, y ${geo.minY.toFixed(0)}–${geo.maxY.toFixed(0)} of ${geo.h}`);
    assert.equal(geo.panelsOnMap, 0, 'no panel or tool on either map');
    assert.ok(geo.legendLeft >= geo.afterRight, `the legend beside the maps (${geo.legendLeft} vs ${geo.afterRight})`);
    assert.equal(geo.tagBottoms.length, 2);
    for (const b of geo.tagBottoms) assert.ok(b <= geo.mapTop + 0.5, `tag above the map, not over it (${b} vs ${geo.mapTop})`);
    // Back to one map: the panels over it again, and the framing is the wide one again.
    await page.getByLabel('Now', { exact: true }).check();
    await waitIdle(page);
    assert.equal(await layersOpen(), true, 'legend open');
    assert.equal(await page.evaluate(() => window.swapmap!.map.getContainer().querySelectorAll('.maplibregl-ctrl-top-left .swapmap-layers').length), 1, 'the legend over the map again');
    const camera = () => page.evaluate(() => JSON.stringify([window.swapmap!.map.getCenter(), window.swapmap!.map.getZoom()]));
    const home = await camera();
    assert.ok(Math.abs(JSON.parse(home)[1] - 5.21) < 0.05, `wide framing again: ${home}`);
    // A 2x export changes the map's pixel ratio (a 'resize'), not its size: no new framing.
    const r = await page.evaluate(() => window.swapmap!.exportPng!({ scale: 2, encoding: 'base64' }));
    assert.ok(r.ok);
    assert.equal(await camera(), home, 'the camera did not move during the export');
    assert.deepEqual(app.errors.filter((e) => !/favicon|404/.test(e)), []);
    await app.context.close();
  });

  test('side by side on a phone: one map above the other, each as wide as the screen', async () => {
    const app = await openApp(s.browser, s.url, { hash: '#compare=side', width: 390, height: 844 });
    await app.page.waitForFunction(() => window.swapmap!.after()?.loaded() === true);
    const r = await app.page.evaluate(() => {
      const a = window.swapmap!.map.getContainer().getBoundingClientRect();
      const b = window.swapmap!.after()!.getContainer().getBoundingClientRect();
      const tag = document.querySelector('.compare-tag-after')!.getBoundingClientRect();
      return { aWidth: a.width, aBottom: a.bottom, bWidth: b.width, bTop: b.top, bHeight: b.height, tagTop: tag.top, tagBottom: tag.bottom };
    });
    assert.equal(r.aWidth, 390, 'now map: full width');
    assert.equal(r.bWidth, 390, 'after map: full width');
    assert.ok(r.bTop >= r.aBottom, `after map below the now map (${r.bTop} vs ${r.aBottom})`);
    assert.ok(r.tagTop >= r.aBottom - 0.5 && r.tagBottom <= r.bTop + 0.5, 'the after tag heads the lower map');
    assert.ok(r.bHeight > 250, `each map keeps a usable height (${r.bHeight} px)`);
    await app.context.close();
  });

  test('a click on the map says what is there: oblast, control on the line\'s date, the part of the proposal', async () => {
    const app = await openApp(s.browser, s.url, { hash: `#map=6/${CEDE[1]}/${CEDE[0]}&layers=line,cede,freeze,return&scenario=aug-2025&line=2025-08-15&compare=off` });
    const p = await project(app.page, CEDE);
    await app.page.mouse.click(p.x, p.y);
    const popup = app.page.locator('.swapmap-identify');
    await popup.waitFor();
    const text = await popup.innerText();
    const cede = aug.parts.features.find((f) => f.properties.part === 'cede' && f.properties.iso === 'UA-14')!.properties;
    assert.match(text, /Donetsk oblast/);
    assert.match(text, /Ukrainian-controlled on 15 Aug 2025/);
    assert.ok(text.includes(`ceded to Russia: ${Math.round(cede.areaKm2).toLocaleString('en-GB')} km²`), text);
    // A click in the Sea of Azov (no oblast there) closes it.
    const sea = await project(app.page, [37.0, 46.6]);
    assert.ok(sea.y > 0 && sea.y < 800, `sea point in view (${sea.y})`);
    await app.page.mouse.click(sea.x, sea.y);
    await popup.waitFor({ state: 'detached' });
    assert.deepEqual(app.errors, []);
    await app.context.close();
  });

  test('a shared link reopens the same view', async () => {
    const hash = `#map=7.2/48.6/37.4&layers=pre2022,return&scenario=nov-2025&line=2025-08-15&compare=off`;
    const a = await openApp(s.browser, s.url, { hash });
    const state = await a.page.evaluate(() => window.swapmap!.state());
    assert.deepEqual(state.layers, ['pre2022', 'return']);
    assert.equal(state.scenario, 'nov-2025');
    assert.equal(await a.page.locator('#scenario-select').inputValue(), 'nov-2025');
    assert.equal(await a.page.locator('#toggle-pre2022').isChecked(), true);
    assert.equal(await a.page.locator('#toggle-line').isChecked(), false);
    const z = await a.page.evaluate(() => window.swapmap!.map.getZoom());
    assert.ok(Math.abs(z - 7.2) < 1e-6);
    await a.context.close();
    const bad = await openApp(s.browser, s.url, { hash: '#map=x/y&layers=%3Cscript%3E&scenario=nope&compare=?' });
    const s2 = await bad.page.evaluate(() => window.swapmap!.state());
    assert.equal(s2.scenario, 'aug-2025');
    assert.deepEqual(bad.errors, []);
    await bad.context.close();
  });

  test('a link with a camera out of range opens the view the map can show, and the link says so', async () => {
    const app = await openApp(s.browser, s.url, { hash: '#map=22/85/180&layers=line&scenario=nov-2025' });
    /** The map's camera, the state's and the link's camera part, as the link writes them. */
    const cameras = () =>
      app.page.evaluate(() => {
        const { map, state } = window.swapmap!;
        const c = map.getCenter();
        return { map: { center: [c.lng, c.lat] as [number, number], zoom: map.getZoom() }, state: state().camera, link: location.hash.split('&')[0]! };
      });
    const link = async (camera: { center: [number, number]; zoom: number }) => serializeHash({ ...(await app.page.evaluate(() => window.swapmap!.state())), camera }).split('&')[0];
    const a = await cameras();
    assert.equal(a.map.zoom, VIEW_LIMITS.maxZoom);
    // In the north-east corner of the bounds, the whole view inside them.
    const [, [east, north]] = VIEW_LIMITS.maxBounds;
    assert.ok(a.map.center[0] <= east && a.map.center[0] > east - 0.5 && a.map.center[1] <= north && a.map.center[1] > north - 0.5, `centre ${a.map.center}`);
    assert.deepEqual(a.state, a.map);
    assert.equal(a.link, await link(a.map));
    assert.match(app.page.url(), /&scenario=nov-2025&/);

    // A link followed on the page: zoom -0 is below the least the map takes.
    await app.page.evaluate(() => (location.hash = '#map=-0/48/37&layers=line&scenario=nov-2025'));
    await app.page.waitForFunction(() => !location.hash.startsWith('#map=-0/'));
    const b = await cameras();
    assert.ok(b.map.zoom >= VIEW_LIMITS.minZoom, `zoom ${b.map.zoom}`);
    assert.deepEqual(b.state, b.map);
    assert.equal(b.link, await link(b.map));
    assert.deepEqual(app.errors, []);
    await app.context.close();
  });
});
