import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import polylabel from 'polylabel';
import type { Page } from 'playwright-core';
import type { LineCollection, OblastCollection } from '../../src/data/types';
import type { Scenario } from '../../src/data/scenario';
import { MAX_TITLE_LENGTH } from '../../src/export/layout';
import type { ExportOptions, ExportOutcome } from '../../src/export/png';
import { computeSwap, prepare } from '../../src/geometry/swap';
import { areaKm2, polygonsOf, type Areal } from '../../src/geometry/polygons';
import { defaultTheme as theme } from '../../src/style/theme';
import Papa from 'papaparse';
import { blend, colourDistance, decode, downloadFiles, hex, openApp, OUTPUT, ROOT, type AppPage } from './driver';
import { flatColumns, isCeded, share } from './pixels';
import { PRESETS } from '../../src/export/sizes';
import { browserSession } from './session';

const read = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
const aug = computeSwap(
  prepare(read('geodata/oblasts.geojson') as OblastCollection, read('geodata/lines/2025-08-15.geojson') as LineCollection),
  read('geodata/scenarios/aug-2025.json') as Scenario,
);
/** A point deep inside the largest ceded polygon of Donetsk oblast. */
const CEDE = (() => {
  const g = aug.parts.features.find((f) => f.properties.part === 'cede' && f.properties.iso === 'UA-14')!.geometry as Areal;
  const big = polygonsOf(g).sort((a, b) => areaKm2({ type: 'Polygon', coordinates: b }) - areaKm2({ type: 'Polygon', coordinates: a }))[0]!;
  const p = polylabel(big, 0.001);
  return [p[0], p[1]] as [number, number];
})();
const cedeColour = blend(hex(theme.cede), hex(theme.focusOblast), theme.cedeOpacity);
const HASH = `#map=6.6/${CEDE[1]}/${CEDE[0]}&layers=line,cede,freeze,return&scenario=aug-2025&line=2025-08-15&compare=off`;
const BASELINE = join(ROOT, 'tests/baselines/snapshot-800x500.png');

type Ok = Extract<ExportOutcome, { ok: true }>;

/** Export through the page's export function (as `npm run snapshot` does); returns the decoded PNG. */
async function exportVia(page: Page, opts: ExportOptions): Promise<{ r: Ok; png: PNG; buf: Buffer }> {
  const r = await page.evaluate((o) => window.swapmap!.exportPng!({ ...o, encoding: 'base64' }), opts);
  assert.ok(r.ok, `export failed: ${r.ok ? '' : r.error}`);
  const buf = Buffer.from(r.base64!, 'base64');
  return { r, png: PNG.sync.read(buf), buf };
}

/** Image px of a [lon, lat] in an export (Web Mercator, 512 px tiles, as MapLibre). */
function imagePoint(r: Ok, [lon, lat]: [number, number]): { x: number; y: number } {
  const world = 512 * 2 ** r.map.zoom * r.scale;
  const x = (l: number) => ((l + 180) / 360) * world;
  const y = (φ: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (φ * Math.PI) / 360)) / Math.PI) / 2) * world;
  return { x: r.map.x + r.map.width / 2 + x(lon) - x(r.map.center[0]), y: r.map.y + r.map.height / 2 + y(lat) - y(r.map.center[1]) };
}

/** Share of pixels in a box that are not the white background. */
function inked(png: PNG, x0: number, y0: number, x1: number, y1: number): number {
  let n = 0;
  let total = 0;
  for (let y = Math.round(y0); y < Math.round(y1); y++)
    for (let x = Math.round(x0); x < Math.round(x1); x++) {
      const i = (y * png.width + x) * 4;
      total++;
      if (png.data[i]! < 235 || png.data[i + 1]! < 235 || png.data[i + 2]! < 235) n++;
    }
  return total ? n / total : 0;
}

function minAlpha(png: PNG): number {
  let m = 255;
  for (let i = 3; i < png.data.length; i += 4) m = Math.min(m, png.data[i]!);
  return m;
}

/** The figures panel as the reader sees it: the headline by key, and each row's cells (text, and %). */
async function panelFigures(page: Page) {
  // No named function inside: tsx would wrap it in a helper the page does not have.
  return page.evaluate(() => ({
    totals: Object.fromEntries([...document.querySelectorAll<HTMLElement>('#figures dd[data-figure]')].map((d) => [d.dataset.figure!, d.textContent!])),
    rows: [...document.querySelectorAll<HTMLElement>('#figures table.figures:not(.compare-table):not(.people) tbody tr')].map((tr) => ({
      iso: tr.dataset.iso!,
      cells: [...tr.children].map((c) => ({
        text: [...c.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join(''),
        pct: c.querySelector('.pct')?.textContent ?? null,
      })),
    })),
  }));
}

/** Open the export panel (if it is not open already). */
async function openPanel(page: Page): Promise<void> {
  if (!(await page.locator('#export-panel').isVisible())) await page.locator('#export-toggle').click();
}

let app: AppPage;

describe('export and share', () => {
  const s = browserSession();
  before(async () => {
    app = await openApp(s.browser, s.url, { hash: HASH, width: 1000, height: 640 });
  });
  after(async () => {
    await app?.context.close();
  });

  test('1x and 2x exports of the view: double size, opaque, ceded colour, title and legend drawn', async () => {
    const one = await exportVia(app.page, { scale: 1 });
    const two = await exportVia(app.page, { scale: 2 });
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(join(OUTPUT, 'export-1x.png'), one.buf);
    writeFileSync(join(OUTPUT, 'export-2x.png'), two.buf);
    console.log(`export 1x ${one.png.width}×${one.png.height} in ${one.r.ms} ms ${JSON.stringify(one.r.steps)}; 2x ${two.png.width}×${two.png.height} in ${two.r.ms} ms`);
    const view = await app.page.evaluate(() => {
      const c = window.swapmap!.map.getContainer();
      return { width: c.clientWidth, height: c.clientHeight };
    });
    assert.equal(one.png.width, view.width, 'the 1x image is as wide as the map on the page');
    assert.equal(one.r.map.height, view.height, 'the 1x map is as tall as the map on the page');
    assert.equal(two.png.width, 2 * one.png.width);
    assert.equal(two.png.height, 2 * one.png.height);
    assert.equal(one.r.fileName, 'swapmap-aug-2025-2025-08-15.png');
    assert.equal(two.r.fileName, 'swapmap-aug-2025-2025-08-15@2x.png');
    for (const { r, png } of [one, two]) {
      assert.equal(minAlpha(png), 255, `${r.scale}x: every pixel opaque`);
      const p = imagePoint(r, CEDE);
      const c = decode(PNG.sync.write(png)).mode(p.x, p.y, 5 * r.scale);
      assert.ok(colourDistance(c, cedeColour) <= 10, `${r.scale}x: ceded fill at ${CEDE}: rgb(${c}) vs rgb(${cedeColour})`);
      // The title is set in bold in the upper half of the header; the subtitle below it.
      const title = inked(png, 0, 0, png.width * 0.5, r.map.y * 0.55);
      assert.ok(title > 0.05 && title < 0.6, `${r.scale}x: title area inked ${title}`);
      const subtitle = inked(png, 0, r.map.y * 0.6, png.width * 0.5, r.map.y);
      assert.ok(subtitle > 0.01, `${r.scale}x: subtitle inked ${subtitle}`);
      const legend = inked(png, 0, r.map.y + r.map.height + 2 * r.scale, png.width * 0.35, png.height);
      assert.ok(legend > 0.02 && legend < 0.6, `${r.scale}x: legend area inked ${legend}`);
      const notes = inked(png, png.width * 0.45, r.map.y + r.map.height + 2 * r.scale, png.width, png.height);
      assert.ok(notes > 0.01, `${r.scale}x: line, citations and attribution drawn (${notes})`);
    }
  });

  test('the Export control works from the keyboard and downloads a 1200×630 social card', async () => {
    const { page } = app;
    if (await page.locator('#export-panel').isVisible()) await page.locator('#export-toggle').click();
    await page.focus('#export-toggle');
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('#export-panel').isVisible(), true);
    assert.equal(await page.locator('#export-title').inputValue(), 'Reported proposal of August 2025');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'export-title');
    await page.locator('#export-title').fill('What would change hands');
    await page.selectOption('#export-size', 'social');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.locator('#export-png').press('Enter')]);
    assert.equal(download.suggestedFilename(), 'swapmap-aug-2025-2025-08-15-1200x630.png');
    const file = join(OUTPUT, download.suggestedFilename());
    await download.saveAs(file);
    const png = PNG.sync.read(readFileSync(file));
    assert.deepEqual([png.width, png.height], [1200, 630]);
    assert.equal(minAlpha(png), 255);
    assert.match(await page.locator('#export-status').innerText(), /Saved swapmap-aug-2025-2025-08-15-1200x630\.png \(1200×630 px\)/);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#export-panel').isVisible(), false);
  });

  test('GeoJSON, and a CSV (read by papaparse) with every figure of the panel and its sources beside it', async () => {
    const { page } = app;
    await openPanel(page);
    const [gj] = await Promise.all([page.waitForEvent('download'), page.locator('#export-geojson').click()]);
    assert.equal(gj.suggestedFilename(), 'swapmap-aug-2025-2025-08-15.geojson');
    const fc = JSON.parse(readFileSync((await gj.path())!, 'utf8'));
    assert.equal(fc.metadata.scenario.id, 'aug-2025');
    assert.equal(fc.metadata.line.date, '2025-08-15');
    assert.ok(fc.metadata.attribution.some((a: string) => /Natural Earth/.test(a)));
    assert.deepEqual([...new Set(fc.features.map((f: { properties: { layer: string } }) => f.properties.layer))].sort(), ['frozen-line', 'part', 'proposed-area', 'proposed-line']);
    const panel = await panelFigures(page);
    const [csv, sidecar] = await downloadFiles(page, '#export-csv', 2);
    assert.equal(csv!.name, 'swapmap-aug-2025-2025-08-15.csv');
    assert.equal(sidecar!.name, 'swapmap-aug-2025-2025-08-15-csv-sources.json');
    // For spreadsheets: a byte-order mark, one header row (the first), no comment rows.
    assert.equal(csv!.text.charCodeAt(0), 0xfeff, 'UTF-8 with a byte-order mark');
    const parsed = Papa.parse<Record<string, string>>(csv!.text, { header: true, skipEmptyLines: true });
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.meta.fields![0], 'date');
    assert.ok(parsed.data.every((r) => r.date === '2025-08-15'), 'one header row: every other row is data');
    // Every figure of the figures panel is in it: the headline, and each row of the table.
    const rows = parsed.data;
    const total = rows.find((r) => r.iso === 'TOTAL')!;
    const whole = (x: string | undefined) => Math.round(Number(x));
    const signed = (x: string | undefined) => `${Number(x) >= 0 ? '+' : '−'}${Math.round(Math.abs(Number(x))).toLocaleString('en-GB')} km²`;
    const km2 = (x: string | undefined) => `${whole(x).toLocaleString('en-GB')} km²`;
    assert.deepEqual(panel.totals, {
      cede: km2(total.ceded_km2),
      return: km2(total.returned_km2),
      ratio: `${Number(total.ratio_ceded_to_returned).toFixed(1)} : 1`,
      'net-russia': signed(total.net_change_russia_km2),
      'net-ukraine': signed(total.net_change_ukraine_km2),
      freeze: km2(total.frozen_km2),
      unchanged: km2(total.held_unchanged_km2),
      // The people in the towns (#12): "686,877 in 17 places" in the panel, the number in the CSV.
      'people-cede': panel.totals['people-cede']!.replace(/^[\d,]+/, Number(total.people_ceded).toLocaleString('en-GB')),
      'people-return': panel.totals['people-return']!.replace(/^[\d,]+/, Number(total.people_returned).toLocaleString('en-GB')),
    });
    assert.ok(Number(total.people_ceded) > 500_000, 'the people ceded, in the CSV');
    // Per oblast, the people of its parts add up to the totals.
    const sumOf = (k: string) => rows.filter((r) => r.iso !== 'TOTAL').reduce((t, r) => t + Number(r[k] || 0), 0);
    assert.equal(sumOf('people_ceded'), Number(total.people_ceded));
    assert.equal(sumOf('people_returned'), Number(total.people_returned));
    assert.deepEqual(
      rows.filter((r) => r.iso !== 'TOTAL').map((r) => r.iso),
      panel.rows.map((r) => r.iso),
      'a row per oblast of the panel, in its order',
    );
    const pct = (x: string | undefined) => `${Number(x).toFixed(1)} %`;
    for (const p of panel.rows) {
      const r = rows.find((x) => x.iso === p.iso)!;
      const moved = Number(r.ceded_km2) > 0 ? { dir: '→ RU ', k: 'ceded' } : Number(r.returned_km2) > 0 ? { dir: '→ UA ', k: 'returned' } : null;
      assert.deepEqual(p.cells, [
        { text: r.oblast, pct: null },
        { text: r.proposal, pct: null },
        { text: km2(r.russian_held_now_km2), pct: pct(r.russian_held_now_pct) },
        moved ? { text: moved.dir + km2(r[`${moved.k}_km2`]), pct: pct(r[`${moved.k}_pct`]) } : { text: '—', pct: null },
        { text: km2(r.russian_held_after_km2), pct: pct(r.russian_held_after_pct) },
      ], `${p.iso}: the panel's row and the CSV's`);
    }
    // Where the numbers come from is in the sidecar.
    const side = JSON.parse(sidecar!.text);
    assert.equal(side.describes, csv!.name);
    assert.equal(side.scenario.id, 'aug-2025');
    assert.equal(side.line.date, '2025-08-15');
    assert.ok(side.attribution.some((a: string) => /Natural Earth/.test(a)));
    assert.equal(Number(total.ceded_km2), aug.totals.cedeKm2);
  });

  test('Copy link copies the view URL, or selects it when there is no clipboard', async () => {
    const { page, context } = app;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(s.url).origin });
    await openPanel(page);
    await page.locator('#export-copy-link').click();
    await page.waitForFunction(() => /copied|Ctrl/.test(document.getElementById('export-status')!.textContent ?? ''));
    assert.equal(await page.locator('#export-status').innerText(), 'Link copied.');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
    assert.match(page.url(), /scenario=aug-2025/);
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
    await page.locator('#export-copy-link').click();
    assert.match(await page.locator('#export-status').innerText(), /Ctrl\+C/);
    assert.equal(await page.locator('#export-link').inputValue(), page.url());
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'export-link');
    assert.equal(await page.evaluate(() => String(window.getSelection())), page.url());
  });

  test('in a comparison, the export holds both maps: side by side, or split where the swipe is', async () => {
    // As the Side by side button sets it: the page's map shows now, the second map after.
    const hash = HASH.replace('compare=off', 'compare=side').replace('layers=line,cede,freeze,return', 'layers=line');
    const cmp = await openApp(s.browser, s.url, { hash, width: 1000, height: 640 });
    try {
      const { page } = cmp;
      await page.waitForFunction(() => window.swapmap!.after()?.loaded() === true, null, { timeout: 60_000 });
      const view = await page.evaluate(() => window.swapmap!.map.getContainer().clientWidth);
      const { r, png, buf } = await exportVia(page, { scale: 1 });
      mkdirSync(OUTPUT, { recursive: true });
      writeFileSync(join(OUTPUT, 'export-side.png'), buf);
      assert.equal(r.fileName, 'swapmap-aug-2025-2025-08-15-side.png');
      assert.equal(png.width, 2 * view, 'both maps, each as wide as on the page');
      // Each map is centred on the same point deep in the ceded land: now it is Ukrainian-held
      // (the oblast's own colour), after it is ceded (the ceded colour over the proposed area).
      const half = Math.floor(r.map.width / 2);
      const y = r.map.y + r.map.height / 2;
      const img = decode(buf);
      const now = img.mode(r.map.x + half / 2, y, 5);
      const later = img.mode(r.map.x + half + (r.map.width - half) / 2, y, 5);
      const afterColour = blend(hex(theme.cede), blend(hex(theme.proposed), hex(theme.focusOblast), theme.proposedOpacity), theme.cedeOpacity);
      assert.ok(colourDistance(now, hex(theme.focusOblast)) <= 10, `left (now): rgb(${now}) vs rgb(${hex(theme.focusOblast)})`);
      assert.ok(colourDistance(later, afterColour) <= 12, `right (after): rgb(${later}) vs rgb(${afterColour})`);
      // The divide is white, and each map is tagged.
      assert.ok(colourDistance(img.mode(r.map.x + half, r.map.y + 20, 0), [255, 255, 255]) <= 3, 'a white divide between the maps');
      const tags = inked(png, r.map.x, r.map.y + r.map.height - 34, r.map.x + r.map.width, r.map.y + r.map.height - 12);
      assert.ok(tags > 0.1, `tags drawn (${tags})`);

      // Swipe: one map's width, the left part from now, the right from after.
      await page.evaluate(() => (location.hash = location.hash.replace('compare=side', 'compare=swipe')));
      await page.waitForFunction(() => window.swapmap!.state().compare === 'swipe');
      await page.evaluate(() => new Promise<void>((res) => { window.swapmap!.map.once('idle', () => res()); window.swapmap!.map.triggerRepaint(); }));
      const sw = await exportVia(page, { scale: 1 });
      const wide = await page.evaluate(() => window.swapmap!.map.getContainer().clientWidth);
      assert.equal(sw.r.fileName, 'swapmap-aug-2025-2025-08-15-swipe.png');
      assert.equal(sw.png.width, wide);
      const split = Math.round(sw.r.map.width * 0.5);
      const img2 = decode(sw.buf);
      assert.ok(colourDistance(img2.mode(sw.r.map.x + split, sw.r.map.y + 20, 0), [255, 255, 255]) <= 3, 'a white divide at the swipe');
      const left = img2.mode(sw.r.map.x + split - 12, sw.r.map.y + sw.r.map.height / 2, 3);
      const right = img2.mode(sw.r.map.x + split + 12, sw.r.map.y + sw.r.map.height / 2, 3);
      assert.ok(colourDistance(left, hex(theme.focusOblast)) <= 10, `left of the swipe (now): rgb(${left})`);
      assert.ok(colourDistance(right, afterColour) <= 12, `right of the swipe (after): rgb(${right}) vs rgb(${afterColour})`);
    } finally {
      await cmp.context.close();
    }
  });

  test('a size the GPU cannot draw is refused with a message, not exported smaller', async () => {
    const r = await app.page.evaluate(() => window.swapmap!.exportPng!({ size: { width: 16000, height: 9000 }, scale: 1 }));
    assert.equal(r.ok, false);
    assert.match(r.ok ? '' : r.error, /GPU draws at most \d+ px per side/);
    assert.equal(await app.page.evaluate(() => document.querySelectorAll('.swapmap-export-stage').length), 0, 'no hidden map left behind');
  });

  test('the title field takes as many characters as the exporter and `npm run snapshot`; a longer title or a scale out of range is refused', async () => {
    assert.equal(await app.page.locator('#export-title').evaluate((e) => (e as HTMLInputElement).maxLength), MAX_TITLE_LENGTH);
    const long = await app.page.evaluate((n) => window.swapmap!.exportPng!({ title: 'x'.repeat(n + 1) }), MAX_TITLE_LENGTH);
    assert.deepEqual(long, { ok: false, error: `the title is ${MAX_TITLE_LENGTH + 1} characters; at most ${MAX_TITLE_LENGTH}` });
    const small = await app.page.evaluate(() => window.swapmap!.exportPng!({ scale: 0.25 }));
    assert.deepEqual(small, { ok: false, error: 'scale 0.25 is out of range (0.5–8)' });
  });

  test('the composed 800×500 snapshot matches its baseline', async () => {
    const { png, buf } = await exportVia(app.page, { size: { width: 800, height: 500 }, scale: 1 });
    assert.equal(await app.page.evaluate(() => document.querySelectorAll('.swapmap-export-stage').length), 0, 'no hidden map left behind');
    if (process.env.UPDATE === '1' || !existsSync(BASELINE)) {
      mkdirSync(join(ROOT, 'tests/baselines'), { recursive: true });
      writeFileSync(BASELINE, buf);
      if (process.env.UPDATE !== '1') assert.fail(`no baseline: wrote ${BASELINE}; check it and commit it`);
      return;
    }
    const base = PNG.sync.read(readFileSync(BASELINE));
    assert.deepEqual([png.width, png.height], [base.width, base.height]);
    const diff = new PNG({ width: png.width, height: png.height });
    const n = pixelmatch(base.data, png.data, diff.data, png.width, png.height, { threshold: 0.1 });
    const share = n / (png.width * png.height);
    if (share > 0.01) {
      mkdirSync(OUTPUT, { recursive: true });
      writeFileSync(join(OUTPUT, 'actual.png'), buf);
      writeFileSync(join(OUTPUT, 'diff.png'), PNG.sync.write(diff));
    }
    assert.ok(share <= 0.01, `${(share * 100).toFixed(2)} % of pixels differ from ${BASELINE} (see tests/output/actual.png, diff.png; UPDATE=1 rewrites)`);
  });

  test('`npm run snapshot` writes a PNG of the asked size, and refuses an unknown scenario', () => {
    const bad = cli('--out', join(OUTPUT, 'cli-bad.png'), '--state', '#scenario=nope');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^snapshot: --state: unknown scenario "nope" \(known: [a-z0-9, -]+\)\n$/);
    const out = join(OUTPUT, 'cli-snapshot.png');
    const ok = cli('--out', out, '--size', '600x400', '--state', '#map=6/48.3/37.2&layers=cede,return&scenario=nov-2025');
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /framing the view/, 'a camera in --state is the view drawn');
    const png = PNG.sync.read(readFileSync(out));
    assert.deepEqual([png.width, png.height], [600, 400]);
    assert.equal(minAlpha(png), 255);
  });

  test('`npm run snapshot` of every preset, in the default state, frames the area of change: no letterbox, the ceded area ≥ 1 % of the image', () => {
    for (const p of PRESETS) {
      const out = join(OUTPUT, `snapshot-${p.id}.png`);
      const r = cli('--out', out, '--size', `${p.width}x${p.height}`, '--credit-url', 'https://example.org/swapmap/#about');
      assert.equal(r.status, 0, r.stderr);
      const m = /map (\d+)×(\d+) px at (\d+),(\d+) framing the area of change/.exec(r.stdout);
      assert.ok(m, r.stdout);
      const [width, height, x, y] = m.slice(1).map(Number) as [number, number, number, number];
      const png = PNG.sync.read(readFileSync(out));
      assert.deepEqual([png.width, png.height], [p.width, p.height]);
      const flat = flatColumns(png, { x, y, width, height });
      assert.deepEqual(flat, [], `${p.id}: ${flat.length} columns of the map all one colour (a letterbox), from x = ${flat[0]}`);
      const ceded = share(png, isCeded);
      console.log(`${p.id}: ceded area (fill and hatch) ${(ceded * 100).toFixed(2)} % of the image; map ${width}×${height} at ${x},${y}`);
      assert.ok(ceded >= 0.01, `${p.id}: the ceded area covers ${(ceded * 100).toFixed(2)} % of the image, under 1 %`);
    }
  });

  test('a preset labels the totals on the map, names the cities of the area of change, and no label runs off its edges', async () => {
    const km2 = (x: number) => `${Math.round(x).toLocaleString('en-GB')} km²`;
    for (const p of PRESETS) {
      const { r } = await exportVia(app.page, { size: { width: p.width, height: p.height }, scale: p.scale });
      assert.equal(r.frame, 'change');
      assert.deepEqual(r.labels.placed['export-labels'], [`Ceded: ${km2(aug.totals.cedeKm2)}`, `Returned: ${km2(aug.totals.returnKm2)}`]);
      // Donetsk, under the "DONETSK" oblast label before: the city's name comes first now.
      const towns = [...(r.labels.placed['towns-label'] ?? []), ...(r.labels.placed['towns-label-minor'] ?? [])];
      for (const town of ['Donetsk', 'Kharkiv', 'Kramatorsk']) assert.ok(towns.includes(town), `${p.id}: ${town} labelled`);
      assert.ok(r.labels.placed['oblasts-label']?.includes('Donetsk'), `${p.id}: the oblast is named too`);
      assert.deepEqual(r.labels.atEdges, [], `${p.id}: labels cut by the edges of the image`);
      // The texts it drew, whole: its title and the totals it labelled among them.
      assert.ok(r.texts.includes('Reported proposal of August 2025'), `${p.id}: the title is among the texts drawn`);
      assert.ok(r.texts.includes(`Ceded: ${km2(aug.totals.cedeKm2)}`), `${p.id}: the totals are among the texts drawn`);
    }
  });

  test('with lang=uk, every text the export draws is in Ukrainian (issue #12)', async () => {
    const ukApp = await openApp(s.browser, s.url, { hash: `${HASH}&lang=uk`, width: 1000, height: 640 });
    try {
      const cyrillic = /[\u0400-\u04FF]/;
      const { r } = await exportVia(ukApp.page, { size: { width: 1200, height: 630 } });
      mkdirSync(OUTPUT, { recursive: true });
      writeFileSync(join(OUTPUT, 'export-uk-1200x630.png'), Buffer.from(r.base64!, 'base64'));
      console.log(`uk export texts: ${JSON.stringify(r.texts)}`);
      assert.ok(r.texts.length >= 8, 'title, subtitle, legend, notes, credit, scale, locator');
      for (const t of r.texts) assert.match(t, cyrillic, `a text drawn is not in Ukrainian: ${JSON.stringify(t)}`);
      assert.ok(!r.texts.includes('Kyiv'), 'a locator names Kyiv in Ukrainian');
      assert.ok(!r.texts.some((t) => /\.\.$/.test(t)), 'no sentence ends in two full stops (a date\'s «р.» then the stop)');
      assert.ok(r.texts.some((t) => /^Відходить Росії: [\d\u00a0\u202f]+ км²$/.test(t)), 'the ceded total labelled in Ukrainian');
      assert.match(r.texts[0]!, /^Пропозиція серпня 2025 р\./);
    } finally {
      await ukApp.context.close();
    }
  });
});

/** Run `npm run snapshot` with these arguments (the built app in Chromium). */
function cli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/snapshot.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
}
